package vn.dvhc.domain.address;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.dvhc.domain.HistoricalName;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitLevel;

/**
 * The names of a three-level release (provinces, districts, communes: the {@code pre-2025} release), indexed once
 * for reading addresses: each level's names and spelling variants by folded key, the historical names of units
 * renamed, merged or moved since 2019, the province nicknames, and a one-edit index for typos. Immutable once
 * built, so one instance serves every thread; building it for the whole country takes a fraction of a second.
 */
public final class Gazetteer {

    private final Map<UnitLevel, Map<String, Unit>> units = new EnumMap<>(UnitLevel.class);
    private final Map<UnitLevel, NameIndex> names = new EnumMap<>(UnitLevel.class);
    private int historicalNames;

    private Gazetteer() {
        for (UnitLevel level : UnitLevel.values()) {
            units.put(level, new HashMap<>());
            names.put(level, new NameIndex());
        }
    }

    /**
     * Indexes the units of a release and the historical names that lead to them.
     *
     * @param units   provinces, districts and communes of one release (other levels' units are ignored if absent)
     * @param history historical names whose successors are units of the same release; names whose successors are
     *                all unknown are left out
     */
    public static Gazetteer of(Collection<Unit> units, Collection<HistoricalName> history) {
        Gazetteer g = new Gazetteer();
        for (Unit unit : units) {
            g.units.get(unit.level()).put(unit.code(), unit);
        }
        for (Unit unit : units) {
            g.addNames(unit);
        }
        Vocabulary.NICKNAMES.forEach((code, spellings) -> {
            Unit province = g.units.get(UnitLevel.PROVINCE).get(code);
            if (province != null) {
                spellings.forEach(s -> g.names.get(UnitLevel.PROVINCE).add(province, s, false));
            }
        });
        Map<String, Set<String>> districtSuccessors = new HashMap<>();
        for (HistoricalName name : history) {
            if (name.level() == UnitLevel.DISTRICT) {
                districtSuccessors.computeIfAbsent(name.code(), k -> new HashSet<>()).addAll(name.successors());
            }
        }
        for (HistoricalName name : history) {
            g.addFormer(name, districtSuccessors);
        }
        return g;
    }

    /** The unit of a level with a code, if the release has it. */
    public Optional<Unit> unit(UnitLevel level, String code) {
        return Optional.ofNullable(code == null ? null : units.get(level).get(code));
    }

    /** How many units of a level were indexed. */
    public int count(UnitLevel level) {
        return units.get(level).size();
    }

    /** How many historical names were indexed (those with at least one successor in the release). */
    public int historicalNames() {
        return historicalNames;
    }

    NameIndex names(UnitLevel level) {
        return names.get(level);
    }

    private void addNames(Unit unit) {
        NameIndex index = names.get(unit.level());
        index.add(unit, unit.name(), true);
        String digits = Numerals.inDigits(unit.name());
        if (digits != null) {
            index.add(unit, digits, false);
        }
        if (unit.level() == UnitLevel.PROVINCE && unit.name().indexOf(' ') > 0) {
            index.add(unit, unit.name().replace(" ", ""), false); // Daklak, Hochiminh, Kontum
        }
        if (unit.name().startsWith("Nông trường ")) {
            index.add(unit, "NT " + unit.name().substring("Nông trường ".length()), false);
        }
    }

    private void addFormer(HistoricalName name, Map<String, Set<String>> districtSuccessors) {
        List<Unit> successors = new ArrayList<>(name.successors().size());
        for (String code : name.successors()) {
            unit(name.level(), code).ifPresent(successors::add);
        }
        if (successors.isEmpty()) {
            return;
        }
        // A commune's old name is looked for in the districts that hold it now and in the district it was in,
        // or what that district became: "Phường Bình Khánh, Quận 2" reaches Thủ Đức either way.
        Set<String> districts = new HashSet<>();
        if (name.level() == UnitLevel.COMMUNE) {
            successors.forEach(s -> districts.add(s.parentCode()));
            if (name.districtCode() != null) {
                if (units.get(UnitLevel.DISTRICT).containsKey(name.districtCode())) {
                    districts.add(name.districtCode());
                }
                districts.addAll(districtSuccessors.getOrDefault(name.districtCode(), Set.of()));
            }
        }
        names.get(name.level()).addFormer(name, successors, districts);
        historicalNames++;
    }
}
