package vn.dvhc.cli.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.LookupResult;
import vn.dvhc.catalog.ReleaseChain;
import vn.dvhc.catalog.UnitLookup;
import vn.dvhc.cli.option.FormatOption;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.common.Json;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.address.AddressMatch;
import vn.dvhc.domain.address.MatchNote;
import vn.dvhc.domain.address.MatchStatus;
import vn.dvhc.remap.address.AddressLookup;
import vn.dvhc.remap.address.AddressLookups;
import vn.dvhc.remap.address.Located;
import vn.dvhc.remap.address.NewAddress;

/** {@code dvhc reference lookup}: where an old unit went, what a name means, or what an address says. */
@Command(name = "lookup", mixinStandardHelpOptions = true,
        header = "Tell where an old unit went, or what a name means.",
        description = {
                "A code (2 digits: province, 3: district, 5: commune) is read in the --from release and followed along "
                        + "the chain to the release in force on --as-of: one new unit, or every candidate of a split "
                        + "commune with the official note, or, for a district, where its communes went. Known "
                        + "misprints (06978 for 06970, Xã Ba Chẽ) are read through, with a note.",
                "A name is matched without accents or case (ben nghe, Bến Nghé, BEN NGHE) in both releases.",
                "An address (a text with a comma or a semicolon, or any text with --address) is read as dvhc remap "
                        + "reads it: what was recognised, every old commune it fits (never a guess) and where each "
                        + "went, and the new address. '-' reads one address per line from stdin (with --format json: "
                        + "one JSON object per line).",
                "Exits 0 whether or not anything matched; JSON output says status UNKNOWN for an unknown code."},
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc reference lookup 26740 --from pre-2025",
                "  dvhc reference lookup \"ben nghe\"",
                "  dvhc reference lookup 00553 --as-of 2025-12-31 --format json",
                "  dvhc reference lookup \"12 Hàm Nghi, P. Bến Nghé, Q.1, TP.HCM\"",
                "  cut -d, -f5 addresses.csv | dvhc reference lookup - --format json"})
public final class ReferenceLookupCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<code-name-or-address>",
            description = "A unit code, (part of) a name, an address, or - for addresses on stdin.")
    String query;

    @Option(names = "--address", description = "Read the query as an address even without a comma (P3 Q10 HCM).")
    boolean address;

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
    public Integer call() throws IOException {
        if (query.equals("-") || address || query.contains(",") || query.contains(";")) {
            addresses();
            return 0;
        }
        LookupResult result = new UnitLookup(new CatalogRepository(cli.database().dsl())).lookup(query, from, asOf);
        if (format.json()) {
            cli.out().println(Json.writePretty(result));
        } else {
            print(cli.out(), result);
        }
        return 0;
    }

    /** What an address was read as, and where its old communes went. */
    public record AddressAnswer(String address, MatchStatus status, String prefix, Unit district, Unit province,
                                List<String> notes, LookupResult conversions, String newAddress) {
    }

    private void addresses() throws IOException {
        CatalogRepository catalog = new CatalogRepository(cli.database().dsl());
        String release = from != null ? from : new ReleaseChain(catalog.releases()).defaultStart().id();
        AddressLookup lookup = new AddressLookups(cli.database().dsl()).get(release).lookup();
        UnitLookup units = new UnitLookup(catalog);
        if (!query.equals("-")) {
            AddressAnswer answer = answer(query, lookup, units);
            if (format.json()) {
                cli.out().println(Json.writePretty(answer));
            } else {
                print(cli.out(), answer);
            }
            cli.out().flush();
            return;
        }
        BufferedReader lines = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            AddressAnswer answer = answer(line, lookup, units);
            if (format.json()) {
                cli.out().println(Json.write(answer));
            } else {
                print(cli.out(), answer);
                cli.out().println();
            }
        }
        cli.out().flush();
    }

    private AddressAnswer answer(String text, AddressLookup lookup, UnitLookup units) {
        Located located = lookup.address(text);
        AddressMatch m = located.match();
        LookupResult conversions = units.codes(text, m.candidates().stream().map(Unit::code).toList(), from, asOf);
        String newAddress = null;
        if (located.matched() && conversions.entries().get(0).status() == LookupResult.Status.MAPPED) {
            LookupResult.Target target = conversions.entries().get(0).targets().get(0);
            newAddress = NewAddress.of(m.prefix(), target.unit().fullName(), target.provinceName());
        }
        return new AddressAnswer(text, m.status(), m.prefix(), m.district(), m.province(),
                m.notes().stream().map(MatchNote::text).toList(), conversions, newAddress);
    }

    static void print(PrintWriter out, AddressAnswer a) {
        out.println("address: " + a.address());
        int n = a.conversions().entries().size();
        out.println("  read as " + a.status() + switch (a.status()) {
            case MATCHED -> ": one old commune";
            case AMBIGUOUS -> ": " + n + " old communes fit; the address must say which";
            case UNRECOGNISED -> ": no old commune"
                    + (a.district() != null ? "; recognised " + a.district().fullName() : "")
                    + (a.province() != null ? (a.district() != null ? ", " : "; recognised ") + a.province().fullName() : "");
        });
        if (!a.prefix().isEmpty()) {
            out.println("  before the units: " + a.prefix());
        }
        a.notes().forEach(note -> out.println("  note: " + note));
        if (n > 0) {
            print(out, a.conversions());
        }
        if (a.newAddress() != null) {
            out.println("new address: " + a.newAddress());
        }
        out.flush();
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
