package vn.dvhc.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * Every unit of one release converted to a later release along the chain, each computed on first use and then
 * held in memory (about 11,000 units for {@code pre-2025}; safe to share between threads): the mappings of each step are composed, candidates of a split
 * stay candidates, a default survives only if it is the default at every step. Where the steps say where the whole
 * population of a split unit went ({@link PopulationOutcome}), that candidate is known too ({@link #population}).
 */
public final class ConversionTable {

    private final Release from;
    private final Release to;
    private final Map<UnitKey, Unit> fromUnits;
    private final Map<UnitKey, Unit> toUnits;
    private final Map<UnitKey, CodeAlias> aliases = new HashMap<>();
    private final List<Map<UnitKey, List<MappingRow>>> steps = new ArrayList<>();
    private final List<Map<String, PopulationOutcome>> outcomes = new ArrayList<>();
    /** Composed on first use: a small job looks at a few dozen of the 11,000 units (issue 17). */
    private final Map<UnitKey, Converted> converted = new ConcurrentHashMap<>();

    private ConversionTable(Release from, Release to, Map<UnitKey, Unit> fromUnits, Map<UnitKey, Unit> toUnits) {
        this.from = from;
        this.to = to;
        this.fromUnits = fromUnits;
        this.toUnits = toUnits;
    }

    /** Builds the table for a path as returned by {@link ReleaseChain#path}. */
    public static ConversionTable build(CatalogRepository repository, List<Release> path) {
        List<ReleaseContent> contents = path.stream().map(repository::content).toList();
        return build(path, contents);
    }

    /** Builds the table from release {@code from} to release {@code to}, a later release on its chain. */
    public static ConversionTable between(CatalogRepository repository, String from, String to) {
        List<Release> path = new ReleaseChain(repository.releases()).path(from, null);
        int end = 0;
        while (end < path.size() && !path.get(end).id().equals(to)) {
            end++;
        }
        if (end == path.size()) {
            throw new DvhcException(ErrorCode.REFERENCE_MISSING, "release " + to + " does not follow " + from
                    + " on the chain", null, "see 'dvhc reference list'");
        }
        return build(repository, path.subList(0, end + 1));
    }

    public static ConversionTable build(List<Release> path, List<ReleaseContent> contents) {
        ConversionTable table = new ConversionTable(path.get(0), path.get(path.size() - 1),
                contents.get(0).unitsByKey(), contents.get(contents.size() - 1).unitsByKey());
        contents.get(0).aliases().forEach(a -> table.aliases.put(new UnitKey(a.level(), a.aliasCode()), a));
        for (ReleaseContent step : contents.subList(1, contents.size())) {
            table.steps.add(step.mappingByOldKey());
            table.outcomes.add(step.populationByOldCode());
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
        Converted direct = converted(key);
        if (direct != null) {
            return direct.conversion();
        }
        CodeAlias alias = aliases.get(key);
        Converted target = alias == null ? null : converted(new UnitKey(alias.level(), alias.code()));
        return target == null ? null : new Conversion(target.conversion().old(), target.conversion().candidates(),
                target.conversion().split(), alias);
    }

    /**
     * The candidate that received the whole population of a split unit of the starting release, reading the code
     * through a known correction like {@link #convert}; null when the unit is not split or no source decides it.
     */
    public PopulationTarget population(UnitKey key) {
        CodeAlias alias = fromUnits.containsKey(key) ? null : aliases.get(key);
        Converted unit = converted(alias == null ? key : new UnitKey(alias.level(), alias.code()));
        return unit == null ? null : unit.population();
    }

    // A unit of the starting release with where it went, composed once; null for a code that is no such unit.
    private Converted converted(UnitKey key) {
        Unit unit = fromUnits.get(key);
        if (unit == null) {
            return null;
        }
        return converted.computeIfAbsent(key, k -> {
            Conversion conversion = compose(unit, steps);
            return new Converted(conversion, populationTarget(conversion, steps, outcomes));
        });
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

    /** Units of the target release at a level. */
    public List<Unit> toUnits(UnitLevel level) {
        return toUnits.values().stream().filter(u -> u.level() == level).toList();
    }

    private record Converted(Conversion conversion, PopulationTarget population) {
    }

    private record Working(UnitKey key, boolean isDefault, String note, String basis) {
    }
}
