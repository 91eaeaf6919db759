package vn.dvhc.domain.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.dvhc.domain.Unit;
import vn.dvhc.domain.VietnameseText;
import vn.dvhc.testing.Spellings;

/**
 * Every one of the 10,035 old communes, written in several ways, read back. A wrong answer (MATCHED to another
 * commune, or AMBIGUOUS without the right one) fails the test whatever the spelling; the share read back as the
 * right MATCHED commune (recall) is printed per spelling and must not fall below what was measured (docs/addresses.md).
 */
class AddressAccuracyTest {

    /**
     * The spellings, each with a recall floor a little under what was measured with the fixed seed (docs/addresses.md
     * gives the figures): a regression fails, an improvement is welcome.
     */
    enum Spelling {
        FULL(0.999),
        NO_DIACRITICS(0.993),
        ABBREVIATED(0.999),
        ABBREVIATED_NO_DIACRITICS(0.993),
        LOWER_NO_DIACRITICS_NO_COMMAS(0.993),
        UPPER_CASE(0.999),
        NFD(0.999),
        OLD_TONES(0.999),
        NEW_TONES(0.999),
        NO_COMMAS(0.999),
        COMMUNE_UNTYPED(0.993),
        HOUSE_AND_STREET(0.999),
        NO_DISTRICT(0.955),
        TYPO(0.975),
        DISTRICT_TYPO(0.995),
        MIXED_A(0.965),
        MIXED_B(0.965),
        MIXED_C(0.965),
        MIXED_D(0.965),
        NAMES_FULL(0.999),
        NAMES_BARE(0.993);

        final double floor;

        Spelling(double floor) {
            this.floor = floor;
        }
    }

    /** Fixed, so a failure reproduces; {@code -Ddvhc.accuracy.seed=N} explores other draws. */
    private static final long SEED = Long.getLong("dvhc.accuracy.seed", 20250701L);
    private static Map<String, Unit> districts;
    private static Map<String, Unit> provinces;
    private static List<Unit> communes;
    private static Map<String, Set<String>> namesByProvince;
    private static Set<String> provinceNames;

    @BeforeAll
    static void units() {
        districts = new HashMap<>();
        provinces = new HashMap<>();
        communes = new ArrayList<>();
        namesByProvince = new HashMap<>();
        for (Unit u : OldUnits.units()) {
            switch (u.level()) {
                case PROVINCE -> provinces.put(u.code(), u);
                case DISTRICT -> districts.put(u.code(), u);
                case COMMUNE -> communes.add(u);
            }
        }
        for (Unit u : communes) {
            namesByProvince.computeIfAbsent(u.provinceCode(), k -> new HashSet<>()).add(VietnameseText.fold(u.name()));
        }
        for (Unit u : districts.values()) {
            namesByProvince.computeIfAbsent(u.provinceCode(), k -> new HashSet<>()).add(VietnameseText.fold(u.name()));
        }
        provinceNames = new HashSet<>();
        provinces.values().forEach(u -> provinceNames.add(VietnameseText.fold(u.name())));
        OldUnits.history().forEach(h -> namesByProvince.computeIfAbsent(h.provinceCode(), k -> new HashSet<>())
                .add(VietnameseText.fold(h.name())));
    }

