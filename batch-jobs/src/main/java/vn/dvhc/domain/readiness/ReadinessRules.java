package vn.dvhc.domain.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The readiness of a province from its facts. Blocked: data that cannot go over as it is (rejected rows above the
 * blocking share, agency-code errors, procedures left without a level, commune coverage below the blocking share).
 * At risk: work left for people (splits to decide, rejects, agency warnings, procedure conflicts, incomplete
 * coverage) or evidence missing (no remap, agency or procedure run covers the province). Otherwise ready.
 */
public final class ReadinessRules {

    private final Thresholds thresholds;

    public ReadinessRules(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    public Assessment assess(ProvinceFacts facts) {
        List<String> blocked = new ArrayList<>();
        List<String> risks = new ArrayList<>();
        remap(facts.remap(), blocked, risks);
        agencies(facts.agencies(), blocked, risks);
        procedures(facts.procedures(), blocked, risks);
        if (!blocked.isEmpty()) {
            blocked.addAll(risks);
            return new Assessment(Readiness.BLOCKED, blocked);
        }
        return new Assessment(risks.isEmpty() ? Readiness.READY : Readiness.AT_RISK, risks);
    }

    private void remap(ProvinceFacts.Remap remap, List<String> blocked, List<String> risks) {
        if (remap == null || remap.rows() == 0) {
            risks.add("no remapped data");
            return;
        }
        double rejected = percent(remap.rejected(), remap.rows());
        double split = percent(remap.split(), remap.rows());
        if (rejected > thresholds.blockRejectPercent()) {
            blocked.add(format("%s%% of rows rejected (more than %s%%)", rejected, thresholds.blockRejectPercent()));
        } else if (rejected > thresholds.riskRejectPercent()) {
            risks.add(format("%s%% of rows rejected", rejected, 0));
        }
        if (split > thresholds.riskSplitPercent()) {
            risks.add(format("%s%% of rows in split communes await a decision", split, 0));
        }
    }

    private void agencies(ProvinceFacts.Agencies agencies, List<String> blocked, List<String> risks) {
        if (agencies == null) {
            risks.add("agency register not validated");
            return;
        }
        if (agencies.errors() > 0) {
            blocked.add(agencies.errors() + " agency-code error" + (agencies.errors() == 1 ? "" : "s"));
        }
        if (agencies.warnings() > 0) {
            risks.add(agencies.warnings() + " agency-code warning" + (agencies.warnings() == 1 ? "" : "s"));
        }
        if (agencies.communes() > 0) {
            double coverage = percent(agencies.communesCovered(), agencies.communes());
            String text = agencies.communesCovered() + "/" + agencies.communes() + " communes have an agency code";
            if (coverage < thresholds.blockCoveragePercent()) {
                blocked.add(text);
            } else if (coverage < thresholds.riskCoveragePercent()) {
                risks.add(text);
            }
        }
    }

    private static void procedures(ProvinceFacts.Procedures procedures, List<String> blocked, List<String> risks) {
        if (procedures == null) {
            risks.add("procedure list not re-published");
            return;
        }
        if (procedures.orphans() > 0) {
            blocked.add(procedures.orphans() + " district-level procedure" + (procedures.orphans() == 1 ? "" : "s")
                    + " without a new level");
        }
        if (procedures.conflicts() > 0) {
            risks.add(procedures.conflicts() + " procedure conflict" + (procedures.conflicts() == 1 ? "" : "s")
                    + " between merged provinces");
        }
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static String format(String pattern, double value, double limit) {
        return String.format(Locale.ROOT, pattern, round(value), round(limit));
    }

    private static String round(double value) {
        return value == Math.rint(value) ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
    }
}
