package vn.dvhc.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.dvhc.catalog.BuiltInReleasesMigration;
import vn.dvhc.catalog.format.BundleReader;
import vn.dvhc.catalog.format.ReleaseDraft;
import vn.dvhc.catalog.format.SourceFiles;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.domain.address.AddressMatch;
import vn.dvhc.domain.address.AddressReader;
import vn.dvhc.domain.address.Gazetteer;
import vn.dvhc.domain.address.MatchStatus;
import vn.dvhc.testing.Addresses;

/**
 * Speed of reading addresses (spec §9, issue 14: at least 50,000 addresses/s on one core): builds the gazetteer
 * of the built-in pre-2025 release, generates N addresses ({@link Addresses}, fixed seed), then reads them all on
 * one thread, several times after a warm-up, and prints the build time and the median rate. Not a test: run it,
 * pinned to one core, with {@code scripts/bench addresses} or
 *
 * <pre>taskset -c 0 java -cp … vn.dvhc.bench.AddressBench [N] [SEED] [--write FILE]</pre>
 *
 * {@code --write FILE} only writes the addresses, one per line, for other readers (the Python parser, a remap of
 * them) to be timed on the same input.
 */
public final class AddressBench {

    private static final int ROUNDS = 5;
    private static final long WARM_UP = 400_000;

    private AddressBench() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2025L;
        ReleaseDraft pre2025 = new BundleReader(SourceFiles.classpath(BuiltInReleasesMigration.RESOURCES)).read().stream()
                .filter(d -> d.id().equals(BundleReader.PRE_2025)).findFirst().orElseThrow();
        long[] builds = new long[ROUNDS];
        Gazetteer gazetteer = null;
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            gazetteer = Gazetteer.of(pre2025.content().units(), pre2025.historyValues());
            builds[i] = System.nanoTime() - t;
        }
        List<String> addresses = new Addresses(pre2025.content().units(), pre2025.historyValues()).generate(n, seed);
        for (int i = 2; i + 1 < args.length; i++) {
            if (args[i].equals("--write")) {
                Files.write(Path.of(args[i + 1]), addresses, StandardCharsets.UTF_8);
                return;
            }
        }
        AddressReader reader = new AddressReader(gazetteer);
        Map<MatchStatus, Integer> statuses = new EnumMap<>(MatchStatus.class);
        for (String address : addresses) {
            statuses.merge(reader.match(address).status(), 1, Integer::sum);
        }
        // Warm-up: at least 400,000 readings, so that the measured rounds run compiled code whatever N is.
        for (int pass = 1; pass * (long) n < WARM_UP; pass++) {
            addresses.forEach(reader::match);
        }
        double[] rates = new double[ROUNDS];
        long sink = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long t = System.nanoTime();
            for (String address : addresses) {
                AddressMatch match = reader.match(address);
                sink += match.candidates().size();
            }
            rates[round] = n / ((System.nanoTime() - t) / 1e9);
        }
        Arrays.sort(builds);
        Arrays.sort(rates);
        System.out.printf("gazetteer: %d provinces, %d districts, %d communes, %d historical names, built in %.0f ms (median of %d)%n",
                gazetteer.count(UnitLevel.PROVINCE), gazetteer.count(UnitLevel.DISTRICT),
                gazetteer.count(UnitLevel.COMMUNE), gazetteer.historicalNames(), builds[ROUNDS / 2] / 1e6, ROUNDS);
        System.out.printf("addresses: %,d (seed %d): %s%n", n, seed, statuses);
        System.out.printf("parse + match on one thread: %,.0f addresses/s (median of %d rounds; min %,.0f, max %,.0f; "
                + "%d candidates)%n", rates[ROUNDS / 2], ROUNDS, rates[0], rates[ROUNDS - 1], sink / ROUNDS);
    }
}