    @Test
    void everyCommuneInEverySpellingIsReadBackWithNoWrongAnswer() {
        AddressReader reader = OldUnits.reader();
        Random random = new Random(SEED);
        Map<Spelling, int[]> tally = new EnumMap<>(Spelling.class); // read, matched right, ambiguous, wrong
        List<String> wrong = new ArrayList<>();
        Map<Spelling, List<String>> missed = new EnumMap<>(Spelling.class);
        for (Unit commune : communes) {
            Unit district = districts.get(commune.parentCode());
            Unit province = provinces.get(commune.provinceCode());
            for (Spelling spelling : Spelling.values()) {
                Sample sample = sample(spelling, commune, district, province, random);
                if (sample == null) {
                    continue;
                }
                AddressMatch match = sample.names() ? reader.matchNames(sample.commune(), sample.district(), sample.province())
                        : reader.match(sample.text());
                int[] counts = tally.computeIfAbsent(spelling, k -> new int[4]);
                counts[0]++;
                boolean right = match.candidates().contains(commune);
                if (match.status() == MatchStatus.MATCHED && right && sample.prefix().equals(match.prefix())) {
                    counts[1]++;
                } else if (match.status() == MatchStatus.AMBIGUOUS && right) {
                    counts[2]++;
                    example(missed, spelling, sample, match);
                } else if (match.status() == MatchStatus.UNRECOGNISED) {
                    example(missed, spelling, sample, match);
                } else {
                    counts[3]++;
                    wrong.add(spelling + " " + commune.code() + " '" + sample.describe() + "' → " + match.status() + " "
                            + match.candidates().stream().map(u -> u.code() + " " + u.fullName()).toList()
                            + " prefix '" + match.prefix() + "'");
                }
            }
        }
        System.out.printf("%-18s %7s %8s %9s %6s%n", "spelling", "read", "recall", "ambiguous", "wrong");
        tally.forEach((spelling, c) -> System.out.printf("%-18s %7d %7.2f%% %8.2f%% %6d%n", spelling, c[0],
                100.0 * c[1] / c[0], 100.0 * c[2] / c[0], c[3]));
        missed.forEach((spelling, examples) -> examples.forEach(e -> System.out.println("  not recalled, " + spelling + ": " + e)));
        assertThat(wrong).as("wrong answers").isEmpty();
        tally.forEach((spelling, c) -> assertThat((double) c[1] / c[0]).as("recall of " + spelling)
                .isGreaterThanOrEqualTo(spelling.floor));
    }

    private static void example(Map<Spelling, List<String>> missed, Spelling spelling, Sample sample, AddressMatch match) {
        List<String> examples = missed.computeIfAbsent(spelling, k -> new ArrayList<>());
        if (examples.size() < 3) {
            examples.add("'" + sample.describe() + "' → " + match.status() + " " + match.candidates().size() + " " + match.note());
        }
    }

    /** One generated input: a free-text address, or name cells. */
    private record Sample(String text, String prefix, boolean names, String commune, String district, String province) {

        static Sample address(String text, String prefix) {
            return new Sample(text, prefix, false, null, null, null);
        }

        static Sample names(String commune, String district, String province) {
            return new Sample(null, "", true, commune, district, province);
        }

        String describe() {
            return names ? commune + " | " + district + " | " + province : text;
        }
    }

    private static Sample sample(Spelling spelling, Unit c, Unit d, Unit p, Random random) {
        String full = c.fullName() + ", " + d.fullName() + ", " + p.fullName();
        return switch (spelling) {
            case FULL -> Sample.address(full, "");
            case NO_DIACRITICS -> Sample.address(Spellings.withoutDiacritics(full), "");
            case ABBREVIATED -> Sample.address(Spellings.abbreviated(c, random) + ", " + Spellings.abbreviated(d, random)
                    + ", " + Spellings.abbreviated(p, random), "");
            case ABBREVIATED_NO_DIACRITICS -> Sample.address(Spellings.withoutDiacritics(Spellings.abbreviated(c, random)
                    + ", " + Spellings.abbreviated(d, random) + ", " + Spellings.abbreviated(p, random)), "");
            case LOWER_NO_DIACRITICS_NO_COMMAS -> Sample.address(
                    Spellings.withoutDiacritics(full).replace(",", "").toLowerCase(Locale.ROOT), "");
            case UPPER_CASE -> Sample.address(Spellings.upper(full), "");
            case NFD -> Sample.address(Normalizer.normalize(full, Normalizer.Form.NFD), "");
            case OLD_TONES -> Sample.address(Spellings.tonesIn(full, true), "");
            case NEW_TONES -> Sample.address(Spellings.tonesIn(full, false), "");
            case NO_COMMAS -> Sample.address(full.replace(",", ""), "");
            case COMMUNE_UNTYPED -> numbered(c) ? null : Sample.address(c.name() + ", " + d.fullName() + ", " + p.fullName(), "");
            case HOUSE_AND_STREET -> {
                String street = Spellings.STREETS[random.nextInt(Spellings.STREETS.length)];
                yield Sample.address(street + ", " + full, street);
            }
            case NO_DISTRICT -> Sample.address(c.fullName() + ", " + p.fullName(), "");
            case TYPO -> {
                String typo = typoed(c, p, random);
                yield typo == null ? null : Sample.address(typo + ", " + d.fullName() + ", " + p.fullName(), "");
            }
            case DISTRICT_TYPO -> {
                String typo = typoed(d, p, random);
                yield typo == null ? null : Sample.address(c.fullName() + ", " + typo + ", " + p.fullName(), "");
            }
            case MIXED_A, MIXED_B, MIXED_C, MIXED_D -> mixed(c, d, p, random);
            case NAMES_FULL -> Sample.names(c.fullName(), d.fullName(), p.fullName());
            case NAMES_BARE -> Sample.names(c.name(), d.name(), p.name());
        };
    }

