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
 * neither does, within a known province or district, and with a type word or a segment of its own.
 */
final class Finder {

    private final Gazetteer gazetteer;
    private final Words words;
    private final boolean address;
    private final boolean diacritics;

    /**
     * @param address    true for free text (a house number or street word before an untyped name makes it a street,
     *                   and a bare number is no name); false for a column that holds only this level's name
     * @param diacritics whether the writer types diacritics (anywhere in the row): then a name written without
     *                   them means the unit without them (Sa Pa, not Sa Pả)
     */
    Finder(Gazetteer gazetteer, Words words, boolean address, boolean diacritics) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.address = address;
        this.diacritics = diacritics;
    }

    Words words() {
        return words;
    }

    /** Every reading of words {@code [s, end)} with {@code s >= lo} as a unit of the level in the scope. */
    List<Found> endingAt(UnitLevel level, int lo, int end, Scope scope) {
        List<Found> found = new ArrayList<>(2);
        NameIndex index = gazetteer.names(level);
        int longest = Math.min(index.maxWords(), end - lo);
        for (int k = 1; k <= longest; k++) {
            int s = end - k;
            Vocabulary.TypeWord type = typeOf(level, lo, s, end);
            if (type == null && !untypedAllowed(level, lo, s, end)) {
                continue;
            }
            String key = words.foldKey(s, end);
            List<NameIndex.Entry> current = index.named(key).stream().filter(e -> scope.admits(e.unit())).toList();
            if (!current.isEmpty()) {
                found.add(current(level, s, end, type, current));
                continue;
            }
            List<NameIndex.Former> formers = index.formerlyNamed(key).stream()
                    .filter(f -> scope.admits(f.districts(), f.name().provinceCode(), level)).toList();
            if (!formers.isEmpty()) {
                found.add(former(level, s, end, type, formers));
            }
        }
        if (found.isEmpty() && typosAllowed(level, scope)) {
            for (int k = 1; k <= longest; k++) {
                int s = end - k;
                Vocabulary.TypeWord type = typeOf(level, lo, s, end);
                if (type == null && (!words.opensSegment(s) || !untypedAllowed(level, lo, s, end))) {
                    continue; // an untyped typo must stand alone in its segment: not a guess inside a street name
                }
                String key = words.foldKey(s, end);
                if (namesAnotherLevel(level, key, scope)) {
                    continue; // "Đống Đa" is a district as written: no commune one letter away is read into it
                }
                List<NameIndex.Entry> near = index.oneEditFrom(key).stream()
                        .filter(e -> scope.admits(e.unit())).toList();
                if (!near.isEmpty()) {
                    found.add(typo(level, s, end, type, near));
                }
            }
        }
        return found;
    }

    private boolean namesAnotherLevel(UnitLevel level, String key, Scope scope) {
        Scope provinces = new Scope(scope.provinces(), null);
        for (UnitLevel other : UnitLevel.values()) {
            if (other != level && gazetteer.names(other).named(key).stream()
                    .anyMatch(e -> other == UnitLevel.PROVINCE || provinces.admits(e.unit()))) {
                return true;
            }
        }
        return false;
    }

    private Vocabulary.TypeWord typeOf(UnitLevel level, int lo, int s, int end) {
        return Vocabulary.typeBefore(words, lo, s, level, end - s == 1 && words.isNumber(s));
    }

    private boolean untypedAllowed(UnitLevel level, int lo, int s, int end) {
        if (Vocabulary.otherTypeBefore(words, lo, s, level) || Vocabulary.claimedByType(words, lo, s, level)) {
            return false;
        }
        // In free text a bare number is a house number, and a commune or district name after one is a street
        // ("12 Lê Lợi", "12 Hai Bà Trưng"); a province name after one is not ("P3 Q10 HCM").
        return !address || level == UnitLevel.PROVINCE
                || !(words.startsWithDigit(s) && end - s == 1) && !Vocabulary.streetBefore(words, lo, s);
    }

    private static boolean typosAllowed(UnitLevel level, Scope scope) {
        return switch (level) {
            case PROVINCE -> true;
            case DISTRICT -> scope.provinces() != null;
            case COMMUNE -> !scope.isCountry();
        };
    }

    private Found current(UnitLevel level, int s, int end, Vocabulary.TypeWord type, List<NameIndex.Entry> entries) {
        List<MatchNote> notes = new ArrayList<>(1);
        int penalty = 0;
        List<NameIndex.Entry> chosen = entries;
        if (diacritics) {
            String tone = words.toneKey(s, end);
            List<NameIndex.Entry> exact = entries.stream().filter(e -> e.toneKey().equals(tone)).toList();
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
            List<Unit> sameType = units.stream().filter(u -> u.type().equals(type.type())).toList();
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

    private Found former(UnitLevel level, int s, int end, Vocabulary.TypeWord type, List<NameIndex.Former> formers) {
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

    private Found typo(UnitLevel level, int s, int end, Vocabulary.TypeWord type, List<NameIndex.Entry> near) {
        List<Unit> units = units(near);
        if (type != null) {
            List<Unit> sameType = units.stream().filter(u -> u.type().equals(type.type())).toList();
            units = sameType.isEmpty() ? units : sameType;
        }
        String written = words.written(s, end);
        MatchNote note = new MatchNote(MatchNote.Kind.TYPO, units.size() == 1
                ? "typo: '" + written + "' read as " + names(units) + " (one letter differs)"
                : "typo: '" + written + "' is one letter from each of " + names(units));
        return new Found(level, type == null ? s : type.start(), end, units, Found.TYPO, type != null, List.of(note));
    }

    private static List<Unit> units(List<NameIndex.Entry> entries) {
        Set<Unit> units = new LinkedHashSet<>();
        entries.forEach(e -> units.add(e.unit()));
        return List.copyOf(units);
    }

    static String names(List<Unit> units) {
        return units.stream().map(Unit::fullName).distinct().collect(Collectors.joining(", "));
    }
}
