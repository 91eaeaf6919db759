package vn.dvhc.remap;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.dvhc.common.Sha256;
import vn.dvhc.common.SplitRulesReader;
import vn.dvhc.domain.Conversion;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.split.CommuneLookup;
import vn.dvhc.domain.split.HamletText;
import vn.dvhc.domain.split.SplitResolution;
import vn.dvhc.domain.split.SplitRule;
import vn.dvhc.domain.split.SplitRules;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * The rows of split communes that the law left open (spec §5b): a province's rules decide them by the words of
 * the row's text, and what stays split is counted for the worklist, by old commune and hamlet or street text. One
 * per partition; the rules are immutable, the counts go to the block's {@link SplitTally}.
 */
final class SplitResolver {

    /**
     * The columns a row gets instead of its entry's, its status, the new province it counts for and the new commune
     * it goes to (its code as a number; -1 when it stays split).
     */
    record Decision(byte[] suffix, byte status, int province, int commune) {
    }

    private final RemapTable table;
    private final OnSplit onSplit;
    private final SplitRules rules;
    private final boolean worklist;
    private final Map<SplitRule, Integer> index = new HashMap<>();
    private final Map<SplitRule, Decision> decisions = new HashMap<>();

    private SplitResolver(RemapTable table, OnSplit onSplit, SplitRules rules, boolean worklist) {
        this.table = table;
        this.onSplit = onSplit;
        this.rules = rules;
        this.worklist = worklist;
        if (rules != null) {
            for (SplitRule rule : rules.rules()) {
                index.put(rule, index.size());
                RemapTable.Entry entry = table.commune(Integer.parseInt(rule.oldCommuneCode()));
                Unit target = entry.conversion.candidates().stream().map(Conversion.Candidate::unit)
                        .filter(u -> u.code().equals(rule.newCommuneCode())).findFirst().orElseThrow();
                decisions.put(rule, new Decision(table.splitSuffix(entry, target, true, rule.basis(), rule.note()),
                        RemapCounts.RESOLVED, Integer.parseInt(target.provinceCode()), Integer.parseInt(target.code())));
            }
        }
    }

    /** The resolver of a run, or null without {@code --split-rules} and {@code --split-worklist}. */
    static SplitResolver of(RemapSettings settings, RemapTable table) {
        SplitOptions splits = settings.splits();
        if (!splits.readsText()) {
            return null;
        }
        return new SplitResolver(table, settings.onSplit(), splits.rules() == null ? null : rules(settings, table),
                splits.worklist() != null);
    }

    /**
     * Reads and checks {@code --split-rules} against the table's communes: a bad line is an input error (exit 3)
     * naming the file and the line. The file must still be the one the run started with.
     */
    static SplitRules rules(RemapSettings settings, RemapTable table) {
        Path file = settings.splits().rules();
        if (!Sha256.of(file).equals(settings.splits().rulesSha256())) {
            throw new DvhcException(ErrorCode.INPUT_MALFORMED, "the split rules changed since this run started",
                    Location.of(file), "put the original file back, or run again with --rerun");
        }
        return SplitRulesReader.read(file, communes(table));
    }

    static CommuneLookup communes(RemapTable table) {
        return code -> {
            RemapTable.Entry entry = table.commune(Integer.parseInt(code));
            return entry == null || entry.status == RemapTable.NONE ? null : entry.conversion;
        };
    }

    /**
     * A row of a split commune the law did not decide.
     *
     * @param text the row's match text (its address), or null when the file has none
     * @return the row's columns, or null to keep those of its entry (left split, no conflict)
     */
    Decision resolve(RemapTable.Entry entry, String text, SplitTally tally) {
        if (rules != null) {
            SplitResolution resolution = rules.resolve(entry.old.code(), text);
            for (SplitRule rule : resolution.matched()) {
                tally.matched(index.get(rule), index.size());
            }
            if (resolution.outcome() == SplitResolution.Outcome.RESOLVED) {
                Decision decision = decisions.get(resolution.matched().get(0));
                tally.resolvedByRule(decision.province());
                return decision;
            }
            if (resolution.outcome() == SplitResolution.Outcome.CONFLICT) {
                tally.conflicts++;
                leftOpen(entry, text, tally);
                return entry.suffix == null ? null : new Decision(table.splitSuffix(entry, defaultUnit(entry), false, "",
                        resolution.conflict()), RemapCounts.SPLIT, entry.newProvince, -1);
            }
        }
        leftOpen(entry, text, tally);
        return null;
    }

    private void leftOpen(RemapTable.Entry entry, String text, SplitTally tally) {
        if (worklist) {
            tally.leftOpen(entry.old.code(), text == null ? "" : HamletText.of(SplitText.beforeUnits(text, entry.old)));
        }
    }

    private Unit defaultUnit(RemapTable.Entry entry) {
        Conversion.Candidate chosen = onSplit == OnSplit.DEFAULT ? entry.conversion.defaultCandidate() : null;
        return chosen == null ? null : chosen.unit();
    }

    /** The rules in file order, for the summary; empty without rules. */
    List<SplitRule> rules() {
        return rules == null ? List.of() : rules.rules();
    }
}
