package vn.dvhc.cli.command;

import java.io.PrintWriter;
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
import vn.dvhc.cli.output.Numbers;
import vn.dvhc.cli.output.TextTable;
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

    /** One release with its counts, as printed. */
    public record Line(String id, boolean inForce, LocalDate effective, String predecessor, String format,
                       boolean builtIn, long provinces, long districts, long communes, String title) {
    }

    private final CliContext cli;

    public ReferenceListCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        List<Line> lines = lines(new CatalogRepository(cli.database().dsl()));
        if (format.json()) {
            cli.out().println(Json.writePretty(lines));
        } else {
            print(cli.out(), lines);
        }
        return 0;
    }

    static List<Line> lines(CatalogRepository repository) {
        ReleaseChain chain = new ReleaseChain(repository.releases());
        String inForce = chain.releases().isEmpty() ? "" : chain.inForce(LocalDate.now()).id();
        List<Line> lines = new ArrayList<>();
        for (Release release : chain.releases()) {
            long[] counts = new long[UnitLevel.values().length];
            for (Record3<String, String, Integer> count : repository.countsByLevelAndType(release.id())) {
                counts[UnitLevel.valueOf(count.value1()).ordinal()] += count.value3();
            }
            lines.add(new Line(release.id(), release.id().equals(inForce), release.effectiveDate(),
                    release.predecessorId(), release.format(), release.builtIn(), counts[0], counts[1], counts[2],
                    release.title()));
        }
        return lines;
    }

    static void print(PrintWriter out, List<Line> lines) {
        TextTable table = new TextTable("RELEASE", "EFFECTIVE", "PREDECESSOR", "ORIGIN", "PROVINCES", "DISTRICTS",
                "COMMUNES").right(4, 5, 6);
        for (Line line : lines) {
            table.row((line.inForce() ? "* " : "  ") + line.id(),
                    line.effective() == null ? (line.predecessor() == null ? "(root)" : "(beside the chain)")
                            : line.effective(),
                    line.predecessor() == null ? "-" : line.predecessor(),
                    (line.builtIn() ? "built-in " : "imported ") + line.format(),
                    Numbers.format(line.provinces()), Numbers.format(line.districts()), Numbers.format(line.communes()));
        }
        table.print(out);
    }
}
