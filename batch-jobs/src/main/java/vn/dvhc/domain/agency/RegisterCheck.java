package vn.dvhc.domain.agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitLevel;

/**
 * Checks an agency register against every {@link AgencyRule} on an as-of date. The result holds the findings (by
 * line, register-wide ones last), and for each new province the register covers (its People's Committees' H codes
 * say which) the agencies and the commune coverage.
 */
public final class RegisterCheck {

    /** The end of a coverage finding's message, after the commune's name and code. */
    public static final String NO_COMMITTEE_CODE = " has no commune People's Committee code";

    private final Level1Table table;
    private final UnitHistory units;
    private final LocalDate asOf;

    public RegisterCheck(Level1Table table, UnitHistory units, LocalDate asOf) {
        this.table = table;
        this.units = units;
        this.asOf = asOf;
    }

    /** What a check found. */
    public record Result(List<Finding> findings, Map<String, Coverage> coverage, Map<String, Integer> agencies) {
    }

    /** @param readFindings findings of the reader (bad field values), kept in the result */
    public Result check(List<Agency> agencies, List<Finding> readFindings) {
        Register register = new Register(agencies, table, units, asOf);
        Map<Long, Agency> byLine = new HashMap<>();
        agencies.forEach(a -> byLine.put(a.line(), a));
        for (Finding f : readFindings) {
            Agency agency = f.line() == null ? null : byLine.get(f.line());
            register.add(agency == null || f.provinceCode() != null ? f : new Finding(f.rule(), f.line(), f.code(),
                    register.province(agency), f.message(), f.hint()));
        }
        CodeChecks.check(register);
        HierarchyChecks.check(register);
        UnitChecks.check(register);
        TextChecks.check(register);
        Map<String, Coverage> coverage = coverage(register);
        List<Finding> sorted = register.findings().stream().sorted(Comparator
                .comparing(Finding::line, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Finding::rule)).toList();
        Map<String, Integer> perProvince = new TreeMap<>();
        for (Agency agency : agencies) {
            String province = register.province(agency);
            if (province != null) {
                perProvince.merge(province, 1, Integer::sum);
            }
        }
        return new Result(sorted, coverage, perProvince);
    }

    /**
     * Coverage of every province the register covers: those whose People's Committee codes (H, active) it holds.
     * A commune is covered by an active agency bound to it whose name is a People's Committee's.
     */
    private Map<String, Coverage> coverage(Register register) {
        Set<String> provinces = new TreeSet<>();
        Set<String> covered = new HashSet<>();
        for (Agency agency : register.agencies()) {
            if (!register.active(agency)) {
                continue;
            }
            register.code(agency).filter(c -> c.level1().startsWith("H"))
                    .flatMap(c -> table.provinceOf(c.level1())).ifPresent(provinces::add);
            Optional<BoundUnit> unit = register.unit(agency);
            if (unit.isPresent() && unit.get().exists() && unit.get().unit().level() == UnitLevel.COMMUNE
                    && UnitChecks.committeeOf(agency.name()).isPresent()) {
                covered.add(unit.get().unit().code());
            }
        }
        Map<String, Coverage> result = new TreeMap<>();
        for (String province : provinces) {
            List<Unit> communes = units.communes(province);
            List<Unit> missing = new ArrayList<>();
            for (Unit commune : communes) {
                if (!covered.contains(commune.code())) {
                    missing.add(commune);
                    register.add(new Finding(AgencyRule.COVERAGE, null, null, province, commune.fullName() + " ("
                            + commune.code() + ")" + NO_COMMITTEE_CODE,
                            "add its Ủy ban nhân dân with unit_code " + commune.code()
                                    + "; dvhc agencies allocate proposes codes"));
                }
            }
            result.put(province, new Coverage(province, communes.size(), communes.size() - missing.size(), missing));
        }
        return result;
    }
}
