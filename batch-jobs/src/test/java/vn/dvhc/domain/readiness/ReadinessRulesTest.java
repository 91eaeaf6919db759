package vn.dvhc.domain.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ReadinessRulesTest {

    private static final ReadinessRules DEFAULTS = new ReadinessRules(Thresholds.DEFAULTS);
    private static final ProvinceFacts.Remap CLEAN_REMAP = new ProvinceFacts.Remap(1000, 0, 3, 0, 2);
    private static final ProvinceFacts.Agencies CLEAN_AGENCIES = new ProvinceFacts.Agencies(120, 0, 0, 4, 100, 100);
    private static final ProvinceFacts.Procedures CLEAN_PROCEDURES =
            new ProvinceFacts.Procedures(400, Map.of("tinh", 300, "xa", 100), 0, 0);

    private static Assessment assess(ProvinceFacts.Remap remap, ProvinceFacts.Agencies agencies,
                                     ProvinceFacts.Procedures procedures) {
        return DEFAULTS.assess(new ProvinceFacts("79", "Thành phố Hồ Chí Minh", remap, agencies, procedures));
    }

    @Test
    void everythingCleanIsReady() {
        Assessment assessment = assess(CLEAN_REMAP, CLEAN_AGENCIES, CLEAN_PROCEDURES);
        assertThat(assessment.status()).isEqualTo(Readiness.READY);
        assertThat(assessment.reasons()).isEmpty();
    }

    @Test
    void missingEvidenceIsAtRiskNotReady() {
        assertThat(assess(null, null, null).reasons()).containsExactly("no remapped data",
                "agency register not validated", "procedure list not re-published");
        assertThat(assess(null, null, null).status()).isEqualTo(Readiness.AT_RISK);
        assertThat(assess(new ProvinceFacts.Remap(0, 0, 0, 0, 1), CLEAN_AGENCIES, CLEAN_PROCEDURES).status())
                .isEqualTo(Readiness.AT_RISK);
    }

    @Test
    void rejectsAboveTheBlockingShareBlockAndBelowItPutAtRisk() {
        Assessment blocked = assess(new ProvinceFacts.Remap(980, 0, 0, 20, 1), CLEAN_AGENCIES, CLEAN_PROCEDURES);
        assertThat(blocked.status()).isEqualTo(Readiness.BLOCKED);
        assertThat(blocked.reasons()).containsExactly("2% of rows rejected (more than 1%)");
        Assessment atRisk = assess(new ProvinceFacts.Remap(995, 0, 0, 5, 1), CLEAN_AGENCIES, CLEAN_PROCEDURES);
        assertThat(atRisk.status()).isEqualTo(Readiness.AT_RISK);
        assertThat(atRisk.reasons()).containsExactly("0.5% of rows rejected");
        Assessment exactlyAtTheLimit = assess(new ProvinceFacts.Remap(990, 0, 0, 10, 1), CLEAN_AGENCIES,
                CLEAN_PROCEDURES);
        assertThat(exactlyAtTheLimit.status()).as("1%% is not above 1%%").isEqualTo(Readiness.AT_RISK);
    }

    @Test
    void splitRowsAwaitADecision() {
        Assessment assessment = assess(new ProvinceFacts.Remap(900, 100, 0, 0, 1), CLEAN_AGENCIES, CLEAN_PROCEDURES);
        assertThat(assessment.status()).isEqualTo(Readiness.AT_RISK);
        assertThat(assessment.reasons()).containsExactly("10% of rows in split communes await a decision");
        ReadinessRules tolerant = new ReadinessRules(new Thresholds(1, 0, 15, 90, 100));
        assertThat(tolerant.assess(new ProvinceFacts("79", "x", new ProvinceFacts.Remap(900, 100, 0, 0, 1),
                CLEAN_AGENCIES, CLEAN_PROCEDURES)).status()).isEqualTo(Readiness.READY);
    }

    @Test
    void theSplitShareIsTheOpenSplitRowsOverAllRowsResolvedIncluded() {
        // 1000 rows: 800 mapped, 50 still split, 100 resolved by law and 50 by a province's rules.
        ProvinceFacts.Remap remap = new ProvinceFacts.Remap(800, 50, 0, 0, 1, 100, 50);
        assertThat(remap.rows()).isEqualTo(1000);
        Assessment assessment = assess(remap, CLEAN_AGENCIES, CLEAN_PROCEDURES);
        assertThat(assessment.status()).isEqualTo(Readiness.AT_RISK);
        assertThat(assessment.reasons()).as("50 of 1000, not 200 of 1000 nor 50 of 850")
                .containsExactly("5% of rows in split communes await a decision");
        // Every split row decided: nothing awaits, whatever share the resolved rows are.
        Assessment decided = assess(new ProvinceFacts.Remap(800, 0, 0, 0, 1, 150, 50), CLEAN_AGENCIES,
                CLEAN_PROCEDURES);
        assertThat(decided.status()).isEqualTo(Readiness.READY);
        assertThat(decided.reasons()).isEmpty();
    }

    @Test
    void agencyErrorsBlockWarningsPutAtRisk() {
        Assessment errors = assess(CLEAN_REMAP, new ProvinceFacts.Agencies(120, 3, 1, 0, 100, 100), CLEAN_PROCEDURES);
        assertThat(errors.status()).isEqualTo(Readiness.BLOCKED);
        assertThat(errors.reasons()).containsExactly("3 agency-code errors", "1 agency-code warning");
        assertThat(assess(CLEAN_REMAP, new ProvinceFacts.Agencies(120, 0, 2, 0, 100, 100), CLEAN_PROCEDURES)
                .status()).isEqualTo(Readiness.AT_RISK);
    }

    @Test
    void communeCoverageHasTwoThresholds() {
        assertThat(assess(CLEAN_REMAP, new ProvinceFacts.Agencies(120, 0, 0, 0, 100, 89), CLEAN_PROCEDURES).status())
                .isEqualTo(Readiness.BLOCKED);
        Assessment partial = assess(CLEAN_REMAP, new ProvinceFacts.Agencies(120, 0, 0, 0, 100, 95), CLEAN_PROCEDURES);
        assertThat(partial.status()).isEqualTo(Readiness.AT_RISK);
        assertThat(partial.reasons()).containsExactly("95/100 communes have an agency code");
    }

    @Test
    void orphanProceduresBlockConflictsPutAtRisk() {
        Assessment orphans = assess(CLEAN_REMAP, CLEAN_AGENCIES, new ProvinceFacts.Procedures(10, Map.of(), 1, 2));
        assertThat(orphans.status()).isEqualTo(Readiness.BLOCKED);
        assertThat(orphans.reasons()).containsExactly("1 district-level procedure without a new level",
                "2 procedure conflicts between merged provinces");
    }

    @Test
    void thresholdsArePercentages() {
        assertThatThrownBy(() -> new Thresholds(101, 0, 0, 90, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Thresholds(1, -1, 0, 90, 100)).isInstanceOf(IllegalArgumentException.class);
    }
}
