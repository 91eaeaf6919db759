package vn.dvhc.catalog;

import java.time.LocalDate;

/**
 * What the operator asked of an import.
 *
 * @param releaseId     the id to create (nso-conversion, gso-units) or the release to pick from a bundle; may be null
 * @param effective     puts the release on the chain from this date; may be null
 * @param predecessor   the release the mapping starts from; null: the one in force the day before
 * @param replace       replace an existing release with different content
 * @param allowUnmapped import even when old units map nowhere (reported as warnings)
 * @param builtIn       the product's own releases, installed by a migration
 */
public record ImportOptions(String releaseId, LocalDate effective, String predecessor, boolean replace,
                            boolean allowUnmapped, boolean builtIn) {

    public static ImportOptions builtInReleases() {
        return new ImportOptions(null, null, null, false, false, true);
    }
}
