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
        if (s.padded() > 0) {
            out.println("  padded     " + Numbers.format(s.padded()) + " rows read with their leading zeros restored (--pad-codes)");
        }
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
        if (s.splits() != null) {
            printSplits(out, s.splits());
        }
        // A table has no bytes (its summary says -1): where it is identifies it.
        if (s.input().bytes() < 0) {
            out.println("  source     " + s.input().path());
        } else {
            out.println("  input      " + s.input().path() + " (" + Numbers.format(s.input().bytes()) + " bytes, sha256 "
                    + s.input().sha256() + ")");
        }
        if (s.dataset() != null && s.dataset().rowsSha256() == null) {
            out.println("  dataset    " + (s.dataset().name() != null ? s.dataset().name() : "the table")
                    + " (what 'dvhc report' counts once)");
        } else if (s.dataset() != null) {
            out.println("  dataset    " + (s.dataset().name() != null ? s.dataset().name() + ", rows " : "rows ")
                    + s.dataset().rowsSha256() + " (what 'dvhc report' counts once)");
        }
        out.printf("  time       %.1f s, %s rows/s, %d thread%s, execution %d%s%n", s.durationMillis() / 1000.0,
                Numbers.format(s.rowsPerSecond()), s.threads(), s.threads() == 1 ? "" : "s", s.executionId(),
                s.resumed() ? " (resumed)" : "");
        if (!s.byNewProvince().isEmpty() && s.splits() == null) {
            out.println();
            TextTable table = new TextTable("NEW PROVINCE", "", "MAPPED", "SPLIT", "ALIAS", "REJECTED").right(2, 3, 4, 5);
            for (RemapSummary.Province p : s.byNewProvince()) {
                table.row(p.code(), p.name(), Numbers.format(p.mapped()), Numbers.format(p.split()),
                        Numbers.format(p.alias()), Numbers.format(p.rejected()));
            }
            table.print(out);
        } else if (!s.byNewProvince().isEmpty()) {
            out.println();
            TextTable table = new TextTable("NEW PROVINCE", "", "MAPPED", "RESOLVED", "SPLIT", "ALIAS", "REJECTED")
                    .right(2, 3, 4, 5, 6);
            for (RemapSummary.Province p : s.byNewProvince()) {
                table.row(p.code(), p.name(), Numbers.format(p.mapped()), Numbers.format(p.resolved()),
                        Numbers.format(p.split()), Numbers.format(p.alias()), Numbers.format(p.rejected()));
            }
            table.print(out);
        }
        out.flush();
    }

    // What the law, the rules and the worklist did with the rows of split communes (docs/splits.md).
    private static void printSplits(PrintWriter out, RemapSummary.Splits splits) {
        out.println("  splits     RESOLVED by law " + Numbers.format(splits.resolvedByLaw()) + " · by rule "
                + Numbers.format(splits.resolvedByRule()) + " · rules disagree " + Numbers.format(splits.conflicts())
                + " · still open " + Numbers.format(splits.open()));
        if (splits.rules() != null) {
            out.println("  rules      " + splits.rules() + (splits.unusedRules().isEmpty() ? ", every rule used"
                    : ", never used: " + String.join("; ", splits.unusedRules())));
        }
        if (splits.worklist() != null) {
            out.println("  worklist   " + splits.worklist() + " (" + Numbers.format(splits.worklistLines()) + " line"
                    + (splits.worklistLines() == 1 ? ")" : "s)"));
        }
    }

    private static String counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + Numbers.format(e.getValue()))
                .collect(Collectors.joining(" · "));
    }
}
