package vn.dvhc.catalog;

import java.time.LocalDate;
import java.util.List;

import vn.dvhc.domain.CodeAlias;
import vn.dvhc.domain.Unit;

/**
 * The answer of {@code reference lookup}: for a code, where the unit went; for a name, every unit it may mean
 * in the starting and in the target release.
 *
 * @param more matches left out beyond the limit
 */
public record LookupResult(String query, String from, String to, LocalDate asOf, List<Entry> entries, int more) {

    public LookupResult {
        entries = List.copyOf(entries);
    }

    /** What became of a unit. */
    public enum Status {
        /** One new unit. */
        MAPPED,
        /** Divided: every candidate is listed; nothing is guessed. */
        SPLIT,
        /** No successor (a district: its communes are listed instead). */
        ABOLISHED,
        /** A unit of the target release itself, with what it was formed from. */
        CURRENT,
        /** The code is no code of the starting release. */
        UNKNOWN
    }

    /**
     * One unit and its fate.
     *
     * @param release   the release the unit belongs to
     * @param parents   the names of its district and province, innermost first
     * @param alias     the correction the code was read through, or null
     * @param targets   new units (MAPPED, SPLIT) or, for an abolished district, its communes' new units
     * @param formedFrom for CURRENT: the old units it was formed from
     * @param remarks   re-used codes, other releases knowing the code, …
     */
    public record Entry(String release, Unit unit, List<String> parents, Status status, CodeAlias alias,
                        List<Target> targets, List<Target> formedFrom, List<String> remarks) {

        public Entry {
            parents = List.copyOf(parents);
            targets = List.copyOf(targets);
            formedFrom = List.copyOf(formedFrom);
            remarks = List.copyOf(remarks);
        }
    }

    /** A unit on the other side of a mapping, with the province it lies in and the official note. */
    public record Target(Unit unit, String provinceName, boolean isDefault, String note, String defaultBasis) {
    }
}
