package vn.dvhc.domain.readiness;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which provinces have done the indicators the stored runs show (docs/report.md#progress-indicators):
 * <ul>
 * <li>{@code data-remapped}: remapped rows, with nothing open by the report's thresholds (rejected and split shares
 * at or below the at-risk maximums);</li>
 * <li>{@code agency-codes}: the agency register validated without an error;</li>
 * <li>{@code procedures-published}: the re-published procedure list has rows for the province;</li>
 * <li>{@code commune-procedures-published}: that list has commune-level (xã) rows and no district-level procedure
 * left without a level, so the procedures moved to the communes are in it.</li>
 * </ul>
 * A province no run covers has done none of them: missing evidence is never "done". An indicator no stored run of
 * its kind speaks to at all (no remap run yet) is not counted as 0/34 but left out of the table with a note
 * ({@link #evidenced}): a table of 27 June 2025 has no runs behind it, and "0/34 data remapped" would be false.
 */
public final class DerivedIndicators {

    /** The level id of commune-level procedures in a re-published list. */
    static final String COMMUNE_LEVEL = "xa";

    private final Thresholds thresholds;

    public DerivedIndicators(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** The derived indicators some stored run speaks to: a run of their kind covers at least one province. */
    public static List<Indicator> evidenced(List<ProvinceFacts> facts) {
        boolean remap = facts.stream().anyMatch(f -> f.remap() != null);
        boolean agencies = facts.stream().anyMatch(f -> f.agencies() != null);
        boolean procedures = facts.stream().anyMatch(f -> f.procedures() != null);
        return Indicator.builtIn(Indicator.Source.DERIVED).stream().filter(i -> i == Indicator.DATA_REMAPPED ? remap
                : i == Indicator.AGENCY_CODES ? agencies : procedures).toList();
    }

    /** Indicator id → the provinces among {@code facts} that have done it. */
    public Map<String, Set<String>> done(List<ProvinceFacts> facts) {
        Map<String, Set<String>> done = new HashMap<>();
        Indicator.builtIn(Indicator.Source.DERIVED).forEach(i -> done.put(i.id(), new TreeSet<>()));
        for (ProvinceFacts province : facts) {
            if (remapped(province.remap())) {
                done.get(Indicator.DATA_REMAPPED.id()).add(province.code());
            }
            if (province.agencies() != null && province.agencies().errors() == 0) {
                done.get(Indicator.AGENCY_CODES.id()).add(province.code());
            }
            ProvinceFacts.Procedures procedures = province.procedures();
            if (procedures != null && procedures.published() > 0) {
                done.get(Indicator.PROCEDURES_PUBLISHED.id()).add(province.code());
            }
            if (procedures != null && procedures.byLevel().getOrDefault(COMMUNE_LEVEL, 0) > 0
                    && procedures.orphans() == 0) {
                done.get(Indicator.COMMUNE_PROCEDURES_PUBLISHED.id()).add(province.code());
            }
        }
        return done;
    }

    private boolean remapped(ProvinceFacts.Remap remap) {
        return remap != null && remap.rows() > 0
                && ReadinessRules.percent(remap.rejected(), remap.rows()) <= thresholds.riskRejectPercent()
                && ReadinessRules.percent(remap.split(), remap.rows()) <= thresholds.riskSplitPercent();
    }
}
