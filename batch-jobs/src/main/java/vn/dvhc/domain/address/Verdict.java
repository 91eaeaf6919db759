package vn.dvhc.domain.address;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitLevel;

/**
 * Turns the readings of a text into one {@link AddressMatch}: the best readings decide, and when several rank
 * equally their communes are pooled, so a tie is AMBIGUOUS with every candidate, never the first one found.
 */
final class Verdict {

    private final Gazetteer gazetteer;
    private final Words words;
    private final List<Reading> readings;
    private final boolean address;
    private final List<MatchNote> extraNotes = new ArrayList<>();
    private AddressMatch result;

    Verdict(Gazetteer gazetteer, Words words, List<Reading> readings, boolean address) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.readings = readings;
        this.address = address;
    }

    Verdict withNotes(List<MatchNote> notes) {
        extraNotes.addAll(notes);
        return this;
    }

    /**
     * True when no second pass (with typos) could improve the answer: one commune, read without leaving out a
     * written district.
     */
    boolean settled() {
        if (result().status() != MatchStatus.MATCHED) {
            return false;
        }
        Found district = readings.get(0).district();
        return district == null || district.recognised();
    }

    AddressMatch result() {
        if (result == null) {
            result = decide();
        }
        return result;
    }

    private AddressMatch decide() {
        if (readings.isEmpty()) {
            return unrecognised(null);
        }
        readings.sort(Reading.BEST_FIRST);
        Reading best = readings.get(0);
        if (best.commune() == null) {
            return unrecognised(best);
        }
        Set<Unit> pooled = new LinkedHashSet<>();
        int start = best.commune().start();
        for (Reading r : readings) {
            if (r.ties(best)) {
                pooled.addAll(r.commune().units());
                start = Math.min(start, r.commune().start());
            }
        }
        List<Unit> candidates = pooled.stream().sorted(Comparator.comparing(Unit::code)).toList();
        List<MatchNote> notes = new ArrayList<>(extraNotes);
        notes.addAll(best.notes());
        String districtToo = address ? alsoADistrict(best.commune()) : null;
        if (districtToo != null) {
            notes.add(new MatchNote(MatchNote.Kind.AMBIGUITY, "'" + words.written(best.commune().start(),
                    best.commune().end()) + "' may also be " + districtToo + ", with no commune written"));
        }
        MatchStatus status = candidates.size() == 1 && districtToo == null ? MatchStatus.MATCHED : MatchStatus.AMBIGUOUS;
        Unit district = common(candidates, UnitLevel.DISTRICT);
        Unit province = common(candidates, UnitLevel.PROVINCE);
        if (status == MatchStatus.MATCHED) {
            inferred(best, district, province, notes);
        }
        return new AddressMatch(status, candidates, province, district, address ? words.before(start) : "", notes);
    }

    private AddressMatch unrecognised(Reading best) {
        List<MatchNote> notes = new ArrayList<>(extraNotes);
        Unit province = null;
        Unit district = null;
        if (best != null) {
            notes.addAll(best.notes());
            district = only(best.district());
            province = only(best.province());
            if (province == null && district != null) {
                province = gazetteer.unit(UnitLevel.PROVINCE, district.provinceCode()).orElse(null);
            }
        }
        notes.add(new MatchNote(MatchNote.Kind.NOT_RECOGNISED, "no commune recognised"
                + (district != null ? " in " + district.fullName() : province != null ? " in " + province.fullName() : "")));
        int first = best == null ? -1 : best.firstWord();
        String prefix = !address ? "" : first < 0 ? Words.trimSeparators(words.text()) : words.before(first);
        return new AddressMatch(MatchStatus.UNRECOGNISED, List.of(), province, district, prefix, notes);
    }

    /**
     * An untyped commune name that is also a district of the scope, with nothing read before it ("Sa Pa, Lào
     * Cai"): the writer may have meant the district and no commune. Returns that district's name, or null.
     */
    private String alsoADistrict(Found commune) {
        if (commune.typed()) {
            return null;
        }
        for (Reading r : readings) {
            Found d = r.district();
            if (d != null && d.recognised() && r.commune() == null && d.start() == commune.start()
                    && d.end() == commune.end()) {
                return Finder.names(d.units());
            }
        }
        return null;
    }

    private void inferred(Reading best, Unit district, Unit province, List<MatchNote> notes) {
        if ((best.district() == null || !best.district().recognised()) && district != null) {
            notes.add(new MatchNote(MatchNote.Kind.DISTRICT_INFERRED, "district not written: " + district.fullName()));
        }
        if (best.province() == null && province != null) {
            notes.add(new MatchNote(MatchNote.Kind.PROVINCE_INFERRED, "province not written: " + province.fullName()));
        }
    }

    /** The district or province all the communes share, or null. */
    private Unit common(List<Unit> communes, UnitLevel level) {
        Set<String> codes = new LinkedHashSet<>();
        communes.forEach(c -> codes.add(level == UnitLevel.DISTRICT ? c.parentCode() : c.provinceCode()));
        return codes.size() == 1 ? gazetteer.unit(level, codes.iterator().next()).orElse(null) : null;
    }

    private static Unit only(Found part) {
        return part != null && part.units().size() == 1 ? part.units().get(0) : null;
    }
}
