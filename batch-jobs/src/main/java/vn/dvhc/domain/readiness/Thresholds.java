package vn.dvhc.domain.readiness;

/**
 * Where "ready" ends: percentages of a province's remapped rows and of its new communes. A share strictly above a
 * maximum, or a coverage strictly below a minimum, triggers the status. Documented in docs/report.md.
 *
 * @param blockRejectPercent   rejected rows above this share of the province's rows: blocked
 * @param riskRejectPercent    rejected rows above this share: at risk
 * @param riskSplitPercent     rows of split communes (a human must choose the new unit) above this share: at risk
 * @param blockCoveragePercent new communes with a People's Committee agency code below this share: blocked
 * @param riskCoveragePercent  the same below this share: at risk
 */
public record Thresholds(double blockRejectPercent, double riskRejectPercent, double riskSplitPercent,
                         double blockCoveragePercent, double riskCoveragePercent) {

    public static final Thresholds DEFAULTS = new Thresholds(1.0, 0.0, 0.0, 90.0, 100.0);

    public Thresholds {
        for (double percent : new double[]{blockRejectPercent, riskRejectPercent, riskSplitPercent,
                blockCoveragePercent, riskCoveragePercent}) {
            if (percent < 0 || percent > 100 || Double.isNaN(percent)) {
                throw new IllegalArgumentException("a threshold is a percentage between 0 and 100, not " + percent);
            }
        }
    }
}
