package vn.dvhc.domain.address;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitLevel;

/**
 * Finds the unit names of a level that end at a given word of one text, inside a scope. Current names come first;
 * a historical name is tried only when no current unit of the scope bears the written name, and a typo only when
 * asked for and neither does, within a known province or district, with a type word or a segment of its own.
 */
final class Finder {

    private final Gazetteer gazetteer;
    private final Words words;
    private final WordRoles roles;
    private final boolean address;
    private final boolean diacritics;
    private final boolean typos;

    /**
     * @param address    true for free text (a house number or street word before an untyped name makes it a street,
     *                   and a bare number is no name); false for a column that holds only this level's name
     * @param diacritics whether the writer types diacritics (anywhere in the row): then a name written without
     *                   them means the unit without them (Sa Pa, not Sa Pả)
     * @param typos      whether names one letter away are looked for (a second pass, when the first one
     *                   did not pin the commune down)
     */
    Finder(Gazetteer gazetteer, WordRoles roles, boolean address, boolean diacritics, boolean typos) {
        this.gazetteer = gazetteer;
        this.words = roles.words();
        this.roles = roles;
        this.address = address;
        this.diacritics = diacritics;
        this.typos = typos;
    }

    Words words() {
        return words;
    }

    WordRoles roles() {
        return roles;
    }

    /** Every reading of words {@code [s, end)} as a unit of the level in the scope; names never cross a comma. */
    List<Found> endingAt(UnitLevel level, int end, Scope scope) {
        if (end <= 0) {
            return List.of();
        }
        NameIndex index = gazetteer.names(level);
        int first = end - 1;
        while (first > 0 && !words.opensClause(first)) {
            first--;
        }
        int longest = Math.min(index.maxWords(), end - first);
        List<Found> found = new ArrayList<>(2);
        for (int k = 1; k <= longest; k++) {
            int s = end - k;
            WordRoles.TypeWord type = roles.typeBefore(s, level, k == 1 && words.isNumber(s));
            if (type == null && (!untypedAllowed(level, s, end) || level == UnitLevel.COMMUNE && scope.isCountry()
                    && address && !words.opensSegment(s))) {
                // With no province or district to narrow it, a commune without a type word must stand alone in its
                // segment: the "Bá" of a misspelt "Tỉnh Yên Bá" is no Xã Ba of Quảng Ngãi.
                continue;
            }
            NameIndex.Bucket bucket = index.get(words.foldKey(s, end));
            if (bucket == null) {
                continue;
            }
            List<NameIndex.Entry> current = inScope(bucket.names(), scope);
            if (!current.isEmpty()) {
                found.add(current(level, s, end, type, current));
                continue;
            }
            List<NameIndex.Former> formers = new ArrayList<>(0);
            for (NameIndex.Former f : bucket.formers()) {
                if (scope.admits(f.districts(), f.name().provinceCode(), level)) {
                    formers.add(f);
                }
            }
            if (!formers.isEmpty()) {
                found.add(former(level, s, end, type, formers));
            }
        }
        if (found.isEmpty() && typos && typosAllowed(level, scope)) {
            for (int k = 1; k <= longest; k++) {
                typo(level, end - k, end, scope, index, found);
            }
        }
        return found;
    }

    private void typo(UnitLevel level, int s, int end, Scope scope, NameIndex index, List<Found> found) {
        WordRoles.TypeWord type = roles.typeBefore(s, level, false);
        if (type == null && (!words.opensSegment(s) || !untypedAllowed(level, s, end)
                || roles.typeAt(s, end, level) != null)) {
            // An untyped typo must stand alone in its segment (not a guess inside a street name) and not begin
            // with a type word: "Xa Nong" is Xã Nong misspelt, not Xá Tổng.
            return;
        }
        String key = words.foldKey(s, end);
        if (namesAnotherLevel(level, key, scope)) {
            return; // "Đống Đa" is a district as written: no commune one letter away is read into it
        }
        List<NameIndex.Entry> near = inScope(index.oneEditFrom(key), scope);
        if (near.isEmpty()) {
            return;
        }
        List<Unit> units = sameTypeFirst(units(near), type);
        String written = words.written(s, end);
        MatchNote note = new MatchNote(MatchNote.Kind.TYPO, units.size() == 1
                ? "typo: '" + written + "' read as " + names(units) + " (one edit away)"
                : "typo: '" + written + "' is one edit from each of " + names(units));
        found.add(new Found(level, type == null ? s : type.start(), end, units, Found.TYPO, type != null, List.of(note)));
    }

    private boolean untypedAllowed(UnitLevel level, int s, int end) {
        if (level == UnitLevel.PROVINCE) {
            return true; // written last, whatever stands before it: "Phường Phú Xá Thái Nguyên" (not Xã Thái Nguyên)
        }
        if (roles.otherTypeBefore(s, level) || claimed(level, s)) {
            return false;
        }
        // In free text a bare number is a house number, and a commune or district name after one is a street
        // ("12 Lê Lợi", "12 Hai Bà Trưng").
        return !address || !(words.startsWithDigit(s) && end - s == 1) && !roles.streetBefore(s);
    }

