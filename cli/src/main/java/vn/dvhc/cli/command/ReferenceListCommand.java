package vn.dvhc.cli.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.jooq.Record3;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.ReleaseChain;
import vn.dvhc.cli.option.FormatOption;
import vn.dvhc.cli.output.ReleaseLine;
import vn.dvhc.cli.output.ReleaseListPrinter;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.common.Json;
import vn.dvhc.domain.Release;
import vn.dvhc.domain.UnitLevel;

/** {@code dvhc reference list}: the releases, their place on the chain and their sizes. */
@Command(name = "list", mixinStandardHelpOptions = true,
        header = "List the releases of the catalog.",
        description = "One line per release: its effective date, predecessor, origin and unit counts. The release in "
                + "force today is marked with *.",
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc reference list", "  dvhc reference list --format json"})
public final class ReferenceListCommand implements Callable<Integer> {

    @Mixin
    FormatOption format;

    private final CliContext cli;

    public ReferenceListCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        List<ReleaseLine> lines = lines(new CatalogRepository(cli.database().dsl()));
        if (format.json()) {
            cli.out().println(Json.writePretty(lines));
        } else {
            ReleaseListPrinter.print(cli.out(), lines);
        }
        return 0;
    }

    private static List<ReleaseLine> lines(CatalogRepository repository) {
        ReleaseChain chain = new ReleaseChain(repository.releases());
        String inForce = chain.releases().isEmpty() ? "" : chain.inForce(LocalDate.now()).id();
        List<ReleaseLine> lines = new ArrayList<>();
        for (Release release : chain.releases()) {
            long[] counts = new long[UnitLevel.values().length];
            for (Record3<String, String, Integer> count : repository.countsByLevelAndType(release.id())) {
                counts[UnitLevel.valueOf(count.value1()).ordinal()] += count.value3();
            }
            lines.add(new ReleaseLine(release.id(), release.id().equals(inForce), release.effectiveDate(),
                    release.predecessorId(), release.format(), release.builtIn(), counts[0], counts[1], counts[2],
                    release.title()));
        }
        return lines;
    }
}
