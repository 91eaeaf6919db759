package vn.dvhc.domain.agency;

import java.util.Optional;

/**
 * The rules of {@code dvhc agencies validate}. The ids are stable (they are stored with the findings, appear in
 * JSON, CSV and JUnit output and in CI configurations): never rename one. Each is documented in
 * docs/agency-rules.md with a bad and a good example.
 */
public enum AgencyRule {
    LAYOUT("layout", Severity.ERROR, "the code follows QCVN 102, QĐ 20 or the Z scheme layout"),
    LAYOUT_LETTERS("layout-letters", Severity.WARNING, "QCVN 102 lower groups are digits"),
    FIELD_VALUE("field-value", Severity.ERROR, "status and dates are readable and consistent"),
    LEVEL1_UNKNOWN("level1-unknown", Severity.ERROR, "the level-1 code exists"),
    LEVEL1_UNLISTED("level1-unlisted", Severity.WARNING, "the level-1 code is in the shipped table"),
    LEVEL1_RETIRED("level1-retired", Severity.ERROR, "no active agency under a retired level-1 code"),
    LEVEL1_MERGED("level1-merged", Severity.WARNING, "no active agency under the H code of a merged province"),
    HIERARCHY_GAP("hierarchy-gap", Severity.ERROR, "no non-zero lower level under a zero higher one"),
    PARENT_MISSING("parent-missing", Severity.ERROR, "the parent exists in the register"),
    PARENT_MISMATCH("parent-mismatch", Severity.WARNING, "the declared parent is the code's own parent"),
    NOT_IN_QCVN("not-in-qcvn", Severity.INFO, "the QĐ 20 code can be written in QCVN 102"),
    DUPLICATE_CODE("duplicate-code", Severity.ERROR, "one active agency per code"),
    DUPLICATE_AGENCY("duplicate-agency", Severity.WARNING, "one active code per agency"),
    RETIRED_REUSED("retired-reused", Severity.ERROR, "a retired code is never re-assigned"),
    UNIT_UNKNOWN("unit-unknown", Severity.ERROR, "the bound administrative unit exists in its release"),
    UNIT_GONE("unit-gone", Severity.ERROR, "an active agency is bound to a unit that still exists"),
    DISTRICT_BODY("district-body", Severity.ERROR, "no active district-level body after 2025-07-01"),
    COVERAGE("coverage", Severity.ERROR, "every commune has a commune People's Committee code"),
    NAME_UNIT("name-unit", Severity.WARNING, "a People's Committee's name matches its bound unit"),
    STALE_PROVINCE_SEGMENT("stale-province-segment", Severity.WARNING,
            "a province segment of a central body's code names a province that still exists"),
    TEXT_HYGIENE("text-hygiene", Severity.WARNING, "names are NFC, without stray or doubled spaces");

    private final String id;
    private final Severity severity;
    private final String title;

    AgencyRule(String id, Severity severity, String title) {
        this.id = id;
        this.severity = severity;
        this.title = title;
    }

    public static Optional<AgencyRule> byId(String id) {
        for (AgencyRule rule : values()) {
            if (rule.id.equals(id)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** What the rule checks, as a sentence that is true of a clean register. */
    public String title() {
        return title;
    }
}
