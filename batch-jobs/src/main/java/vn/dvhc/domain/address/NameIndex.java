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

    /** What one folded key names: units under their names now, and historical names (one look-up for both). */
    record Bucket(List<Entry> names, List<Former> formers) {
    }

    private final Map<String, Bucket> buckets = new HashMap<>();
    // One-deletion variants → an Entry, or a List<Entry> when several share it (most have one: no list per key).
    private final Map<String, Object> deletions = new HashMap<>(1 << 17);
    private final Map<String, List<Entry>> shortened = new HashMap<>();
    private int maxWords = 1;

    /** Files a unit under a spelling; {@code correctable} spellings also take typos. */
    void add(Unit unit, String spelling, boolean correctable) {
        Words words = Words.of(spelling);
        if (words.size() == 0) {
            return;
        }
        String fold = words.foldKey(0, words.size());
        Entry entry = new Entry(unit, words.toneKey(0, words.size()), fold);
        List<Entry> list = bucket(fold).names();
        for (Entry e : list) {
            if (e.unit().equals(unit) && e.toneKey().equals(entry.toneKey())) {
                return;
            }
        }
        list.add(entry);
        maxWords = Math.max(maxWords, words.size() + 1); // + 1: a typo may split a word
        if (correctable && words.size() > 1 && words.foldLength(words.size() - 1, words.size()) <= 2) {
            // "Long Điền" for Long Điền A: a final letter or number left out is as close as a typo.
            shortened.computeIfAbsent(words.foldKey(0, words.size() - 1), k -> new ArrayList<>(2)).add(entry);
        }
        if (correctable && fold.length() >= MIN_TYPO_LENGTH && !numbered(fold) && Numerals.inDigits(spelling) == null) {
            file(fold, entry);
            StringBuilder variant = new StringBuilder(fold.length());
            for (int i = 0; i < fold.length(); i++) {
                variant.setLength(0);
                file(variant.append(fold, 0, i).append(fold, i + 1, fold.length()).toString(), entry);
            }
        }
    }

    void addFormer(HistoricalName name, List<Unit> successors, Set<String> districts) {
        Words words = Words.of(name.name());
        if (words.size() == 0 || successors.isEmpty()) {
            return;
        }
        Former former = new Former(name, words.toneKey(0, words.size()), List.copyOf(successors), Set.copyOf(districts));
        bucket(words.foldKey(0, words.size())).formers().add(former);
        maxWords = Math.max(maxWords, words.size() + 1);
    }

    /** The longest phrase, in words, worth looking up. */
    int maxWords() {
        return maxWords;
    }

    /** What the key names, or null. */
    Bucket get(String foldKey) {
        return buckets.get(foldKey);
    }

    /** Units now bearing the name (not historical names). */
    List<Entry> named(String foldKey) {
        Bucket bucket = buckets.get(foldKey);
        return bucket == null ? List.of() : bucket.names();
    }

    private Bucket bucket(String fold) {
        return buckets.computeIfAbsent(fold, k -> new Bucket(new ArrayList<>(1), new ArrayList<>(0)));
    }

    /**
     * Entries whose key is exactly one edit (insertion, deletion, substitution, transposition) from the key, or the
     * key with a final word of one or two characters ({@code A}, {@code 2}) added.
     */
    List<Entry> oneEditFrom(String foldKey) {
        if (foldKey.length() < MIN_TYPO_LENGTH - 1 || numbered(foldKey)) {
            return List.of();
        }
        List<Entry> found = new ArrayList<>(2);
        for (Entry entry : shortened.getOrDefault(foldKey, List.of())) {
            if (!found.contains(entry)) {
                found.add(entry);
            }
        }
        collect(foldKey, deletions.get(foldKey), found);
        for (int i = 0; i < foldKey.length(); i++) {
            collect(foldKey, deletions.get(foldKey.substring(0, i) + foldKey.substring(i + 1)), found);
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private void file(String variant, Entry entry) {
        Object filed = deletions.putIfAbsent(variant, entry);
        if (filed instanceof Entry one && one != entry) {
            List<Entry> several = new ArrayList<>(2);
            several.add(one);
            several.add(entry);
            deletions.put(variant, several);
        } else if (filed instanceof List<?> list && !list.contains(entry)) {
            ((List<Entry>) list).add(entry);
        }
    }

    private static void collect(String key, Object filed, List<Entry> found) {
        if (filed instanceof Entry entry) {
            collect(key, entry, found);
        } else if (filed instanceof List<?> list) {
            list.forEach(e -> collect(key, (Entry) e, found));
        }
    }

    private static void collect(String key, Entry entry, List<Entry> found) {
        if (!found.contains(entry) && Edits.isOneEdit(key, entry.foldKey())) {
            found.add(entry);
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
