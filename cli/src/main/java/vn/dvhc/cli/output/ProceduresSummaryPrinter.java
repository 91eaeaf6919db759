package vn.dvhc.cli.output;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import vn.dvhc.procedures.RepublishSummary;

/** The result of {@code procedures republish} on stdout: the accounting, one line per new province, conflicts, orphans. */
public final class ProceduresSummaryPrinter {

    /** Conflicts and orphans listed on stdout; all of them are in conflicts.csv and changes.csv. */
    private static final int LISTED = 20;

    private ProceduresSummaryPrinter() {
    }

    /** @param workingDirectory paths under it are shown relative to it */
    public static void print(PrintWriter out, RepublishSummary s, Path workingDirectory) {
        long catalogues = s.inputs().stream().filter(i -> i.kind().equals("catalogue")).count();
        out.printf("Re-published %d %s for %d new %s of release %s (execution %d).%n", catalogues,
                catalogues == 1 ? "catalogue" : "catalogues", s.provinces().size(),
                s.provinces().size() == 1 ? "province" : "provinces", s.release(), s.executionId());
        out.printf("Old procedures: %s (from %s rows) = %s%n", Numbers.format(s.oldProcedures()),
                Numbers.format(s.rowsRead()), s.changes().entrySet().stream()
                        .map(e -> Numbers.format(e.getValue()) + " " + e.getKey()).collect(Collectors.joining(" + ")));
        out.println();
        TextTable table = new TextTable("new province", "formed from", "published", "Cấp tỉnh", "Cấp xã",
                "Cấp bộ/ngành", "Cơ quan khác", "orphans", "conflicts", "warnings").right(2, 3, 4, 5, 6, 7, 8, 9);
        for (RepublishSummary.Province p : s.provinces()) {
            Map<String, Integer> level = p.byLevel();
            table.row(p.code() + " " + p.name() + " (" + p.agencyCode() + ")", String.join(", ", p.formedFrom())
                            + (p.missingSources().isEmpty() ? "" : "; missing " + String.join(", ", p.missingSources())),
                    p.published(), level.get("tinh"), level.get("xa"), level.get("bo-nganh"), level.get("khac"),
                    p.orphans(), p.conflicts(), p.warnings());
        }
        table.print(out);
        Path absolute = Path.of(s.outputDir());
        Path dir = absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)
                ? workingDirectory.relativize(absolute) : absolute;
        if (!s.conflicts().isEmpty()) {
            out.printf("%nConflicts, every variant published and listed in %s:%n", dir.resolve("conflicts.csv"));
            s.conflicts().stream().limit(LISTED).forEach(c -> {
                out.printf("  %s %s at %s, %s:%n", c.province(), c.code(), c.level(), c.field());
                c.variants().lines().forEach(v -> out.println("      " + v));
            });
            more(out, s.conflicts().size());
        }
        if (!s.orphans().isEmpty()) {
            out.printf("%nOrphans, district-level procedures no rule names (change ORPHAN in %s):%n",
                    dir.resolve("changes.csv"));
            s.orphans().stream().limit(LISTED).forEach(o -> out.printf("  %s → %s  %s  %s (%s)%n", o.oldProvince(),
                    o.province(), o.code(), o.name(), o.source()));
            more(out, s.orphans().size());
        }
        out.printf("%nWrote %d files in %s: %s%n", s.files().size(), dir, s.files().stream()
                .map(f -> absolute.relativize(Path.of(f)).toString()).collect(Collectors.joining(", ")));
        out.flush();
    }

    private static void more(PrintWriter out, int total) {
        if (total > LISTED) {
            out.printf("  … and %d more%n", total - LISTED);
        }
    }
}
