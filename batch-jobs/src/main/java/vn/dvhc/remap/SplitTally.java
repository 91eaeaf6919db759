package vn.dvhc.remap;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.dvhc.common.Json;

/**
 * What the split rules and the worklist counted in a partition, kept with its other counters at every commit, so
 * that a restarted partition goes on from its last commit and the merge adds the partitions up in any order.
 * Empty (and not saved) in a run without {@code --split-rules} or {@code --split-worklist}.
 */
final class SplitTally {

    private static final String PREFIX = "remap.split.";

    /** Rows a rule resolved, in all and by the new province they went to. */
    long byRule;
    long[] byRuleInProvince = new long[100];
    /** Rows where rules with different targets matched: left split. */
    long conflicts;
    /** Rows matched per rule, in file order (empty until a rule matches). */
    long[] ruleRows = new long[0];
    /** Rows left split, by old commune code + TAB + hamlet or street text as written; sorted, so saved alike. */
    final Map<String, Long> open = new TreeMap<>();

    void resolvedByRule(int province) {
        byRule++;
        byRuleInProvince[province]++;
    }

    void matched(int rule, int rules) {
        if (ruleRows.length < rules) {
            ruleRows = Arrays.copyOf(ruleRows, rules);
        }
        ruleRows[rule]++;
    }

    void leftOpen(String oldCode, String text) {
        open.merge(oldCode + '\t' + text, 1L, Long::sum);
    }

    void add(SplitTally other) {
        byRule += other.byRule;
        for (int p = 0; p < byRuleInProvince.length; p++) {
            byRuleInProvince[p] += other.byRuleInProvince[p];
        }
        conflicts += other.conflicts;
        if (ruleRows.length < other.ruleRows.length) {
            ruleRows = Arrays.copyOf(ruleRows, other.ruleRows.length);
        }
        for (int i = 0; i < other.ruleRows.length; i++) {
            ruleRows[i] += other.ruleRows[i];
        }
        other.open.forEach((key, rows) -> open.merge(key, rows, Long::sum));
    }

    boolean isEmpty() {
        return byRule == 0 && conflicts == 0 && ruleRows.length == 0 && open.isEmpty();
    }

    void save(ExecutionContext context) {
        if (isEmpty()) {
            return;
        }
        context.putString(PREFIX + "tally", Json.write(new Saved(byRule, byRuleInProvince, conflicts, ruleRows,
                open)));
    }

    void load(ExecutionContext context) {
        if (!context.containsKey(PREFIX + "tally")) {
            return;
        }
        Saved saved = Json.read(context.getString(PREFIX + "tally"), Saved.class);
        byRule = saved.byRule();
        byRuleInProvince = saved.byRuleInProvince().clone();
        conflicts = saved.conflicts();
        ruleRows = saved.ruleRows().clone();
        open.putAll(saved.open());
    }

    /** The form kept in the execution context. */
    record Saved(long byRule, long[] byRuleInProvince, long conflicts, long[] ruleRows, Map<String, Long> open) {
    }
}
