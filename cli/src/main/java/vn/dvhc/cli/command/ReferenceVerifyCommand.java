package vn.dvhc.cli.command;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.CatalogVerifier;
import vn.dvhc.catalog.problem.Problem;
import vn.dvhc.cli.option.FormatOption;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.common.Json;
import vn.dvhc.error.ExitCode;

/** {@code dvhc reference verify}: the catalog re-checked, read-only. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        header = "Check every release of the catalog as an import would; exit 4 if one fails.",
        description = "For each release: code formats, uniqueness, hierarchy, that every mapping row points at "
                + "existing units and every old unit maps somewhere; its place on the chain; and for built-in releases, "
                + "that they still equal the files shipped with this version of dvhc. Changes nothing.",
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc reference verify", "  dvhc --db jdbc:postgresql://db/dvhc reference verify --format json"})
public final class ReferenceVerifyCommand implements Callable<Integer> {

    private static final int PROBLEMS_SHOWN = 10;

    @Mixin
    FormatOption format;

    private final CliContext cli;

    public ReferenceVerifyCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        List<CatalogVerifier.Check> checks = new CatalogVerifier(new CatalogRepository(cli.database().dsl())).verify();
        boolean passed = checks.stream().allMatch(CatalogVerifier.Check::passed);
        if (format.json()) {
            cli.out().println(Json.writePretty(new Result(passed, checks)));
        } else {
            for (CatalogVerifier.Check check : checks) {
                cli.out().printf("%-6s %-12s %s%n", check.passed() ? "ok" : "FAILED", check.release(), check.name());
                check.problems().stream().limit(PROBLEMS_SHOWN).forEach(p -> cli.out().println("         "
                        + (p.severity() == Problem.Severity.WARNING ? "warning: " : "") + p));
                if (check.problems().size() > PROBLEMS_SHOWN) {
                    cli.out().println("         … and " + (check.problems().size() - PROBLEMS_SHOWN) + " more");
                }
            }
            cli.out().println(passed ? "catalog consistent: " + checks.size() + " checks passed"
                    : "catalog INCONSISTENT: " + checks.stream().filter(c -> !c.passed()).count() + " of "
                    + checks.size() + " checks failed");
        }
        return passed ? ExitCode.OK.value() : ExitCode.REFERENCE.value();
    }

    /** The JSON document. */
    public record Result(boolean passed, List<CatalogVerifier.Check> checks) {
    }
}
