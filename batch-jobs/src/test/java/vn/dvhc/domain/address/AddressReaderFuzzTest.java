package vn.dvhc.domain.address;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitLevel;

/**
 * Fuzzes the address reader over the real pre-2025 units. Whatever the text: (1) it answers, never throws;
 * (2) MATCHED has exactly one candidate, AMBIGUOUS at least one, UNRECOGNISED none, and every candidate is an old
 * commune of the gazetteer; (3) the prefix is a substring of the input with no separator or blank at its ends;
 * (4) a MATCHED result names the commune's own district and province; (5) reading again gives the same answer.
 * {@code ./mvnw verify} replays the seeds under {@code AddressReaderFuzzTestInputs/}; {@code scripts/fuzz
 * AddressReaderFuzzTest#address 10m} fuzzes for real.
 */
class AddressReaderFuzzTest {

    private static AddressReader reader;

    @FuzzTest
    void address(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        AddressMatch match = reader().match(text);
        check(match);
        if (!text.contains(match.prefix()) || !match.prefix().equals(Words.trimSeparators(match.prefix()))) {
            throw new IllegalStateException("prefix '" + match.prefix() + "' is not a trimmed substring of '" + text + "'");
        }
        if (!match.equals(reader().match(text))) {
            throw new IllegalStateException("two readings of '" + text + "' differ");
        }
    }

    @FuzzTest
    void names(byte[] data) {
        String[] cells = new String(data, StandardCharsets.UTF_8).split("\\|", 3);
        AddressMatch match = reader().matchNames(cells[0], cells.length > 1 ? cells[1] : null,
                cells.length > 2 ? cells[2] : null);
        check(match);
        if (!match.prefix().isEmpty()) {
            throw new IllegalStateException("names give no prefix: " + match);
        }
    }

    private static void check(AddressMatch match) {
        int n = match.candidates().size();
        boolean counted = switch (match.status()) {
            case MATCHED -> n == 1;
            case AMBIGUOUS -> n >= 1;
            case UNRECOGNISED -> n == 0;
        };
        if (!counted) {
            throw new IllegalStateException(match.status() + " with " + n + " candidates: " + match);
        }
        Gazetteer gazetteer = OldUnits.gazetteer();
        for (Unit candidate : match.candidates()) {
            if (candidate.level() != UnitLevel.COMMUNE
                    || !gazetteer.unit(UnitLevel.COMMUNE, candidate.code()).orElseThrow().equals(candidate)) {
                throw new IllegalStateException("not an old commune: " + candidate);
            }
        }
        Unit commune = match.commune();
        if (commune != null && (!commune.parentCode().equals(match.district().code())
                || !commune.provinceCode().equals(match.province().code()))) {
            throw new IllegalStateException("district or province disagree with the commune: " + match);
        }
    }

    private static synchronized AddressReader reader() {
        if (reader == null) {
            reader = OldUnits.reader();
        }
        return reader;
    }
}
