package vn.dvhc.cli.command;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.LookupResult;
import vn.dvhc.catalog.UnitLookup;
import vn.dvhc.cli.option.FormatOption;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.common.Json;
import vn.dvhc.domain.Unit;

/** {@code dvhc reference lookup}: where an old unit went, or what a name means. */
@Command(name = "lookup", mixinStandardHelpOptions = true,
        header = "Tell where an old unit went, or what a name means.",
        description = {
                "A code (2 digits: province, 3: district, 5: commune) is read in the --from release and followed along "
                        + "the chain to the release in force on --as-of: one new unit, or every candidate of a split "
                        + "commune with the official note, or, for a district, where its communes went. Known "
                        + "misprints (06978 for 06970, Xã Ba Chẽ) are read through, with a note.",
                "A name is matched without accents or case (ben nghe, Bến Nghé, BEN NGHE) in both releases.",
                "Exits 0 whether or not anything matched; JSON output says status UNKNOWN for an unknown code."},
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc reference lookup 26740 --from pre-2025",
                "  dvhc reference lookup \"ben nghe\"",
                "  dvhc reference lookup 00553 --as-of 2025-12-31 --format json"})
public final class ReferenceLookupCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<code-or-name>", description = "A unit code or (part of) a name.")
    String query;

    @Option(names = "--from", paramLabel = "<release>",
            description = "The release the code belongs to. Default: the root of the chain (pre-2025).")
    String from;

    @Option(names = "--as-of", paramLabel = "<yyyy-mm-dd>",
            description = "Convert to the release in force on this date. Default: the newest.")
    LocalDate asOf;

    @Mixin
    FormatOption format;

    private final CliContext cli;

    public ReferenceLookupCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        LookupResult result = new UnitLookup(new CatalogRepository(cli.database().dsl())).lookup(query, from, asOf);
        if (format.json()) {
            cli.out().println(Json.writePretty(result));
        } else {
            print(cli.out(), result);
        }
        return 0;
    }

    static void print(PrintWriter out, LookupResult result) {
        if (result.entries().isEmpty()) {
            out.println("nothing matches '" + result.query() + "' in " + result.from() + " or " + result.to());
        }
        for (LookupResult.Entry e : result.entries()) {
            Unit unit = e.unit();
            String parents = e.parents().isEmpty() ? "" : " (" + String.join(", ", e.parents()) + ")";
            switch (e.status()) {
                case UNKNOWN -> out.println(unit.code() + ": not a " + unit.level().label() + " code of " + e.release());
                case CURRENT -> out.println(unit.fullName() + " (" + unit.code() + ")" + parents + " in " + e.release()
                        + (e.formedFrom().isEmpty() ? "" : ", formed from:"));
                default -> out.println((e.alias() == null ? unit.code() : e.alias().aliasCode() + " (read as "
                        + unit.code() + ")") + " in " + e.release() + ": " + unit.fullName() + parents);
            }
            if (e.alias() != null) {
                out.println("  note: " + e.alias().aliasCode() + " is a known misprint of " + e.alias().code() + ". "
                        + e.alias().note());
            }
            switch (e.status()) {
                case MAPPED -> e.targets().forEach(t -> {
                    out.println("  → " + target(t) + " in " + result.to());
                    note(out, t.note());
                });
                case SPLIT -> {
                    out.println("  → SPLIT into " + e.targets().size() + " units of " + result.to()
                            + "; the data must say which one applies (* marks the release's default, if any):");
                    e.targets().forEach(t -> out.println("    " + (t.isDefault() ? "* " : "  ") + target(t)
                            + (t.note().isEmpty() ? "" : " — " + t.note())
                            + (t.isDefault() && !t.defaultBasis().isEmpty() ? " [default: " + t.defaultBasis() + "]" : "")));
                }
                case ABOLISHED -> {
                    out.println("  → abolished without a successor of its own" + (e.targets().isEmpty() ? ""
                            : "; its communes are now in:"));
                    e.targets().forEach(t -> out.println("    " + target(t)));
                }
                case CURRENT -> e.formedFrom().forEach(s -> out.println("    " + s.unit().fullName() + " ("
                        + s.unit().code() + "), " + s.provinceName() + (s.note().isEmpty() ? "" : " — " + s.note())));
                case UNKNOWN -> { }
            }
            e.remarks().forEach(r -> out.println("  note: " + r));
        }
        if (result.more() > 0) {
            out.println("… and " + result.more() + " more matches; narrow the query");
        }
        out.flush();
    }

    private static String target(LookupResult.Target t) {
        return t.unit().fullName() + " (" + t.unit().code() + ")"
                + (t.provinceName().isEmpty() ? "" : ", " + t.provinceName() + " (" + t.unit().provinceCode() + ")");
    }

    private static void note(PrintWriter out, String note) {
        if (note != null && !note.isEmpty()) {
            out.println("    official note: " + note);
        }
    }
}
