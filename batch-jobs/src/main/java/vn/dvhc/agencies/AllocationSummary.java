package vn.dvhc.agencies;

import java.util.List;

/**
 * What an {@code agencies allocate} run proposed: codes per province, and the communes left for a person to code
 * because the pattern gave a code the register already holds. Stored in the job's execution context.
 */
public record AllocationSummary(long executionId, String register, String output, String pattern, String release,
                                int proposed, int unresolved, List<Province> provinces) {

    /** Proposals of one new province under the level-1 code its People's Committee uses. */
    public record Province(String code, String level1, int communes, int alreadyCovered, int proposed,
                           int unresolved) {
    }
}
