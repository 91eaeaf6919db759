package vn.dvhc.cli.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import vn.dvhc.cli.output.AddressAnswer;
import vn.dvhc.cli.output.LookupPrinter;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.common.Json;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.address.AddressMatch;
import vn.dvhc.domain.address.MatchNote;
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
            LookupPrinter.print(cli.out(), result);
        }
        return 0;
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
                LookupPrinter.print(cli.out(), answer);
            }
            cli.out().flush();
            return;
        }
        BufferedReader lines = new BufferedReader(new InputStreamReader(cli.in(), StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            AddressAnswer answer = answer(line, lookup, units);
            if (format.json()) {
                cli.out().println(Json.write(answer));
            } else {
                LookupPrinter.print(cli.out(), answer);
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
}
