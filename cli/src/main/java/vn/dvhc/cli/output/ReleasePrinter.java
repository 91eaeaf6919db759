package vn.dvhc.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import vn.dvhc.domain.Release;
import vn.dvhc.domain.SourceFile;

/** {@code dvhc reference show} as text: the release, its counts by type, then one row per province. */
public final class ReleasePrinter {

    private ReleasePrinter() {
    }

    public static void print(PrintWriter out, ReleaseDetails d) {
        Release r = d.release();
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
        provinces(out, d.provinces());
    }

    // A column per commune type found; the districts column only where a release still has districts.
    private static void provinces(PrintWriter out, List<ReleaseDetails.ProvinceCounts> provinces) {
        List<String> types = provinces.stream().flatMap(p -> p.communesByType().keySet().stream()).distinct()
                .sorted().toList();
        List<String> header = new ArrayList<>(List.of("CODE", "PROVINCE"));
        boolean hasDistricts = provinces.stream().anyMatch(p -> p.districts() > 0);
        if (hasDistricts) {
            header.add("DISTRICTS");
        }
        header.addAll(types);
        header.add("COMMUNES");
        TextTable table = new TextTable(header.toArray(String[]::new));
        for (int i = 2; i < header.size(); i++) {
            table.right(i);
        }
        for (ReleaseDetails.ProvinceCounts p : provinces) {
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
