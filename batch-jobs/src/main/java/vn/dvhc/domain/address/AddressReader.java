package vn.dvhc.domain.address;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.dvhc.domain.UnitLevel;

/**
 * Reads Vietnamese addresses and unit-name columns as people write them and finds the old (pre-2025) commune
 * they name, never guessing: when several communes fit, every one is returned. See the package README for what is
 * read and docs/addresses.md for examples and limits.
 *
 * <p>Each text is read in up to two passes: as written (current and historical names), then, only if that did not
 * pin one commune down, also with names one letter away. Stateless: one instance, built over a {@link Gazetteer},
 * serves any number of threads.
 */
public final class AddressReader {

    private final Gazetteer gazetteer;

    public AddressReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Reads a free-text address, smallest unit first as Vietnamese addresses are written
     * ({@code 12 Hàm Nghi, P. Bến Nghé, Q.1, TP.HCM}): the province at the end (optional), the district before it
     * (optional), the commune before that; what precedes the commune is the {@code prefix}.
     */
    public AddressMatch match(String address) {
        Words words = Words.of(address);
        WordRoles roles = new WordRoles(words);
        Verdict first = new Verdict(gazetteer, words, readAddress(new Finder(gazetteer, roles, true,
                words.hasDiacritics(), false)), true);
        if (first.settled()) {
            return first.result();
        }
        return new Verdict(gazetteer, words, readAddress(new Finder(gazetteer, roles, true, words.hasDiacritics(),
                true)), true).result();
    }

    /**
     * Reads unit names given in separate columns. Each cell may carry a type word or an abbreviation
     * ({@code P. Bến Nghé}, {@code Q.1}, {@code TP.HCM}) and text before the name; the district and the province
     * may be null or blank. A written province or district that is not recognised is noted and not used. The
     * result's prefix is empty.
     */
    public AddressMatch matchNames(String commune, String district, String province) {
        WordRoles c = new WordRoles(Words.of(commune));
        WordRoles d = new WordRoles(Words.of(district));
        WordRoles p = new WordRoles(Words.of(province));
        boolean diacritics = c.words().hasDiacritics() || d.words().hasDiacritics() || p.words().hasDiacritics();
        Verdict first = readNames(c, d, p, diacritics, false);
        return first.settled() ? first.result() : readNames(c, d, p, diacritics, true).result();
    }

    private List<Reading> readAddress(Finder finder) {
        int end = Vocabulary.endWithoutFiller(finder.words());
        List<Reading> readings = new ArrayList<>();
        List<Found> provinces = finder.endingAt(UnitLevel.PROVINCE, end, Scope.COUNTRY);
        for (Found province : orNone(provinces, true)) {
            int provinceStart = province == null ? end : province.start();
            Scope inProvince = province == null ? Scope.COUNTRY : Scope.provincesOf(province.units());
            List<Found> districts = finder.endingAt(UnitLevel.DISTRICT, provinceStart, inProvince);
            if (districts.isEmpty() && province != null) {
                districts = unrecognisedDistrict(finder, provinceStart);
            }
            List<Found> above = province == null ? provinces : List.of();
            for (Found district : orNone(outside(districts, above, true), true)) {
                int districtStart = district == null ? provinceStart : district.start();
                Scope scope = district == null || !district.recognised() ? inProvince : Scope.districts(district.units());
                List<Found> communes = finder.endingAt(UnitLevel.COMMUNE, districtStart, scope);
                if (district == null) {
                    communes = outside(outside(communes, districts, false), above, true);
                }
                for (Found commune : orNone(communes, communes.isEmpty())) {
                    readings.add(new Reading(province, district, commune));
                }
            }
        }
        return readings;
    }

