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
 * <p>Stateless: one instance, built over a {@link Gazetteer}, serves any number of threads.
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
        Finder finder = new Finder(gazetteer, words, true, words.hasDiacritics());
        int end = Vocabulary.endWithoutFiller(finder.words());
        List<Reading> readings = new ArrayList<>();
        for (Found province : orNone(finder.endingAt(UnitLevel.PROVINCE, 0, end, Scope.COUNTRY), true)) {
            int provinceStart = province == null ? end : province.start();
            Scope inProvince = province == null ? Scope.COUNTRY : Scope.provincesOf(province.units());
            List<Found> districts = finder.endingAt(UnitLevel.DISTRICT, 0, provinceStart, inProvince);
            if (districts.isEmpty() && province != null) {
                districts = unrecognisedDistrict(finder.words(), provinceStart);
            }
            for (Found district : orNone(districts, true)) {
                int districtStart = district == null ? provinceStart : district.start();
                Scope scope = district == null || !district.recognised() ? inProvince : Scope.districts(district.units());
                List<Found> communes = finder.endingAt(UnitLevel.COMMUNE, 0, districtStart, scope);
                for (Found commune : orNone(communes, communes.isEmpty())) {
                    readings.add(new Reading(province, district, commune));
                }
            }
        }
        return new Verdict(gazetteer, finder.words(), readings, true).result();
    }

    /**
     * Reads unit names given in separate columns. Each cell may carry a type word or an abbreviation
     * ({@code P. Bến Nghé}, {@code Q.1}, {@code TP.HCM}) and text before the name; the district and the province
     * may be null or blank. A written province or district that is not recognised is noted and not used. The
     * result's prefix is empty.
     */
    public AddressMatch matchNames(String commune, String district, String province) {
        Words c = Words.of(commune);
        Words d = Words.of(district);
        Words p = Words.of(province);
        boolean diacritics = c.hasDiacritics() || d.hasDiacritics() || p.hasDiacritics();
        Finder communeCell = new Finder(gazetteer, c, false, diacritics);
        Finder districtCell = new Finder(gazetteer, d, false, diacritics);
        Finder provinceCell = new Finder(gazetteer, p, false, diacritics);
        List<MatchNote> unread = new ArrayList<>();
        List<Reading> readings = new ArrayList<>();
        for (Found inP : cell(provinceCell, UnitLevel.PROVINCE, Scope.COUNTRY, unread)) {
            Scope inProvince = inP == null ? Scope.COUNTRY : Scope.provincesOf(inP.units());
            for (Found inD : cell(districtCell, UnitLevel.DISTRICT, inProvince, unread)) {
                Scope scope = inD == null ? inProvince : Scope.districts(inD.units());
                List<Found> communes = communeCell.words().size() == 0 ? List.of()
                        : communeCell.endingAt(UnitLevel.COMMUNE, 0, Vocabulary.endWithoutFiller(communeCell.words()), scope);
                for (Found inC : orNone(communes, communes.isEmpty())) {
                    readings.add(new Reading(inP, inD, inC));
                }
            }
        }
        return new Verdict(gazetteer, communeCell.words(), readings, false).withNotes(unread).result();
    }

    private static List<Found> cell(Finder finder, UnitLevel level, Scope scope, List<MatchNote> unread) {
        Words words = finder.words();
        if (words.size() == 0) {
            return Arrays.asList((Found) null);
        }
        List<Found> found = finder.endingAt(level, 0, Vocabulary.endWithoutFiller(words), scope);
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
    private static List<Found> unrecognisedDistrict(Words words, int provinceStart) {
        if (provinceStart == 0) {
            return List.of();
        }
        int start = provinceStart - 1;
        while (start > 0 && !words.opensSegment(start)) {
            start--;
        }
        Vocabulary.TypeWord type = Vocabulary.typeAt(words, start, provinceStart, UnitLevel.DISTRICT);
        if (type == null || start + type.length() >= provinceStart) {
            return List.of();
        }
        MatchNote note = new MatchNote(MatchNote.Kind.NOT_RECOGNISED, "district '" + words.written(start, provinceStart)
                + "' not recognised in the province; the commune was looked for in the whole province");
        return List.of(new Found(UnitLevel.DISTRICT, start, provinceStart, List.of(), Found.UNRECOGNISED, true,
                List.of(note)));
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
