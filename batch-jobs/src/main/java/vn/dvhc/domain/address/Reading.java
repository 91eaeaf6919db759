package vn.dvhc.domain.address;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One way to read a text: a province, a district and a commune, each found or absent. Readings compare by how
 * much they explain, so the best one is the one a careful person would take: the most levels recognised (a commune
 * read into the last word of "Lâm Đồng" explains less than the province), then a commune found, then the least
 * bending (diacritics, types, history, typos), then the most words used.
 */
record Reading(Found province, Found district, Found commune) {

    /** Best first. */
    static final Comparator<Reading> BEST_FIRST = Comparator.comparingInt(Reading::levels).reversed()
            .thenComparing(Comparator.comparing((Reading r) -> r.commune() != null).reversed())
            .thenComparingInt(Reading::penalty)
            .thenComparing(Comparator.comparingInt(Reading::wordsUsed).reversed());

    /** Levels recognised (a written but unrecognised district does not count). */
    int levels() {
        return count(province) + count(district) + count(commune);
    }

    int penalty() {
        return penalty(province) + penalty(district) + penalty(commune);
    }

    int wordsUsed() {
        return used(province) + used(district) + used(commune);
    }

    /** True when both readings rank the same. */
    boolean ties(Reading other) {
        return BEST_FIRST.compare(this, other) == 0;
    }

    /** The notes of its parts, province first (the order they were read in). */
    List<MatchNote> notes() {
        List<MatchNote> notes = new ArrayList<>();
        for (Found part : new Found[]{province, district, commune}) {
            if (part != null) {
                notes.addAll(part.notes());
            }
        }
        return notes;
    }

    /** The first word of the leftmost part found, or -1 when nothing was found. */
    int firstWord() {
        int first = -1;
        for (Found part : new Found[]{province, district, commune}) {
            if (part != null && (first < 0 || part.start() < first)) {
                first = part.start();
            }
        }
        return first;
    }

    private static int count(Found part) {
        return part != null && part.recognised() ? 1 : 0;
    }

    private static int penalty(Found part) {
        return part == null ? 0 : part.penalty();
    }

    private static int used(Found part) {
        return part == null ? 0 : part.end() - part.start();
    }
}
