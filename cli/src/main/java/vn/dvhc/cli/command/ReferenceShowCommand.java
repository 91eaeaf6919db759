package vn.dvhc.cli.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.jooq.Record3;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.ReleaseChain;
import vn.dvhc.cli.option.FormatOption;
import vn.dvhc.cli.output.Numbers;
import vn.dvhc.cli.output.TextTable;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.common.Json;
import vn.dvhc.domain.MappingRow;
import vn.dvhc.domain.Release;
import vn.dvhc.domain.ReleaseContent;
import vn.dvhc.domain.SourceFile;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitLevel;

/** {@code dvhc reference show ID}: one release in detail. */
@Command(name = "show", mixinStandardHelpOptions = true,
        header = "Show one release: counts by type and by province, its mapping and its source files.",
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc reference show 2025-07-01", "  dvhc reference show pre-2025 --format json"})
public final class ReferenceShowCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<release>", description = "The release id, e.g. 2025-07-01.")
    String id;

    @Mixin
    FormatOption format;

    /** The release as printed. */
    public record Details(Release release, Map<String, Map<String, Long>> countsByLevelAndType,
                         List<ProvinceCounts> provinces, long mappingRows, long splitOldUnits, long aliases) {
    }

    /** Units of one province, by level and type. */
    public record ProvinceCounts(String code, String name, Map<String, Long> communesByType, long districts) {
    }

    private final CliContext cli;

    public ReferenceShowCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        CatalogRepository repository = new CatalogRepository(cli.database().dsl());
        Release release = new ReleaseChain(repository.releases()).get(id);
        Details details = details(repository, release);
        if (format.json()) {
            cli.out().println(Json.writePretty(details));
            return 0;
        }
        print(cli, details);
        return 0;
    }

    private static Details details(CatalogRepository repository, Release release) {
        Map<String, Map<String, Long>> byType = new LinkedHashMap<>();
        for (Record3<String, String, Integer> r : repository.countsByLevelAndType(release.id())) {
            byType.computeIfAbsent(UnitLevel.valueOf(r.value1()).label(), k -> new TreeMap<>())
                    .put(r.value2(), r.value3().longValue());
        }
        ReleaseContent content = repository.content(release);
        Map<String, Unit> provinces = new TreeMap<>();
        Map<String, Long> districts = new TreeMap<>();
        Map<String, Map<String, Long>> communes = new TreeMap<>();
        for (Unit unit : content.units()) {
            switch (unit.level()) {
                case PROVINCE -> provinces.put(unit.code(), unit);
                case DISTRICT -> districts.merge(unit.provinceCode(), 1L, Long::sum);
                case COMMUNE -> communes.computeIfAbsent(unit.provinceCode(), k -> new TreeMap<>())
                        .merge(unit.type(), 1L, Long::sum);
            }
        }
        List<ProvinceCounts> perProvince = new ArrayList<>();
        provinces.forEach((code, unit) -> perProvince.add(new ProvinceCounts(code, unit.fullName(),
                communes.getOrDefault(code, Map.of()), districts.getOrDefault(code, 0L))));
        long split = content.mapping().stream().filter(MappingRow::split).map(MappingRow::oldKey).distinct().count();
        return new Details(release, byType, perProvince, content.mapping().size(), split, content.aliases().size());
    }

    private static void print(CliContext cli, Details d) {
        Release r = d.release();
        var out = cli.out();
        out.println("release      " + r.id() + (r.builtIn() ? " (built in)" : ""));
        out.println("title        " + r.title());
        out.println("effective    " + (r.effectiveDate() == null ? (r.isRoot() ? "(root of its chain)" : "(beside the chain)")
                : r.effectiveDate()));
        out.println("predecessor  " + (r.predecessorId() == null ? "-" : r.predecessorId()));
        out.println("format       " + r.format() + ", imported " + r.importedAt());
        for (SourceFile source : r.sources()) {
            out.println("source       " + source.name() + "  sha256 " + source.sha256() + "  " + Numbers.format(source.bytes())
                    + " bytes");
        }
        d.countsByLevelAndType().forEach((level, types) -> {
            long total = types.values().stream().mapToLong(Long::longValue).sum();
            StringBuilder line = new StringBuilder(String.format("%-12s %s", level + "s", Numbers.format(total)));
            line.append(" (");
            types.forEach((type, n) -> line.append(type).append(' ').append(Numbers.format(n)).append(", "));
            line.setLength(line.length() - 2);
            out.println(line.append(')'));
        });
        if (d.mappingRows() > 0) {
            out.println("mapping      " + Numbers.format(d.mappingRows()) + " rows from " + r.predecessorId() + "; "
                    + Numbers.format(d.splitOldUnits()) + " old units split");
        }
        if (d.aliases() > 0) {
            out.println("aliases      " + d.aliases());
        }
        out.println();
        List<String> types = d.provinces().stream().flatMap(p -> p.communesByType().keySet().stream()).distinct()
                .sorted().toList();
        List<String> header = new ArrayList<>(List.of("CODE", "PROVINCE"));
        boolean hasDistricts = d.provinces().stream().anyMatch(p -> p.districts() > 0);
        if (hasDistricts) {
            header.add("DISTRICTS");
        }
        header.addAll(types);
        header.add("COMMUNES");
        TextTable table = new TextTable(header.toArray(String[]::new));
        for (int i = 2; i < header.size(); i++) {
            table.right(i);
        }
        for (ProvinceCounts p : d.provinces()) {
            List<Object> row = new ArrayList<>(List.of(p.code(), p.name()));
            if (hasDistricts) {
                row.add(Numbers.format(p.districts()));
            }
            types.forEach(t -> row.add(Numbers.format(p.communesByType().getOrDefault(t, 0L))));
            row.add(Numbers.format(p.communesByType().values().stream().mapToLong(Long::longValue).sum()));
            table.row(row.toArray());
        }
        table.print(out);
    }
}
