package vn.dvhc.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.dvhc.domain.readiness.ProvinceFacts;

/** The province coverage bar of report.html: each share from its own count. */
class HtmlReportTest {

    private static String bar(ProvinceFacts.Remap remap) {
        StringBuilder h = new StringBuilder();
        HtmlReport.coverageBar(h, remap);
        return h.toString();
    }

    @Test
    void resolvedRowsAreASegmentOfTheirOwnAndNotRejected() {
        // The sample of sample-data/splits: 12 rows, 3 resolved by law, 6 by rules, 3 still split, none rejected.
        String bar = bar(new ProvinceFacts.Remap(0, 3, 0, 0, 1, 3, 6));
        assertThat(bar).contains("aria-label=\"0.0% mapped, 75.0% resolved, 25.0% split, 0.0% rejected\"")
                .contains("<rect x=\"0.00\" y=\"0\" width=\"90.00\" height=\"100%\" fill=\"#54aeff\"/>")
                .contains("<rect x=\"90.00\" y=\"0\" width=\"30.00\" height=\"100%\" fill=\"#d4a72c\"/>")
                .doesNotContain("#cf222e");
    }

    @Test
    void rejectedIsTheRejectedCount() {
        String bar = bar(new ProvinceFacts.Remap(6, 1, 2, 1, 1, 0, 0));
        assertThat(bar).contains("aria-label=\"80.0% mapped, 0.0% resolved, 10.0% split, 10.0% rejected\"")
                .contains("<rect x=\"108.00\" y=\"0\" width=\"12.00\" height=\"100%\" fill=\"#cf222e\"/>");
    }

    @Test
    void noRowsNoBar() {
        assertThat(bar(null)).isEqualTo("–");
        assertThat(bar(new ProvinceFacts.Remap(0, 0, 0, 0, 1))).isEqualTo("–");
    }
}
