package vn.dvhc.domain.split;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.dvhc.domain.Conversion;

/**
 * What is still open after the law and the rules: the rows left split, one entry per (old commune, hamlet or
 * street text). Texts are the same when their words are ({@code Thôn 1}, {@code THON 01}); an entry shows the
 * spelling most of its rows use (on a tie, the one with fewest capitals inside words, so not {@code THÔN CỔ BI},
 * then the first in code-point order). The entries do not depend on the order
 * rows were added in, so partitions may keep their own worklists and {@link #add} them. Thread-safe.
 */
public final class Worklist {

    private final Map<String, Group> groups = new HashMap<>();

    /**
     * Counts one row left split.
     *
     * @param conversion the row's old commune, with its candidates
     * @param text       its hamlet or street text ({@link HamletText#of}); null or blank for none
     */
    public void add(Conversion conversion, String text) {
        add(conversion, text, 1);
    }

    /** Counts {@code rows} rows left split with the same text, e.g. as a partition of a remap counted them. */
    public synchronized void add(Conversion conversion, String text, long rows) {
        String spelling = text == null ? "" : text.strip();
        String key = conversion.old().code() + " " + Words.key(spelling);
        groups.computeIfAbsent(key, k -> new Group(conversion)).count(spelling, rows);
    }

    /** Adds the rows of another worklist. */
    public void add(Worklist other) {
        Map<String, Group> copy;
        synchronized (other) {
            copy = new HashMap<>(other.groups);
        }
        synchronized (this) {
            copy.forEach((key, group) -> {
                Group mine = groups.computeIfAbsent(key, k -> new Group(group.conversion));
                group.spellings.forEach((spelling, rows) -> mine.count(spelling, rows));
            });
        }
    }

    /** The entries by old commune code, then most rows first, then text. */
    public synchronized List<WorklistEntry> entries() {
        List<WorklistEntry> entries = new ArrayList<>();
        for (Group group : groups.values()) {
            entries.add(new WorklistEntry(group.conversion.old(), group.spelling(), group.rows,
                    group.conversion.candidates().stream().map(Conversion.Candidate::unit).toList()));
        }
        entries.sort(Comparator.comparing((WorklistEntry e) -> e.oldCommune().code())
                .thenComparing(WorklistEntry::rows, Comparator.reverseOrder())
                .thenComparing(e -> Words.key(e.text())));
        return entries;
    }

    /** The rows of one old commune and one text, by spelling. */
    private static final class Group {
        private final Conversion conversion;
        private final Map<String, Long> spellings = new HashMap<>();
        private long rows;

        Group(Conversion conversion) {
            this.conversion = conversion;
        }

        void count(String spelling, long n) {
            spellings.merge(spelling, n, Long::sum);
            rows += n;
        }

        String spelling() {
            return spellings.entrySet().stream()
                    .min(Map.Entry.<String, Long>comparingByValue().reversed()
                            .thenComparing(e -> innerCapitals(e.getKey()))
                            .thenComparing(Map.Entry.<String, Long>comparingByKey()))
                    .map(Map.Entry::getKey).orElse("");
        }

        private static int innerCapitals(String text) {
            int count = 0;
            for (int i = 1; i < text.length(); i++) {
                if (Character.isUpperCase(text.charAt(i)) && Character.isLetter(text.charAt(i - 1))) {
                    count++;
                }
            }
            return count;
        }
    }
}
