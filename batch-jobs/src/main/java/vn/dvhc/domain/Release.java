package vn.dvhc.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A dated state of the unit lists (spec §4). Releases form chains through their predecessors; a release with
 * an effective date is in force from that date on its chain, one without is kept beside the chain (for
 * comparison) and is only used when named.
 *
 * @param effectiveDate null for a chain's root (in force before its successor) or for a side release
 * @param format        the import format it came from: {@code bundle}, {@code nso-conversion}, {@code gso-units}
 */
public record Release(String id, String title, String predecessorId, LocalDate effectiveDate, String format,
                      boolean builtIn, Instant importedAt, List<SourceFile> sources) {

    public Release {
        sources = List.copyOf(sources);
    }

    public boolean isRoot() {
        return predecessorId == null;
    }
}
