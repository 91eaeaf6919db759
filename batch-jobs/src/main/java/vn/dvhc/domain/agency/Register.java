package vn.dvhc.domain.agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;

/**
 * A register being checked: its agencies with their codes read and their units resolved once, what the checks
 * share, and the findings so far.
 */
final class Register {

    private final List<Agency> agencies;
    private final Level1Table table;
    private final UnitHistory units;
    private final LocalDate asOf;
    private final Map<Agency, AgencyCode.Reading> codes = new HashMap<>();
    private final Map<Agency, BoundUnit> bound = new HashMap<>();
    private final Map<Agency, String> unitProblems = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    Register(List<Agency> agencies, Level1Table table, UnitHistory units, LocalDate asOf) {
        this.agencies = List.copyOf(agencies);
        this.table = table;
        this.units = units;
        this.asOf = asOf;
        for (Agency agency : agencies) {
            codes.put(agency, AgencyCode.read(agency.code()));
            if (agency.hasUnit()) {
                resolve(agency);
            }
        }
    }

    private void resolve(Agency agency) {
        String code = agency.unitCode().trim();
        UnitLevel level = UnitLevel.ofCode(code);
        if (level == null) {
            unitProblems.put(agency, "unit code '" + agency.unitCode() + "' is not a 2-digit province, 3-digit district "
                    + "or 5-digit commune code");
            return;
        }
        UnitKey key = new UnitKey(level, code);
        String release = agency.unitRelease().trim();
        if (!release.isEmpty() && !units.releases().contains(release)) {
            unitProblems.put(agency, "unit release '" + release + "' is not on the catalog's chain "
                    + units.releases());
            return;
        }
        List<String> candidates = release.isEmpty() ? units.releases() : List.of(release);
        for (String id : candidates) {
            Optional<Unit> unit = units.unit(id, key);
            if (unit.isPresent()) {
                bound.put(agency, new BoundUnit(id, unit.get(),
                        id.equals(units.releaseInForce()) ? List.of(unit.get()) : units.successors(id, key)));
                return;
            }
        }
        unitProblems.put(agency, "no " + key + " in " + (release.isEmpty() ? "any release of the catalog"
                : "release " + release));
    }

    List<Agency> agencies() {
        return agencies;
    }

    Level1Table table() {
        return table;
    }

    UnitHistory units() {
        return units;
    }

    LocalDate asOf() {
        return asOf;
    }

    /** The agency's code as read once for every check, or why it is not a code. */
    AgencyCode.Reading reading(Agency agency) {
        return codes.get(agency);
    }

    Optional<AgencyCode> code(Agency agency) {
        return Optional.ofNullable(codes.get(agency).code());
    }

    Optional<BoundUnit> unit(Agency agency) {
        return Optional.ofNullable(bound.get(agency));
    }

    Optional<String> unitProblem(Agency agency) {
        return Optional.ofNullable(unitProblems.get(agency));
    }

    boolean active(Agency agency) {
        return agency.activeOn(asOf);
    }

    /** The new province an agency belongs to: by its H code, else by its bound unit; null when neither says. */
    String province(Agency agency) {
        Optional<String> byCode = code(agency).flatMap(c -> table.provinceOf(c.level1()));
        if (byCode.isPresent()) {
            return byCode.get();
        }
        return unit(agency).filter(u -> u.successors().size() == 1)
                .map(u -> u.successors().get(0).provinceCode()).orElse(null);
    }

    void add(AgencyRule rule, Agency agency, String message, String hint) {
        findings.add(new Finding(rule, agency.line(), agency.code(), province(agency), message, hint));
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    List<Finding> findings() {
        return findings;
    }
}
