package vn.dvhc.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which remap runs are runs of the same dataset, so that the report counts each dataset once, by its latest run.
 * Two runs are of one dataset when they have the same rows (the content identity: re-running, re-encoding or
 * copying a file) or the same {@code --dataset} name (a corrected or newer extract of one register), and so on
 * transitively. Runs stored before datasets were recorded have neither and count by their input file, as they did.
 */
final class Datasets {

    /** A stored remap run as far as datasets go; {@code name} and {@code rowsSha256} may be null. */
    record Run(long executionId, String name, String rowsSha256, String inputFile) {

        List<String> keys() {
            List<String> keys = new ArrayList<>(2);
            if (name != null) {
                keys.add("name:" + name);
            }
            if (rowsSha256 != null) {
                keys.add("rows:" + rowsSha256);
            }
            if (keys.isEmpty()) {
                keys.add("file:" + inputFile);
            }
            return keys;
        }
    }

    private Datasets() {
    }

    /** For each run's execution id, the latest run (highest execution id) of its dataset. */
    static Map<Long, Long> latest(List<Run> runs) {
        Map<Long, Long> parent = new HashMap<>();
        Map<String, Long> firstWithKey = new HashMap<>();
        for (Run run : runs) {
            parent.put(run.executionId(), run.executionId());
            for (String key : run.keys()) {
                Long other = firstWithKey.putIfAbsent(key, run.executionId());
                if (other != null) {
                    union(parent, other, run.executionId());
                }
            }
        }
        Map<Long, Long> latestOfRoot = new HashMap<>();
        for (Run run : runs) {
            latestOfRoot.merge(root(parent, run.executionId()), run.executionId(), Math::max);
        }
        Map<Long, Long> latest = new HashMap<>();
        for (Run run : runs) {
            latest.put(run.executionId(), latestOfRoot.get(root(parent, run.executionId())));
        }
        return latest;
    }

    private static long root(Map<Long, Long> parent, long id) {
        long root = id;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<Long, Long> parent, long a, long b) {
        long ra = root(parent, a);
        long rb = root(parent, b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }
}
