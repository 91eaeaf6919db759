package vn.dvhc.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dvhc.domain.CodeAlias;
import vn.dvhc.domain.Conversion;
import vn.dvhc.domain.MappingRow;
import vn.dvhc.domain.PopulationOutcome;
import vn.dvhc.domain.PopulationTarget;
import vn.dvhc.domain.Release;
import vn.dvhc.domain.ReleaseContent;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;

/**
 * Every unit of one release converted to a later release along the chain, computed once and held in memory
 * (about 11,000 entries for {@code pre-2025}): the mappings of each step are composed, candidates of a split
 * stay candidates, a default survives only if it is the default at every step. Where the steps say where the whole
 * population of a split unit went ({@link PopulationOutcome}), that candidate is known too ({@link #population}).
 */
public final class ConversionTable {

    private final Release from;
    private final Release to;
    private final Map<UnitKey, Unit> fromUnits;
    private final Map<UnitKey, Unit> toUnits;
    private final Map<UnitKey, CodeAlias> aliases = new HashMap<>();
    private final Map<UnitKey, Conversion> conversions = new HashMap<>();
    private final Map<UnitKey, PopulationTarget> population = new HashMap<>();

    private ConversionTable(Release from, Release to, Map<UnitKey, Unit> fromUnits, Map<UnitKey, Unit> toUnits) {
        this.from = from;
        this.to = to;
        this.fromUnits = fromUnits;
        this.toUnits = toUnits;
    }

    /** Builds the table for a path as returned by {@link ReleaseChain#path}. */
    public static ConversionTable build(CatalogRepository repository, List<Release> path) {
        List<ReleaseContent> contents = path.stream().map(r -> repository.content(r.id())).toList();
        return build(path, contents);
    }

    public static ConversionTable build(List<Release> path, List<ReleaseContent> contents) {
        ConversionTable table = new ConversionTable(path.get(0), path.get(path.size() - 1),
                contents.get(0).unitsByKey(), contents.get(contents.size() - 1).unitsByKey());
        contents.get(0).aliases().forEach(a -> table.aliases.put(new UnitKey(a.level(), a.aliasCode()), a));
        List<Map<UnitKey, List<MappingRow>>> steps = new ArrayList<>();
        List<Map<String, PopulationOutcome>> outcomes = new ArrayList<>();
        for (ReleaseContent step : contents.subList(1, contents.size())) {
            steps.add(step.mappingByOldKey());
            outcomes.add(step.populationByOldCode());
        }
        for (Unit unit : contents.get(0).units()) {
            Conversion conversion = table.compose(unit, steps);
            table.conversions.put(unit.key(), conversion);
            PopulationTarget target = populationTarget(conversion, steps, outcomes);
            if (target != null) {
                table.population.put(unit.key(), target);
            }
        }
        return table;
    }

    public Release from() {
        return from;
    }

    public Release to() {
        return to;
    }

    /** The unit of the starting release, or null. */
    public Unit fromUnit(UnitKey key) {
        return fromUnits.get(key);
    }

    /** The unit of the target release, or null. */
    public Unit toUnit(UnitKey key) {
        return toUnits.get(key);
    }

    /**
     * Converts a code of the starting release, reading it through a known correction when it is not a code
     * itself; null when the code is unknown.
     */
    public Conversion convert(UnitKey key) {
        Conversion direct = conversions.get(key);
        if (direct != null) {
            return direct;
        }
        CodeAlias alias = aliases.get(key);
        if (alias == null) {
            return null;
        }
        Conversion target = conversions.get(new UnitKey(alias.level(), alias.code()));
        return target == null ? null : new Conversion(target.old(), target.candidates(), target.split(), alias);
    }

    /**
     * The candidate that received the whole population of a split unit of the starting release, reading the code
     * through a known correction like {@link #convert}; null when the unit is not split or no source decides it.
     */
    public PopulationTarget population(UnitKey key) {
        CodeAlias alias = conversions.containsKey(key) ? null : aliases.get(key);
        return population.get(alias == null ? key : new UnitKey(alias.level(), alias.code()));
    }

    // Follows the people: a step that splits the unit must say where its population went, any other step must
    // map it to one unit; otherwise the population is not decided along this path.
    private static PopulationTarget populationTarget(Conversion conversion, List<Map<UnitKey, List<MappingRow>>> steps,
                                                     List<Map<String, PopulationOutcome>> outcomes) {
        if (!conversion.split()) {
            return null;
        }
        UnitKey holder = conversion.old().key();
        List<String> bases = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            List<MappingRow> rows = steps.get(i).getOrDefault(holder, List.of());
            PopulationOutcome outcome = holder.level() == UnitLevel.COMMUNE ? outcomes.get(i).get(holder.code()) : null;
            if (outcome != null) {
                holder = new UnitKey(UnitLevel.COMMUNE, outcome.newCommuneCode());
                bases.add(outcome.basis());
            } else if (rows.size() == 1) {
                holder = rows.get(0).newKey();
            } else {
                return null;
            }
        }
        UnitKey target = holder;
        return bases.isEmpty() ? null : conversion.candidates().stream()
                .filter(c -> c.unit().key().equals(target))
                .findFirst()
                .map(c -> new PopulationTarget(c, String.join("; ", bases)))
                .orElse(null);
    }

    private Conversion compose(Unit unit, List<Map<UnitKey, List<MappingRow>>> steps) {
        Map<UnitKey, Working> current = new LinkedHashMap<>();
        current.put(unit.key(), new Working(unit.key(), true, "", ""));
        boolean split = false;
        for (Map<UnitKey, List<MappingRow>> step : steps) {
            Map<UnitKey, Working> next = new LinkedHashMap<>();
            for (Working candidate : current.values()) {
                for (MappingRow row : step.getOrDefault(candidate.key(), List.of())) {
                    split |= row.split();
                    Working moved = new Working(row.newKey(), candidate.isDefault() && row.isDefault(),
                            join(candidate.note(), row.note()),
                            row.split() ? row.defaultBasis() : candidate.basis());
                    next.merge(moved.key(), moved, (a, b) -> new Working(a.key(), a.isDefault() || b.isDefault(),
                            a.note(), a.basis()));
                }
            }
            current = next;
        }
        List<Conversion.Candidate> candidates = new ArrayList<>();
        for (Working w : current.values()) {
            Unit target = toUnits.get(w.key());
            if (target != null) {
                candidates.add(new Conversion.Candidate(target, w.isDefault(), w.note(), w.basis()));
            }
        }
        return new Conversion(unit, candidates, split || candidates.size() > 1, null);
    }

    private static String join(String earlier, String later) {
        if (later == null || later.isEmpty() || later.equals(earlier)) {
            return earlier;
        }
        return earlier.isEmpty() ? later : earlier + "; " + later;
    }

    /** The code corrections of the starting release. */
    public Collection<CodeAlias> aliases() {
        return aliases.values();
    }

    /** Units of the starting release at a level, for lookups by district or province. */
    public List<Unit> fromUnits(UnitLevel level) {
        return fromUnits.values().stream().filter(u -> u.level() == level).toList();
    }

    private record Working(UnitKey key, boolean isDefault, String note, String basis) {
    }
}
