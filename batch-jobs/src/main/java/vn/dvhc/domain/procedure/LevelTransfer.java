package vn.dvhc.domain.procedure;

import vn.dvhc.domain.DistrictWording;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies the transfer rules to one part of an old procedure, its catalogue row at one old level, and says who
 * handles it now.
 */
final class LevelTransfer {

    /**
     * Who handles a commune-level procedure when nobody else is named: the commune People's Committee, the body
     * of the commune level of the two-level local government (Luật 72/2025/QH15).
     */
    static final String COMMUNE_COMMITTEE = "Ủy ban nhân dân cấp xã";

    /** How a part was decided. */
    enum Kind { KEPT, RULE, DEFAULT, ABOLISHED, ORPHAN }

    /** One level a part is published at, and by whom; {@code agencyUnknown} when nobody could be named. */
    record Target(Level level, String agency, String agencyCode, boolean agencyUnknown) {
    }

    /** What became of one part; {@code targets} is empty when it was abolished or orphaned. */
    record Outcome(Procedure row, Level from, Kind kind, ProcedureCode code, List<Target> targets, TransferRule rule) {

        boolean published() {
            return !targets.isEmpty();
        }
    }

    private final TransferRules rules;
    private final AgencyCrosswalk crosswalk;
    private final DistrictDefault districtDefault;

    LevelTransfer(TransferRules rules, AgencyCrosswalk crosswalk, DistrictDefault districtDefault) {
        this.rules = rules;
        this.crosswalk = crosswalk;
        this.districtDefault = districtDefault;
    }

    Outcome apply(Procedure row, Level from) {
        Optional<TransferRule> found = rules.find(row.code(), from);
        if (found.isPresent()) {
            TransferRule rule = found.get();
            if (rule.abolishes()) {
                return new Outcome(row, from, Kind.ABOLISHED, row.code(), List.of(), rule);
            }
            ProcedureCode code = rule.newCode() == null ? row.code() : rule.newCode();
            return new Outcome(row, from, Kind.RULE, code, targets(row, from, rule.newLevels(), rule), rule);
        }
        if (from == Level.HUYEN) {
            // Spec §7: an old district-level procedure is moved by a rule, moved by the option, or an orphan.
            return districtDefault == DistrictDefault.ORPHAN
                    ? new Outcome(row, from, Kind.ORPHAN, row.code(), List.of(), null)
                    : new Outcome(row, from, Kind.DEFAULT, row.code(), targets(row, from, List.of(Level.XA), null), null);
        }
        return new Outcome(row, from, Kind.KEPT, row.code(), targets(row, from, List.of(from), null), null);
    }

    private List<Target> targets(Procedure row, Level from, List<Level> levels, TransferRule rule) {
        List<Target> targets = new ArrayList<>(levels.size());
        for (Level to : levels) {
            targets.add(agency(row, from, to, rule));
        }
        return targets;
    }

    // The rule's agency, else the crosswalk's, else the catalogue's own when the level stays and it is not a
    // district body, else the commune People's Committee for Cấp xã. Otherwise nobody is named: the cell stays
    // empty and a warning says so, rather than a guessed department.
    private Target agency(Procedure row, Level from, Level to, TransferRule rule) {
        if (rule != null && !rule.newAgency().isBlank()) {
            return new Target(to, rule.newAgency(), rule.newAgencyCode(), false);
        }
        Optional<AgencyMapping> mapped = crosswalk.find(row.agencyCode(), row.agency());
        if (mapped.isPresent()) {
            return new Target(to, mapped.get().newName(), mapped.get().newCode(), false);
        }
        if (from == to && !DistrictWording.mentions(row.agency())) {
            return new Target(to, row.agency(), row.agencyCode(), false);
        }
        if (to == Level.XA) {
            return new Target(to, COMMUNE_COMMITTEE, "", false);
        }
        return new Target(to, "", "", true);
    }
}
