package vn.dvhc.cli.output;

import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;

import vn.dvhc.remap.RemapSummary;

/** The remap summary as text. */
public final class RemapSummaryPrinter {

    private RemapSummaryPrinter() {
    }

    public static void print(PrintWriter out, RemapSummary s) {
        out.printf("remap: %s rows read = %s written + %s rejected%s%n", Numbers.format(s.rowsRead()),
                Numbers.format(s.rowsWritten()), Numbers.format(s.rowsRejected()),
                s.blankLines() > 0 ? " (and " + Numbers.format(s.blankLines()) + " blank lines, not rows)" : "");
        out.println("  status     " + counts(s.byStatus()));
        out.println("  rejected   " + (s.byRejectReason().isEmpty() ? "none" : counts(s.byRejectReason())));
        if (s.addresses() != null) {
            RemapSummary.Addresses a = s.addresses();
            out.println("  addresses  " + a.columns() + (a.byCode() ? "; the codes decide, "
                    + Numbers.format(a.mismatches()) + (a.mismatches() == 1 ? " row names" : " rows name") + " another unit" : "")
                    + (a.gazetteerMillis() >= 0 ? "; gazetteer built in " + Numbers.format(a.gazetteerMillis()) + " ms" : ""));
        }
        out.println("  output     " + s.output());
        out.println("  rejects    " + s.rejects());
        out.println("  releases   " + s.releases().from() + " → " + s.releases().to()
                + (s.releases().asOf() == null ? " (the newest)" : " (in force on " + s.releases().asOf() + ")")
                + ", split communes: " + s.onSplit());
        out.println("  input      " + s.input().path() + " (" + Numbers.format(s.input().bytes()) + " bytes, sha256 "
                + s.input().sha256() + ")");
        out.printf("  time       %.1f s, %s rows/s, %d thread%s, execution %d%s%n", s.durationMillis() / 1000.0,
                Numbers.format(s.rowsPerSecond()), s.threads(), s.threads() == 1 ? "" : "s", s.executionId(),
                s.resumed() ? " (resumed)" : "");
        if (!s.byNewProvince().isEmpty()) {
            out.println();
            TextTable table = new TextTable("NEW PROVINCE", "", "MAPPED", "SPLIT", "ALIAS", "REJECTED").right(2, 3, 4, 5);
            for (RemapSummary.Province p : s.byNewProvince()) {
                table.row(p.code(), p.name(), Numbers.format(p.mapped()), Numbers.format(p.split()),
                        Numbers.format(p.alias()), Numbers.format(p.rejected()));
            }
            table.print(out);
        }
        out.flush();
    }

    private static String counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + Numbers.format(e.getValue()))
                .collect(Collectors.joining(" · "));
    }
}
