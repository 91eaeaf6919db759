package vn.dvhc.domain.agency;

import java.util.List;
import java.util.Optional;

import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitKey;

/**
 * What the validator needs to know of the reference catalog: the units in force on the as-of date, and what a unit
 * of an older release became along the release chain. Implemented over the catalog by the job.
 */
public interface UnitHistory {

    /** The id of the release in force on the as-of date. */
    String releaseInForce();

    /** Ids of the releases on the chain up to the one in force, newest first. */
    List<String> releases();

    Optional<Unit> unit(String releaseId, UnitKey key);

    /** The units in force that a unit of an older release became (empty: abolished, like every district). */
    List<Unit> successors(String releaseId, UnitKey key);

    /** The communes (and special zones) of a province in force. */
    List<Unit> communes(String provinceCode);

    /** The first release of the chain, whose province codes are the pre-2025 ones. */
    default String oldestRelease() {
        List<String> all = releases();
        return all.get(all.size() - 1);
    }
}
