package vn.dvhc.domain.address;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.dvhc.domain.HistoricalName;
import vn.dvhc.domain.Unit;

/**
 * The names of one level, by folded key: the units' own names and their spelling variants, the historical names,
 * and every key with one character deleted, so that a name one edit away from a written one is found with a few
 * hash look-ups (the symmetric-deletion method) instead of a scan.
 */
final class NameIndex {

    /** Names shorter than this are never corrected: Phường 1 is one edit from Phường 7, Hà Nam from Hà Năm. */
    static final int MIN_TYPO_LENGTH = 5;

    /** A unit under one spelling. */
    record Entry(Unit unit, String toneKey, String foldKey) {
    }

    /** A historical name and the units that hold it now, filed under the districts where it is looked for. */
    record Former(HistoricalName name, String toneKey, List<Unit> successors, Set<String> districts) {
    }

    private final Map<String, List<Entry>> names = new HashMap<>();
    private final Map<String, List<Former>> formers = new HashMap<>();
    private final Map<String, List<Entry>> deletions = new HashMap<>();
    private int maxWords = 1;

    /** Files a unit under a spelling; {@code correctable} spellings also take typos. */
    void add(Unit unit, String spelling, boolean correctable) {
        Words words = Words.of(spelling);
        if (words.size() == 0) {
            return;
        }
        String fold = words.foldKey(0, words.size());
        Entry entry = new Entry(unit, words.toneKey(0, words.size()), fold);
        List<Entry> list = names.computeIfAbsent(fold, k -> new ArrayList<>(1));
        if (list.stream().anyMatch(e -> e.unit().equals(unit) && e.toneKey().equals(entry.toneKey()))) {
            return;
        }
        list.add(entry);
        maxWords = Math.max(maxWords, words.size() + 1); // + 1: a typo may split a word
        if (correctable && fold.length() >= MIN_TYPO_LENGTH && !numbered(fold) && Numerals.inDigits(spelling) == null) {
            deletions.computeIfAbsent(fold, k -> new ArrayList<>(1)).add(entry);
            for (int i = 0; i < fold.length(); i++) {
                String variant = fold.substring(0, i) + fold.substring(i + 1);
                List<Entry> near = deletions.computeIfAbsent(variant, k -> new ArrayList<>(1));
                if (!near.contains(entry)) {
                    near.add(entry);
                }
            }
        }
    }

    void addFormer(HistoricalName name, List<Unit> successors, Set<String> districts) {
        Words words = Words.of(name.name());
        if (words.size() == 0 || successors.isEmpty()) {
            return;
        }
        formers.computeIfAbsent(words.foldKey(0, words.size()), k -> new ArrayList<>(1))
                .add(new Former(name, words.toneKey(0, words.size()), List.copyOf(successors), Set.copyOf(districts)));
        maxWords = Math.max(maxWords, words.size() + 1);
    }

    /** The longest phrase, in words, worth looking up. */
    int maxWords() {
        return maxWords;
    }

    List<Entry> named(String foldKey) {
        return names.getOrDefault(foldKey, List.of());
    }

    List<Former> formerlyNamed(String foldKey) {
        return formers.getOrDefault(foldKey, List.of());
    }

    /** Entries whose key is exactly one edit (insertion, deletion, substitution, transposition) from the key. */
    List<Entry> oneEditFrom(String foldKey) {
        if (foldKey.length() < MIN_TYPO_LENGTH - 1 || numbered(foldKey)) {
            return List.of();
        }
        List<Entry> found = new ArrayList<>(2);
        collect(foldKey, deletions.get(foldKey), found);
        for (int i = 0; i < foldKey.length(); i++) {
            collect(foldKey, deletions.get(foldKey.substring(0, i) + foldKey.substring(i + 1)), found);
        }
        return found;
    }

    private static void collect(String key, List<Entry> entries, List<Entry> found) {
        if (entries == null) {
            return;
        }
        for (Entry entry : entries) {
            if (!found.contains(entry) && Edits.isOneEdit(key, entry.foldKey())) {
                found.add(entry);
            }
        }
    }

    /**
     * True when a name carries a number (Cổ Nhuế 1): one edit turns it into its sibling, so such names, and those
     * ending in a Roman numeral (Tam Xuân II), are never corrected.
     */
    static boolean numbered(String key) {
        int from = 0;
        while (from < key.length()) {
            int to = key.indexOf(' ', from);
            if (to < 0) {
                to = key.length();
            }
            String word = key.substring(from, to);
            if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
                return true;
            }
            from = to + 1;
        }
        return false;
    }
}