    /**
     * The unit's type and its name with a one-edit typo, or null when no typo fits: the name is numbered or too
     * short to be corrected, or the typo is itself the name of a unit of the province, now or before, or of a
     * province (then it is another unit, not a typo).
     */
    private static String typoed(Unit unit, Unit p, Random random) {
        if (numbered(unit) || VietnameseText.fold(unit.name()).length() < NameIndex.MIN_TYPO_LENGTH) {
            return null;
        }
        String typo = Spellings.typo(unit.name(), random);
        if (typo == null || namesByProvince.get(p.code()).contains(VietnameseText.fold(typo))
                || provinceNames.contains(VietnameseText.fold(typo))) {
            return null;
        }
        return unit.type() + " " + typo;
    }

    /**
     * Everything at once, drawn at random: a street or not; each unit full, abbreviated, untyped, left out or with a
     * typo; commas, blanks, dashes or semicolons between; any case; diacritics or not; NFC or NFD; either tone style.
     */
    private static Sample mixed(Unit c, Unit d, Unit p, Random random) {
        String street = random.nextInt(3) == 0 ? "" : Spellings.STREETS[random.nextInt(Spellings.STREETS.length)];
        List<String> parts = new ArrayList<>();
        String commune = switch (random.nextInt(4)) {
            case 0 -> Spellings.abbreviated(c, random);
            case 1 -> numbered(c) ? c.fullName() : c.name();
            case 2 -> typoOrFull(c, p, random);
            default -> c.fullName();
        };
        parts.add(commune);
        switch (random.nextInt(4)) {
            case 0 -> parts.add(Spellings.abbreviated(d, random));
            case 1 -> { }
            case 2 -> parts.add(typoOrFull(d, p, random));
            default -> parts.add(d.fullName());
        }
        switch (random.nextInt(4)) {
            case 0 -> parts.add(Spellings.abbreviated(p, random));
            case 1 -> parts.add(p.name());
            case 2 -> parts.add(typoOrFull(p, p, random));
            default -> parts.add(p.fullName());
        }
        String separator = new String[]{", ", " ", " - ", "; ", ","}[random.nextInt(5)];
        String text = String.join(separator, parts);
        String prefix = street;
        if (!street.isEmpty()) {
            text = street + separator + text;
        }
        switch (random.nextInt(4)) {
            case 0 -> {
                text = text.toLowerCase(Locale.ROOT);
                prefix = prefix.toLowerCase(Locale.ROOT);
            }
            case 1 -> {
                text = Spellings.upper(text);
                prefix = Spellings.upper(prefix);
            }
            default -> { }
        }
        if (random.nextInt(3) == 0) {
            text = Spellings.withoutDiacritics(text);
            prefix = Spellings.withoutDiacritics(prefix);
        } else if (random.nextInt(3) == 0) {
            boolean old = random.nextBoolean();
            text = Spellings.tonesIn(text, old);
            prefix = Spellings.tonesIn(prefix, old);
        }
        if (random.nextInt(5) == 0) {
            text = Normalizer.normalize(text, Normalizer.Form.NFD);
            prefix = Normalizer.normalize(prefix, Normalizer.Form.NFD);
        }
        return Sample.address(text, Words.trimSeparators(prefix));
    }

    private static String typoOrFull(Unit unit, Unit p, Random random) {
        String typo = typoed(unit, p, random);
        return typo == null ? unit.fullName() : typo;
    }

    private static boolean numbered(Unit unit) {
        return unit.name().chars().anyMatch(Character::isDigit) || Numerals.inDigits(unit.name()) != null;
    }
}
