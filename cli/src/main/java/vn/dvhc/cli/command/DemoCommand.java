package vn.dvhc.cli.command;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.UnitLookup;
import vn.dvhc.cli.CliContext;

/** {@code dvhc demo}: a first look, on the embedded database, with nothing to prepare. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Show what dvhc does, on its built-in data.",
        description = "Installs the built-in releases into the database (on first use), lists them and looks up a "
                + "few units: a merged ward, a split commune and an abolished district.",
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc demo", "  dvhc --home /tmp/dvhc-demo demo"})
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CliContext cli = CliContext.of(spec);
        CatalogRepository repository = new CatalogRepository(cli.database().dsl());
        cli.out().println("== The reference catalog (dvhc reference list)");
        ReferenceListCommand.print(cli.out(), ReferenceListCommand.lines(repository));
        UnitLookup lookup = new UnitLookup(repository);
        for (String code : new String[]{"26740", "00553", "760"}) {
            cli.out().println();
            cli.out().println("== dvhc reference lookup " + code + " --from pre-2025");
            ReferenceLookupCommand.print(cli.out(), lookup.lookup(code, "pre-2025", null));
        }
        return 0;
    }
}
