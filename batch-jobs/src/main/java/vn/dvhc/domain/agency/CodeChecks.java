package vn.dvhc.domain.agency;

import java.util.List;
import java.util.Optional;

import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;

/** The rules that look at one code on its own: layout, level 1, hierarchy gaps, stale province segments. */
final class CodeChecks {

    private static final String RULES = "see docs/agency-rules.md#";

    private CodeChecks() {
    }

    static void check(Register register) {
        for (Agency agency : register.agencies()) {
            AgencyCode.Reading reading = register.reading(agency);
            if (!reading.ok()) {
                register.add(AgencyRule.LAYOUT, agency, "'" + agency.code() + "': " + reading.problem(),
                        "write it as QCVN 102 (000.00.00.H41, 000.01.31.H26) or QĐ 20 (H55.242); " + RULES + "layout");
                continue;
            }
            AgencyCode code = reading.code();
            if (code.hasLettersInLowerGroups()) {
                register.add(AgencyRule.LAYOUT_LETTERS, agency, code.value() + " has letters in its lower groups; "
                        + "every published QCVN 102 code has digits there", "check the code against its decision");
            }
            level1(register, agency, code);
            if (code.hasGap()) {
                register.add(AgencyRule.HIERARCHY_GAP, agency, code.value() + " has a non-zero lower level under a "
                        + "zero higher one", "a level-3 unit sits under a level-2 one: 000.05.31.H41, not 000.05.00.H41");
            }
            if (!code.representableInQcvn()) {
                register.add(AgencyRule.NOT_IN_QCVN, agency, code.value() + " cannot be written in QCVN 102 (its "
                        + "groups are longer than 2, 2 and 3 characters)", "systems that need the QCVN 102 layout "
                        + "(EdXML, mã hồ sơ) need a crosswalk entry; never convert mechanically");
            }
            staleProvinceSegment(register, agency, code);
        }
    }

    private static void level1(Register register, Agency agency, AgencyCode code) {
        if (code.layout() == CodeLayout.Z_SCHEME) {
            return;
        }
        Optional<Level1Code> entry = register.table().code(code.level1());
        if (entry.isEmpty()) {
            Optional<Level1Table.Group> group = register.table().group(code.level1().charAt(0));
            if (group.isEmpty() || group.get().complete()) {
                register.add(AgencyRule.LEVEL1_UNKNOWN, agency, "level-1 code " + code.level1() + " does not exist"
                        + group.map(g -> " in group " + g.letter() + " (" + g.name() + ")").orElse(""),
                        "use the level-1 code of the body the agency belongs to; the table is in docs/agency-rules.md");
            } else {
                register.add(AgencyRule.LEVEL1_UNLISTED, agency, "level-1 code " + code.level1()
                        + " is not in the shipped table of group " + group.get().letter() + " (" + group.get().name()
                        + "), which is incomplete", "check it against QĐ 20/2020 Phụ lục I");
            }
            return;
        }
        if (!register.active(agency)) {
            return;
        }
        Level1Code level1 = entry.get();
        switch (level1.statusOn(register.asOf())) {
            case RETIRED -> register.add(AgencyRule.LEVEL1_RETIRED, agency, "level-1 code " + level1.code() + " ("
                    + level1.body() + ") is retired since " + level1.changedOn() + noteOf(level1),
                    "re-code the agency under the body that took over its work, or retire it");
            case MERGED -> register.add(AgencyRule.LEVEL1_MERGED, agency, level1.code() + " (" + level1.body()
                    + ") belongs to a province merged on " + level1.changedOn() + "; its People's Committee uses "
                    + level1.usedCode(), "re-code under " + level1.usedCode() + " through a crosswalk; if your province "
                    + "decided otherwise, give the table with --h-codes");
            case ACTIVE -> {
            }
        }
    }

    private static String noteOf(Level1Code code) {
        return code.note().isBlank() ? "" : " (" + code.note() + ")";
    }

    /**
     * Central bodies number their provincial branches with the old province code (QCVN 102: {@code 000.PP.18.G12});
     * after 2025-07-01 such a segment may name a province that is gone.
     */
    private static void staleProvinceSegment(Register register, Agency agency, AgencyCode code) {
        if (code.layout() != CodeLayout.QCVN_102 || code.level1().charAt(0) != 'G' || !register.active(agency)) {
            return;
        }
        String segment = code.lower().get(1);
        UnitHistory units = register.units();
        String oldest = units.oldestRelease();
        if (segment.equals("00") || oldest.equals(units.releaseInForce())) {
            return;
        }
        UnitKey key = new UnitKey(UnitLevel.PROVINCE, segment);
        Optional<Unit> old = units.unit(oldest, key);
        if (old.isEmpty()) {
            return;
        }
        List<Unit> now = units.successors(oldest, key);
        if (now.size() == 1 && now.get(0).code().equals(segment)) {
            return;
        }
        register.add(AgencyRule.STALE_PROVINCE_SEGMENT, agency, code.value() + ": segment " + segment + " names "
                + old.get().fullName() + ", which is now part of "
                + (now.isEmpty() ? "no province" : now.get(0).fullName() + " (" + now.get(0).code() + ")"),
                "re-code the branch for the new province through the body's own decision");
    }
}
