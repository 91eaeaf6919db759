package vn.dvhc.cli.output;

import java.io.PrintWriter;
import java.util.List;

import vn.dvhc.catalog.CatalogVerifier;
import vn.dvhc.catalog.problem.Problem;

/** {@code dvhc reference verify} as text: one line per check, its first problems, and the verdict. */
public final class CatalogChecksPrinter {

    /** Problems listed per check; --format json lists them all. */
    private static final int PROBLEMS_SHOWN = 10;

    private CatalogChecksPrinter() {
    }

    public static void print(PrintWriter out, List<CatalogVerifier.Check> checks, boolean passed) {
        for (CatalogVerifier.Check check : checks) {
            out.printf("%-6s %-12s %s%n", check.passed() ? "ok" : "FAILED", check.release(), check.name());
            check.problems().stream().limit(PROBLEMS_SHOWN).forEach(p -> out.println("         "
                    + (p.severity() == Problem.Severity.WARNING ? "warning: " : "") + p));
            if (check.problems().size() > PROBLEMS_SHOWN) {
                out.println("         … and " + (check.problems().size() - PROBLEMS_SHOWN) + " more");
            }
        }
        out.println(passed ? "catalog consistent: " + checks.size() + " checks passed"
                : "catalog INCONSISTENT: " + checks.stream().filter(c -> !c.passed()).count() + " of "
                + checks.size() + " checks failed");
    }
}
