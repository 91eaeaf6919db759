package vn.dvhc.domain.agency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dvhc.domain.VietnameseText;

/** The rules across rows: parents, one agency per code and one code per agency, retired codes never re-used. */
final class HierarchyChecks {

    private HierarchyChecks() {
    }

    static void check(Register register) {
        Map<String, List<Agency>> byCode = new LinkedHashMap<>();
        for (Agency agency : register.agencies()) {
            byCode.computeIfAbsent(agency.code(), k -> new ArrayList<>()).add(agency);
        }
        for (Agency agency : register.agencies()) {
            Optional<AgencyCode> code = register.code(agency);
            if (code.isPresent() && register.active(agency)) {
                parent(register, agency, code.get(), byCode);
            }
        }
        byCode.values().forEach(rows -> sameCode(register, rows));
        sameAgency(register);
    }

    private static void parent(Register register, Agency agency, AgencyCode code, Map<String, List<Agency>> byCode) {
        if (code.hasGap() || code.layout() == CodeLayout.Z_SCHEME) {
            return;
        }
        Optional<String> parent = code.parentBelowLevel1();
        if (parent.isPresent()) {
            List<Agency> rows = byCode.getOrDefault(parent.get(), List.of());
            if (rows.stream().noneMatch(register::active)) {
                register.add(AgencyRule.PARENT_MISSING, agency, "its parent " + parent.get() + (rows.isEmpty()
                        ? " is not in the register" : " is not active (line " + rows.get(0).line() + ")"),
                        "add the parent unit, or correct the code");
            }
        }
        String declared = agency.parentCode().trim();
        if (declared.isEmpty() || code.isLevel1()) {
            return;
        }
        String expected = parent.orElse(code.layout() == CodeLayout.QCVN_102
                ? "000.00.00." + code.level1() : code.level1());
        if (!declared.equals(expected)) {
            register.add(AgencyRule.PARENT_MISMATCH, agency, "the parent column says " + declared + ", the code "
                    + code.value() + " says " + expected, "correct the code or the parent column");
        }
    }

    private static void sameCode(Register register, List<Agency> rows) {
        List<Agency> active = rows.stream().filter(register::active).toList();
        for (int i = 1; i < active.size(); i++) {
            register.add(AgencyRule.DUPLICATE_CODE, active.get(i), active.get(i).code() + " is also the code of "
                    + active.get(0).name() + " (line " + active.get(0).line() + ")",
                    "one active agency per code: retire one of them, or give it its own code");
        }
        List<Agency> retired = rows.stream().filter(a -> a.status() == AgencyStatus.RETIRED
                || (a.validTo() != null && a.validTo().isBefore(register.asOf()))).toList();
        for (Agency old : retired) {
            for (Agency current : rows) {
                if (current.status() != AgencyStatus.RETIRED && !retired.contains(current)
                        && !VietnameseText.fold(current.name()).equals(VietnameseText.fold(old.name()))) {
                    register.add(AgencyRule.RETIRED_REUSED, current, current.code() + " was retired with "
                            + old.name() + " (line " + old.line() + ") and is now given to " + current.name(),
                            "a retired code is never re-assigned (QĐ 20/2020 Điều 6): give it a new code");
                }
            }
        }
    }

    /** The same name under the same parent with two active codes. */
    private static void sameAgency(Register register) {
        Map<String, Agency> first = new LinkedHashMap<>();
        for (Agency agency : register.agencies()) {
            Optional<AgencyCode> code = register.code(agency);
            if (code.isEmpty() || !register.active(agency)) {
                continue;
            }
            String key = code.get().parentBelowLevel1().orElse(code.get().level1()) + "|"
                    + VietnameseText.fold(agency.name());
            Agency earlier = first.putIfAbsent(key, agency);
            if (earlier != null && !earlier.code().equals(agency.code())) {
                register.add(AgencyRule.DUPLICATE_AGENCY, agency, agency.name() + " also has code " + earlier.code()
                        + " (line " + earlier.line() + ")", "one active code per agency: retire the other code");
            }
        }
    }
}