    /**
     * True when a type word earlier in the clause still claims the words up to {@code s}: "Xã Toen Thắng" names
     * one commune, so "Thắng" is no commune of its own, and "Huyện Namm Trà My" one district, so "Trà My" is no
     * commune either. The claim ends with a name of one of the type word's levels: in "TP. Phổ Yên Thái Nguyên",
     * "Thái Nguyên" is free.
     */
    private boolean claimed(UnitLevel level, int s) {
        int from = roles.claimedFrom(s);
        if (from < 0 || from >= s) {
            return false;
        }
        String key = words.foldKey(from, s);
        for (UnitLevel typeLevel : UnitLevel.values()) {
            if (roles.claimIncludes(s, typeLevel) && gazetteer.names(typeLevel).get(key) != null) {
                return false;
            }
        }
        return true;
    }

    private static boolean typosAllowed(UnitLevel level, Scope scope) {
        return switch (level) {
            case PROVINCE -> true;
            case DISTRICT -> scope.provinces() != null;
            case COMMUNE -> !scope.isCountry();
        };
    }

    private boolean namesAnotherLevel(UnitLevel level, String key, Scope scope) {
        Scope provinces = new Scope(scope.provinces(), null);
        for (UnitLevel other : UnitLevel.values()) {
            if (other != level) {
                for (NameIndex.Entry e : gazetteer.names(other).named(key)) {
                    if (other == UnitLevel.PROVINCE || provinces.admits(e.unit())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private Found current(UnitLevel level, int s, int end, WordRoles.TypeWord type, List<NameIndex.Entry> entries) {
        List<MatchNote> notes = new ArrayList<>(0);
        int penalty = 0;
        List<NameIndex.Entry> chosen = entries;
        if (diacritics) {
            String tone = words.toneKey(s, end);
            List<NameIndex.Entry> exact = new ArrayList<>(entries.size());
            for (NameIndex.Entry e : entries) {
                if (e.toneKey().equals(tone)) {
                    exact.add(e);
                }
            }
            if (exact.isEmpty()) {
                penalty += Found.DIACRITICS;
                notes.add(new MatchNote(MatchNote.Kind.DIACRITICS_DIFFER, "'" + words.written(s, end) + "' read as "
                        + names(units(entries)) + " (other diacritics)"));
            } else {
                chosen = exact;
            }
        }
        List<Unit> units = units(chosen);
        if (type != null) {
            List<Unit> sameType = ofType(units, type);
            if (sameType.isEmpty()) {
                penalty += Found.TYPE;
                notes.add(new MatchNote(MatchNote.Kind.TYPE_DIFFERS, "'" + words.written(type.start(), end)
                        + "' read as " + names(units) + " (written as " + type.type() + ")"));
            } else {
                units = sameType;
            }
        } else if (address && !words.opensSegment(s)) {
            penalty += Found.UNTYPED_INSIDE;
        }
        return new Found(level, type == null ? s : type.start(), end, units, penalty, type != null, notes);
    }

    private Found former(UnitLevel level, int s, int end, WordRoles.TypeWord type, List<NameIndex.Former> formers) {
        List<NameIndex.Former> chosen = formers;
        if (diacritics) {
            String tone = words.toneKey(s, end);
            List<NameIndex.Former> exact = formers.stream().filter(f -> f.toneKey().equals(tone)).toList();
            chosen = exact.isEmpty() ? formers : exact;
        }
        if (type != null) {
            List<NameIndex.Former> sameType = chosen.stream().filter(f -> f.name().type().equals(type.type())).toList();
            chosen = sameType.isEmpty() ? chosen : sameType;
        }
        Set<Unit> units = new LinkedHashSet<>();
        chosen.forEach(f -> units.addAll(f.successors()));
        String basis = chosen.stream().map(f -> f.name().basis() + " (unit-history.csv: " + f.name().level().label()
                + " " + f.name().code() + ", " + f.name().change().label() + ")").distinct().collect(Collectors.joining("; "));
        int start = type == null ? s : type.start();
        MatchNote note = new MatchNote(MatchNote.Kind.HISTORICAL_NAME, "historical name '" + words.written(start, end)
                + "' read as " + names(List.copyOf(units)) + ": " + basis);
        return new Found(level, start, end, List.copyOf(units), Found.HISTORICAL, type != null, List.of(note));
    }

    private static List<NameIndex.Entry> inScope(List<NameIndex.Entry> entries, Scope scope) {
        List<NameIndex.Entry> in = null;
        for (NameIndex.Entry e : entries) {
            if (scope.admits(e.unit())) {
                if (in == null) {
                    in = new ArrayList<>(entries.size());
                }
                in.add(e);
            }
        }
        return in == null ? List.of() : in;
    }

    /** The units of the written type when there are any, else all of them. */
    private static List<Unit> sameTypeFirst(List<Unit> units, WordRoles.TypeWord type) {
        List<Unit> same = type == null ? List.of() : ofType(units, type);
        return same.isEmpty() ? units : same;
    }

    private static List<Unit> ofType(List<Unit> units, WordRoles.TypeWord type) {
        return units.stream().filter(u -> u.type().equals(type.type())).toList();
    }

    private static List<Unit> units(List<NameIndex.Entry> entries) {
        if (entries.size() == 1) {
            return List.of(entries.get(0).unit());
        }
        Set<Unit> units = new LinkedHashSet<>();
        entries.forEach(e -> units.add(e.unit()));
        return List.copyOf(units);
    }

    static String names(List<Unit> units) {
        return units.stream().map(Unit::fullName).distinct().collect(Collectors.joining(", "));
    }
}