    private Verdict readNames(WordRoles c, WordRoles d, WordRoles p, boolean diacritics, boolean typos) {
        Finder communeCell = new Finder(gazetteer, c, false, diacritics, typos);
        List<MatchNote> unread = new ArrayList<>();
        List<Reading> readings = new ArrayList<>();
        for (Found inP : cell(new Finder(gazetteer, p, false, diacritics, typos), UnitLevel.PROVINCE, Scope.COUNTRY,
                unread)) {
            Scope inProvince = inP == null ? Scope.COUNTRY : Scope.provincesOf(inP.units());
            for (Found inD : cell(new Finder(gazetteer, d, false, diacritics, typos), UnitLevel.DISTRICT, inProvince,
                    unread)) {
                Scope scope = inD == null ? inProvince : Scope.districts(inD.units());
                List<Found> communes = communeCell.endingAt(UnitLevel.COMMUNE,
                        Vocabulary.endWithoutFiller(c.words()), scope);
                for (Found inC : orNone(communes, communes.isEmpty())) {
                    readings.add(new Reading(inP, inD, inC));
                }
            }
        }
        return new Verdict(gazetteer, c.words(), readings, false).withNotes(unread);
    }

    private static List<Found> cell(Finder finder, UnitLevel level, Scope scope, List<MatchNote> unread) {
        Words words = finder.words();
        if (words.size() == 0) {
            return Arrays.asList((Found) null);
        }
        List<Found> found = finder.endingAt(level, Vocabulary.endWithoutFiller(words), scope);
        if (found.isEmpty()) {
            MatchNote note = new MatchNote(MatchNote.Kind.NOT_RECOGNISED, level.label() + " '" + words.text().strip()
                    + "' not recognised" + (scope.isCountry() ? "" : " there") + "; left out");
            if (!unread.contains(note)) {
                unread.add(note);
            }
            return Arrays.asList((Found) null);
        }
        return found;
    }

    /**
     * A segment that opens with a district type word but names no district of the province ("Huyện Xyz"): kept
     * as an unrecognised district, so that the commune before it can still be read in the province, with a note.
     */
    private static List<Found> unrecognisedDistrict(Finder finder, int provinceStart) {
        Words words = finder.words();
        if (provinceStart == 0) {
            return List.of();
        }
        int start = provinceStart - 1;
        while (start > 0 && !words.opensSegment(start)) {
            start--;
        }
        WordRoles.TypeWord type = finder.roles().typeAt(start, provinceStart, UnitLevel.DISTRICT);
        if (type == null || start + type.length() >= provinceStart) {
            return List.of();
        }
        MatchNote note = new MatchNote(MatchNote.Kind.NOT_RECOGNISED, "district '" + words.written(start, provinceStart)
                + "' not recognised in the province; the commune was looked for in the whole province");
        return List.of(new Found(UnitLevel.DISTRICT, start, provinceStart, List.of(), Found.UNRECOGNISED, true,
                List.of(note)));
    }

    /**
     * Without the names that lie inside a larger unit's name ending at the same word: "Trà My" in "Huyện Bắc
     * Trà My" is no commune, "Vũng Tàu" in "Bà Rịa - Vũng Tàu" no district. The same words read whole are kept
     * ("Sa Pa" as a district and as a commune: the verdict says both), unless {@code sameWordsToo}: an address
     * ending in a province name ("… Lào Cai") ends in the province, not in a commune of that name elsewhere,
     * unless a type word says so.
     */
    private static List<Found> outside(List<Found> found, List<Found> larger, boolean sameWordsToo) {
        if (found.isEmpty() || larger.isEmpty()) {
            return found;
        }
        List<Found> kept = new ArrayList<>(found.size());
        for (Found f : found) {
            if (larger.stream().noneMatch(l -> l.end() == f.end()
                    && (l.start() < f.start() || sameWordsToo && l.start() == f.start() && !f.typed()))) {
                kept.add(f);
            }
        }
        return kept;
    }

    /** The readings found, plus "not written" (null) when {@code withNone}. */
    private static List<Found> orNone(List<Found> found, boolean withNone) {
        if (!withNone) {
            return found;
        }
        List<Found> all = new ArrayList<>(found.size() + 1);
        all.addAll(found);
        all.add(null);
        return all;
    }
}
