package vn.dvhc.domain.split;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the rules say about one row of a split commune.
 *
 * @param outcome whether a rule decided the row
 * @param matched the rules whose words the row's text holds, by line: for {@code RESOLVED} one or more with the
 *                same target, for {@code CONFLICT} at least two targets, for {@code NO_RULE} none
 */
public record SplitResolution(Outcome outcome, List<SplitRule> matched) {

    /** What the rules decided. */
    public enum Outcome {
        /** Every matching rule names the same new commune. */
        RESOLVED,
        /** No rule matches: the row stays split. */
        NO_RULE,
        /** Rules with different targets match: none of them applies and the row stays split. */
        CONFLICT
    }

    static final SplitResolution NONE = new SplitResolution(Outcome.NO_RULE, List.of());

    public SplitResolution {
        matched = List.copyOf(matched);
    }

    /** The new commune code of a resolved row, else null. */
    public String target() {
        return outcome == Outcome.RESOLVED ? matched.get(0).newCommuneCode() : null;
    }

    /** For the remap's {@code remap_basis}: the first matching rule's file and line; null unless resolved. */
    public String basis() {
        return outcome == Outcome.RESOLVED ? matched.get(0).basis() : null;
    }

    /** The first matching rule's note; null unless resolved. */
    public String note() {
        return outcome == Outcome.RESOLVED ? matched.get(0).note() : null;
    }

    /**
     * For the remap's {@code match_note} of a conflicting row:
     * {@code split rules disagree: rules.csv line 7 → 00103, rules.csv line 9 → 00004}; null otherwise.
     */
    public String conflict() {
        if (outcome != Outcome.CONFLICT) {
            return null;
        }
        return "split rules disagree: " + matched.stream().map(r -> r.basis() + " → " + r.newCommuneCode())
                .collect(Collectors.joining(", "));
    }
}
