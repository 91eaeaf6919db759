package vn.dvhc.domain.split;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How many rows each rule of a {@link SplitRules} matched, so that a summary can list the rules never used (a
 * typo in a hamlet's name, a commune the file did not contain). A rule that matched only rows where rules
 * conflicted still counts as used: it did match. Thread-safe; partitions may keep their own and {@link #add} them.
 */
public final class RuleUsage {

    private final SplitRules rules;
    private final AtomicLongArray counts;

    public RuleUsage(SplitRules rules) {
        this.rules = rules;
        this.counts = new AtomicLongArray(rules.rules().size());
    }

    /** Usage as {@link #counts()} returned it, e.g. from a restarted step's saved state. */
    public static RuleUsage of(SplitRules rules, long[] counts) {
        if (counts.length != rules.rules().size()) {
            throw new IllegalArgumentException(counts.length + " counts for " + rules.rules().size() + " rules");
        }
        RuleUsage usage = new RuleUsage(rules);
        for (int i = 0; i < counts.length; i++) {
            usage.counts.set(i, counts[i]);
        }
        return usage;
    }

    /** Counts one row for every rule that matched it. */
    public void record(SplitResolution resolution) {
        for (SplitRule rule : resolution.matched()) {
            counts.incrementAndGet(rules.indexOf(rule));
        }
    }

    /** Adds the counts of another usage of the same rules. */
    public void add(RuleUsage other) {
        if (other.rules != rules) {
            throw new IllegalArgumentException("usage of another set of rules");
        }
        for (int i = 0; i < counts.length(); i++) {
            counts.addAndGet(i, other.counts.get(i));
        }
    }

    /** Rows matched per rule, in the order of {@link SplitRules#rules()}. */
    public long[] counts() {
        long[] copy = new long[counts.length()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = counts.get(i);
        }
        return copy;
    }

    /** The rules that matched no row, in file order. */
    public List<SplitRule> unused() {
        List<SplitRule> unused = new ArrayList<>();
        for (int i = 0; i < counts.length(); i++) {
            if (counts.get(i) == 0) {
                unused.add(rules.rules().get(i));
            }
        }
        return unused;
    }
}
