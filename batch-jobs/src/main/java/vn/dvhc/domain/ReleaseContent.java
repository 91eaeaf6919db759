package vn.dvhc.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a release holds: its units, its mapping from the predecessor, its code aliases and where the
 * population of its split old communes went, where a source decides it.
 */
public record ReleaseContent(List<Unit> units, List<MappingRow> mapping, List<CodeAlias> aliases,
                             List<PopulationOutcome> population) {

    public ReleaseContent {
        units = List.copyOf(units);
        mapping = List.copyOf(mapping);
        aliases = List.copyOf(aliases);
        population = List.copyOf(population);
    }

    /** A release without population outcomes (every release but one carrying a split). */
    public ReleaseContent(List<Unit> units, List<MappingRow> mapping, List<CodeAlias> aliases) {
        this(units, mapping, aliases, List.of());
    }

    public Map<UnitKey, Unit> unitsByKey() {
        Map<UnitKey, Unit> index = new HashMap<>(units.size() * 2);
        for (Unit unit : units) {
            index.put(unit.key(), unit);
        }
        return index;
    }

    /** Mapping rows grouped by old unit, in file order. */
    public Map<UnitKey, List<MappingRow>> mappingByOldKey() {
        Map<UnitKey, List<MappingRow>> index = new LinkedHashMap<>();
        for (MappingRow row : mapping) {
            index.computeIfAbsent(row.oldKey(), k -> new ArrayList<>(1)).add(row);
        }
        return index;
    }

    /** Population outcomes by old commune code. */
    public Map<String, PopulationOutcome> populationByOldCode() {
        Map<String, PopulationOutcome> index = new HashMap<>();
        for (PopulationOutcome outcome : population) {
            index.put(outcome.oldCommuneCode(), outcome);
        }
        return index;
    }

    /**
     * Same units, same mapping rows in the same order, same aliases and population outcomes, whatever order the
     * units were read in.
     */
    public boolean sameAs(ReleaseContent other) {
        return new HashSet<>(units).equals(new HashSet<>(other.units))
                && mapping.equals(other.mapping)
                && new HashSet<>(aliases).equals(new HashSet<>(other.aliases))
                && new HashSet<>(population).equals(new HashSet<>(other.population));
    }

    public long count(UnitLevel level) {
        return units.stream().filter(u -> u.level() == level).count();
    }
}
