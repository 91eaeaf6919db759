package vn.dvhc.domain;

import java.util.List;

/**
 * Where one old unit went along a chain of releases: every candidate, whether it was split, and the code
 * correction applied, if any. No candidate at all means the unit was abolished without a successor (a
 * district) or the mapping has a gap.
 *
 * @param alias the correction through which the code was read (06978 → 06970), or null
 */
public record Conversion(Unit old, List<Candidate> candidates, boolean split, CodeAlias alias) {

    public Conversion {
        candidates = List.copyOf(candidates);
    }

    /** One possible new unit, with the official note of the pair and why it is (or is not) the default. */
    public record Candidate(Unit unit, boolean isDefault, String note, String defaultBasis) {
    }

    /** The release's default candidate of a split unit, or the only candidate; null when there is none. */
    public Candidate defaultCandidate() {
        if (!split) {
            return candidates.size() == 1 ? candidates.get(0) : null;
        }
        return candidates.stream().filter(Candidate::isDefault).findFirst().orElse(null);
    }
}
