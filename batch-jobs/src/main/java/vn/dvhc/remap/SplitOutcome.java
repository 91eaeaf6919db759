package vn.dvhc.remap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import vn.dvhc.common.WorklistWriter;
import vn.dvhc.domain.split.RuleUsage;
import vn.dvhc.domain.split.SplitRule;
import vn.dvhc.domain.split.SplitRules;
import vn.dvhc.domain.split.Worklist;
import vn.dvhc.domain.split.WorklistEntry;

/**
 * At the merge: the split section of the summary from the partitions' counters, and the worklist written from
 * them (whole or not at all). Run again after a kill, it gives the same file and the same summary.
 */
final class SplitOutcome {

    private SplitOutcome() {
    }

    /** Null in a run without the split options of spec §5b. */
    static RemapSummary.Splits of(RemapSettings settings, RemapTable table, RemapCounts total) {
        SplitOptions options = settings.splits();
        if (!settings.resolvesSplits() && options.worklist() == null) {
            return null;
        }
        SplitTally tally = total.splits;
        List<String> unused = new ArrayList<>();
        if (options.rules() != null) {
            SplitRules rules = SplitResolver.rules(settings, table);
            long[] counts = Arrays.copyOf(tally.ruleRows, rules.rules().size());
            for (SplitRule rule : RuleUsage.of(rules, counts).unused()) {
                unused.add(rule.basis() + ": " + rule.oldCommuneCode() + " " + rule.match() + " → " + rule.newCommuneCode());
            }
        }
        long lines = 0;
        if (options.worklist() != null) {
            Worklist worklist = new Worklist();
            for (Map.Entry<String, Long> open : tally.open.entrySet()) {
                int tab = open.getKey().indexOf('\t');
                RemapTable.Entry entry = table.commune(Integer.parseInt(open.getKey().substring(0, tab)));
                worklist.add(entry.conversion, open.getKey().substring(tab + 1), open.getValue());
            }
            List<WorklistEntry> entries = worklist.entries();
            WorklistWriter.write(options.worklist(), entries);
            lines = entries.size();
        }
        return new RemapSummary.Splits(total.status[RemapCounts.RESOLVED] - tally.byRule, tally.byRule, tally.conflicts,
                total.status[RemapCounts.SPLIT] + total.reasons[RejectReason.SPLIT.ordinal()],
                options.rules() == null ? null : options.rules().toString(), unused,
                options.worklist() == null ? null : options.worklist().toString(), lines);
    }
}
