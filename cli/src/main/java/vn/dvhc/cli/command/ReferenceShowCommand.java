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
import vn.dvhc.cli.output.ReleaseDetails;
import vn.dvhc.cli.output.ReleasePrinter;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.common.Json;
import vn.dvhc.domain.MappingRow;
import vn.dvhc.domain.Release;
import vn.dvhc.domain.ReleaseContent;
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

    private final CliContext cli;

    public ReferenceShowCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        CatalogRepository repository = new CatalogRepository(cli.database().dsl());
        Release release = new ReleaseChain(repository.releases()).get(id);
        ReleaseDetails details = details(repository, release);
        if (format.json()) {
            cli.out().println(Json.writePretty(details));
            return 0;
        }
        ReleasePrinter.print(cli.out(), details);
        return 0;
    }

    private static ReleaseDetails details(CatalogRepository repository, Release release) {
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
        List<ReleaseDetails.ProvinceCounts> perProvince = new ArrayList<>();
        provinces.forEach((code, unit) -> perProvince.add(new ReleaseDetails.ProvinceCounts(code, unit.fullName(),
                communes.getOrDefault(code, Map.of()), districts.getOrDefault(code, 0L))));
        long split = content.mapping().stream().filter(MappingRow::split).map(MappingRow::oldKey).distinct().count();
        return new ReleaseDetails(release, byType, perProvince, content.mapping().size(), split, content.aliases().size());
    }
}
