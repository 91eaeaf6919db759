package vn.dvhc.catalog;

import vn.dvhc.catalog.problem.Problems;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.dvhc.catalog.format.ReleaseDraft;
import vn.dvhc.catalog.format.Sourced;
import vn.dvhc.domain.CodeAlias;
import vn.dvhc.domain.HistoricalName;
import vn.dvhc.domain.MappingRow;
import vn.dvhc.domain.ReleaseContent;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.domain.UnitTypes;
import vn.dvhc.error.Location;

/**
 * Checks a release before anything is written (spec §4): code formats, uniqueness, the unit hierarchy, that
 * every mapping row points at existing units on both sides, that every old unit maps somewhere, that the split
 * and default flags agree with the rows, and that historical names lead to units of the release. Every problem
 * is collected with its file and line.
 */
public final class ReleaseValidator {

    private final boolean allowUnmapped;

    /** @param allowUnmapped report old units without a mapping as warnings instead of errors */
    public ReleaseValidator(boolean allowUnmapped) {
        this.allowUnmapped = allowUnmapped;
    }

    public Problems validate(ReleaseDraft draft, ReleaseContent predecessor) {
        Problems problems = new Problems();
        Map<UnitKey, Sourced<Unit>> units = checkUnits(draft, problems);
        if (draft.carriesMapping()) {
            if (predecessor == null) {
                problems.error(null, "release " + draft.id() + " carries a mapping but has no predecessor");
            } else {
                checkMapping(draft, units, predecessor, problems);
            }
        }
        PopulationChecks.check(draft, problems);
        checkAliases(draft, units, problems);
        checkHistory(draft, units, problems);
        return problems;
    }

    private static Map<UnitKey, Sourced<Unit>> checkUnits(ReleaseDraft draft, Problems problems) {
        Map<UnitKey, Sourced<Unit>> units = new HashMap<>();
        for (Sourced<Unit> sourced : draft.units()) {
            Unit unit = sourced.value();
            Location at = sourced.at();
            if (!unit.level().isCode(unit.code())) {
                problems.error(at, "'" + unit.code() + "' is not a " + unit.level().label() + " code ("
                        + unit.level().codeLength() + " digits, leading zeros kept)");
                continue;
            }
            Sourced<Unit> earlier = units.putIfAbsent(unit.key(), sourced);
            if (earlier != null) {
                problems.error(at, "duplicate " + unit.key() + " (" + unit.fullName() + "); first at "
                        + where(earlier.at()));
            }
            if (unit.name().isBlank()) {
                problems.error(at, unit.key() + " has no name");
            }
            if (!UnitTypes.isType(unit.level(), unit.type())) {
                problems.error(at, unit.key() + " has the unknown type '" + unit.type() + "'");
            }
        }
        for (Sourced<Unit> sourced : draft.units()) {
            Unit unit = sourced.value();
            switch (unit.level()) {
                case PROVINCE -> { }
                case DISTRICT -> requireParent(units, sourced, new UnitKey(UnitLevel.PROVINCE, unit.parentCode()), problems);
                case COMMUNE -> {
                    requireParent(units, sourced, new UnitKey(UnitLevel.PROVINCE, unit.provinceCode()), problems);
                    if (unit.parentCode() != null) {
                        Sourced<Unit> district = requireParent(units, sourced,
                                new UnitKey(UnitLevel.DISTRICT, unit.parentCode()), problems);
                        if (district != null && !district.value().provinceCode().equals(unit.provinceCode())) {
                            problems.error(sourced.at(), unit.key() + " says province " + unit.provinceCode()
                                    + " but its district " + unit.parentCode() + " is in " + district.value().provinceCode());
                        }
                    }
                }
            }
        }
        return units;
    }

    private static Sourced<Unit> requireParent(Map<UnitKey, Sourced<Unit>> units, Sourced<Unit> child, UnitKey parent,
                                               Problems problems) {
        Sourced<Unit> found = parent.code() == null ? null : units.get(parent);
        if (found == null) {
            problems.error(child.at(), child.value().key() + " (" + child.value().fullName() + ") is in " + parent
                    + ", which the release does not have");
        }
        return found;
    }

