package vn.dvhc.catalog;

import vn.dvhc.catalog.problem.Problems;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import vn.dvhc.catalog.format.ReleaseDraft;
import vn.dvhc.catalog.format.Sourced;
import vn.dvhc.domain.MappingRow;
import vn.dvhc.domain.PopulationOutcome;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.error.Location;

/**
 * Checks where a release says the population of its split communes went: one outcome per old commune, which
 * the release's own mapping splits, and whose target is one of its candidates. An outcome for a commune that
 * is not split, or that points elsewhere, would resolve rows the law does not decide.
 */
final class PopulationChecks {

    private PopulationChecks() {
    }

    static void check(ReleaseDraft draft, Problems problems) {
        if (draft.population().isEmpty()) {
            return;
        }
        Map<UnitKey, List<MappingRow>> targets = draft.mapping().stream().map(Sourced::value)
                .collect(Collectors.groupingBy(MappingRow::oldKey));
        Map<String, Location> seen = new HashMap<>();
        for (Sourced<PopulationOutcome> sourced : draft.population()) {
            PopulationOutcome outcome = sourced.value();
            Location at = sourced.at();
            String old = outcome.oldCommuneCode();
            checkLength(outcome.basis(), "basis", 200, at, problems);
            checkLength(outcome.nsoNote(), "nso_note", 500, at, problems);
            checkLength(outcome.resolution(), "resolution", 200, at, problems);
            checkLength(outcome.resolutionText(), "resolution_text", 2000, at, problems);
            Location earlier = seen.putIfAbsent(old, at);
            if (earlier != null) {
                problems.error(at, "a second population outcome for commune " + old + "; the first is at " + earlier);
                continue;
            }
            List<MappingRow> rows = targets.get(new UnitKey(UnitLevel.COMMUNE, old));
            if (rows == null) {
                problems.error(at, "population outcome for commune " + old + ", which the mapping of " + draft.id()
                        + " does not have");
                continue;
            }
            Set<String> candidates = rows.stream().map(MappingRow::newCode)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!rows.get(0).split()) {
                problems.error(at, "population outcome for commune " + old + ", which is not split (it maps to "
                        + candidates + " only)");
            } else if (!candidates.contains(outcome.newCommuneCode())) {
                problems.error(at, "population of commune " + old + " sent to " + outcome.newCommuneCode()
                        + ", which is not one of its candidates " + candidates);
            }
        }
    }

    // The widths of the columns of ref_population (V9__split_population.sql).
    private static void checkLength(String value, String column, int max, Location at, Problems problems) {
        if (value.length() > max) {
            problems.error(at, column + " has " + value.length() + " characters; the catalog holds at most " + max);
        }
    }
}
