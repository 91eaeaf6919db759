package vn.dvhc.cli.command;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.CatalogVerifier;
import vn.dvhc.cli.option.FormatOption;
import vn.dvhc.cli.output.CatalogChecksPrinter;
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
            CatalogChecksPrinter.print(cli.out(), checks, passed);
        }
        return passed ? ExitCode.OK.value() : ExitCode.REFERENCE.value();
    }

    /** The JSON document. */
    public record Result(boolean passed, List<CatalogVerifier.Check> checks) {
    }
}