    private void checkMapping(ReleaseDraft draft, Map<UnitKey, Sourced<Unit>> units, ReleaseContent predecessor,
                              Problems problems) {
        Map<UnitKey, Unit> old = predecessor.unitsByKey();
        Map<UnitKey, Integer> targets = new HashMap<>();
        Map<UnitKey, Integer> defaults = new HashMap<>();
        Map<UnitKey, Boolean> splitFlags = new HashMap<>();
        Map<UnitKey, Location> firstRow = new HashMap<>();
        Set<String> pairs = new HashSet<>();
        for (Sourced<MappingRow> sourced : draft.mapping()) {
            MappingRow row = sourced.value();
            Location at = sourced.at();
            if (!old.containsKey(row.oldKey())) {
                problems.error(at, "mapping from " + row.oldKey() + ", which the predecessor does not have");
            }
            if (!units.containsKey(row.newKey())) {
                problems.error(at, "mapping to " + row.newKey() + ", which the release does not have");
            }
            if (!pairs.add(row.oldKey() + ">" + row.newCode())) {
                problems.error(at, "duplicate mapping " + row.oldKey() + " → " + row.newCode());
            }
            targets.merge(row.oldKey(), 1, Integer::sum);
            defaults.merge(row.oldKey(), row.isDefault() ? 1 : 0, Integer::sum);
            Boolean earlierSplit = splitFlags.putIfAbsent(row.oldKey(), row.split());
            if (earlierSplit != null && earlierSplit != row.split()) {
                problems.error(at, "the rows of " + row.oldKey() + " disagree on split");
            }
            firstRow.putIfAbsent(row.oldKey(), at);
        }
        targets.forEach((key, count) -> {
            boolean split = splitFlags.get(key);
            if (split != (count > 1)) {
                problems.error(firstRow.get(key), key + " has " + count + (count == 1 ? " target" : " targets")
                        + " but split=" + split);
            }
            int defaultCount = defaults.get(key);
            if (defaultCount > 1 || (!split && defaultCount == 0)) {
                problems.error(firstRow.get(key), key + " has " + defaultCount + " default targets; expected "
                        + (split ? "at most one" : "exactly one"));
            }
        });
        checkCoverage(predecessor, targets.keySet(), problems);
    }

    private void checkCoverage(ReleaseContent predecessor, Set<UnitKey> mapped, Problems problems) {
        Set<String> districtsWithCommunes = new HashSet<>();
        boolean mapsProvinces = mapped.stream().anyMatch(k -> k.level() == UnitLevel.PROVINCE);
        for (Unit unit : predecessor.units()) {
            if (unit.level() == UnitLevel.COMMUNE && unit.parentCode() != null) {
                districtsWithCommunes.add(unit.parentCode());
            }
        }
        List<Unit> unmapped = predecessor.units().stream()
                .filter(u -> switch (u.level()) {
                    case COMMUNE -> true;
                    case DISTRICT -> !districtsWithCommunes.contains(u.code());
                    case PROVINCE -> mapsProvinces;
                })
                .filter(u -> !mapped.contains(u.key()))
                .toList();
        for (Unit unit : unmapped) {
            String message = "old " + unit.key() + " (" + unit.fullName() + ", province " + unit.provinceCode()
                    + ") maps nowhere";
            if (allowUnmapped) {
                problems.warning(null, message);
            } else {
                problems.error(null, message);
            }
        }
    }

    private static void checkAliases(ReleaseDraft draft, Map<UnitKey, Sourced<Unit>> units, Problems problems) {
        for (Sourced<CodeAlias> sourced : draft.aliases()) {
            CodeAlias alias = sourced.value();
            if (!units.containsKey(new UnitKey(alias.level(), alias.code()))) {
                problems.error(sourced.at(), "alias " + alias.aliasCode() + " → " + alias.code() + ": the release has no "
                        + alias.level().label() + " " + alias.code());
            }
            if (units.containsKey(new UnitKey(alias.level(), alias.aliasCode()))) {
                problems.error(sourced.at(), "alias " + alias.aliasCode() + " is itself a " + alias.level().label()
                        + " code of the release");
            }
        }
    }

    private static void checkHistory(ReleaseDraft draft, Map<UnitKey, Sourced<Unit>> units, Problems problems) {
        for (Sourced<HistoricalName> sourced : draft.history()) {
            HistoricalName name = sourced.value();
            if (!name.level().isCode(name.code())) {
                problems.error(sourced.at(), "'" + name.code() + "' is not a " + name.level().label() + " code");
            }
            for (String successor : name.successors()) {
                if (!units.containsKey(new UnitKey(name.level(), successor))) {
                    problems.error(sourced.at(), "historical name " + name.fullName() + " → " + successor
                            + ": the release has no " + name.level().label() + " " + successor);
                }
            }
        }
    }

    private static String where(Location at) {
        return at == null ? "another row" : at.toString();
    }
}
