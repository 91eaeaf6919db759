package vn.dvhc.domain.agency;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.domain.VietnameseText;
import vn.dvhc.domain.DistrictWording;

/** The rules that tie an agency to its administrative unit: unknown or vanished units, district-level bodies, names. */
final class UnitChecks {

    /** The district level was abolished on this day (Luật Tổ chức chính quyền địa phương 2025). */
    static final LocalDate DISTRICT_LEVEL_ENDED = LocalDate.of(2025, 7, 1);

    /** A People's Committee's name, folded: "ubnd xa tan lap", "uy ban nhan dan phuong sai gon". */
    private static final Pattern PEOPLES_COMMITTEE = Pattern.compile("^(?:ubnd|uy ban nhan dan) (.+)$");

    private UnitChecks() {
    }

    static void check(Register register) {
        for (Agency agency : register.agencies()) {
            Optional<String> problem = register.unitProblem(agency);
            if (problem.isPresent()) {
                register.add(AgencyRule.UNIT_UNKNOWN, agency, problem.get(), "give the unit's code as in the "
                        + "reference catalog (dvhc reference lookup NAME), and its release in unit_release");
            }
            if (!register.active(agency)) {
                continue;
            }
            Optional<BoundUnit> unit = register.unit(agency);
            boolean districtUnit = unit.filter(u -> u.unit().level() == UnitLevel.DISTRICT).isPresent();
            if (!register.asOf().isBefore(DISTRICT_LEVEL_ENDED)
                    && (districtUnit || DistrictWording.mentions(agency.name()))) {
                register.add(AgencyRule.DISTRICT_BODY, agency, agency.name() + " is a district-level body, still "
                        + "active on " + register.asOf() + (districtUnit ? " (bound to " + unit.get().describe() + ")"
                        : ""), "the district level ended on " + DISTRICT_LEVEL_ENDED + ": set valid_to (or status "
                        + "retired) and move its work to the commune or province body");
            } else if (unit.isPresent() && !unit.get().exists()) {
                BoundUnit gone = unit.get();
                register.add(AgencyRule.UNIT_GONE, agency, agency.name() + " is bound to " + gone.describe()
                        + ", which on " + register.asOf() + (gone.successors().isEmpty() ? " no longer exists"
                        : " is part of " + describe(gone.successors().get(0))
                        + (gone.successors().size() > 1 ? " and " + (gone.successors().size() - 1) + " more" : "")),
                        "retire the agency (valid_to) or bind it to the unit in force");
            } else if (unit.isPresent()) {
                nameMatchesUnit(register, agency, unit.get().successors().get(0));
            }
        }
    }

    private static String describe(Unit unit) {
        return unit.fullName() + " (" + unit.code() + ")";
    }

    /** The unit a People's Committee's name names, folded ("phuong sai gon"), or empty for other agencies. */
    static Optional<String> committeeOf(String name) {
        Matcher m = PEOPLES_COMMITTEE.matcher(VietnameseText.fold(name));
        return m.matches() ? Optional.of(m.group(1).replaceFirst("^tp\\.? ?", "thanh pho ")) : Optional.empty();
    }

    /** The official name of a unit's People's Committee: {@code Ủy ban nhân dân xã Hợp Thành}. */
    static String committeeName(Unit unit) {
        return "Ủy ban nhân dân " + unit.fullName().substring(0, 1).toLowerCase(Locale.ROOT)
                + unit.fullName().substring(1);
    }

    private static void nameMatchesUnit(Register register, Agency agency, Unit unit) {
        Optional<String> named = committeeOf(agency.name());
        if (named.isPresent() && !named.get().equals(VietnameseText.fold(unit.fullName()))) {
            register.add(AgencyRule.NAME_UNIT, agency, agency.name() + " is bound to " + describe(unit)
                    + " in release " + register.units().releaseInForce(), "rename it " + committeeName(unit)
                    + ", or bind it to the unit it serves");
        }
    }
}
