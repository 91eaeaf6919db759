package vn.dvhc.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dvhc.domain.Conversion;
import vn.dvhc.domain.Release;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * {@code reference lookup}: where an old unit went, or what a name means. Codes are read in the starting
 * release ({@code --from}, default the chain's root); names are matched without accents or case in both the
 * starting and the target release.
 */
public final class UnitLookup {

    public static final int LIMIT = 20;

    private final CatalogRepository repository;
    /** Conversion tables by path, built once for a lookup of many addresses (read from stdin). */
    private final Map<List<Release>, ConversionTable> tables = new HashMap<>();

    public UnitLookup(CatalogRepository repository) {
        this.repository = repository;
    }

    /** Where each of several old codes went, in one answer: the candidates an address was read as. */
    public LookupResult codes(String query, List<String> codes, String fromId, LocalDate asOf) {
        ReleaseChain chain = new ReleaseChain(repository.releases());
        Release from = fromId == null ? chain.defaultStart() : chain.get(fromId);
        ConversionTable table = tables.computeIfAbsent(chain.path(from.id(), asOf),
                path -> ConversionTable.build(repository, path));
        List<LookupResult.Entry> entries = new ArrayList<>();
        for (String code : codes) {
            entries.add(byCode(code, table, chain));
        }
        return new LookupResult(query, from.id(), table.to().id(), asOf, entries, 0);
    }

    public LookupResult lookup(String query, String fromId, LocalDate asOf) {
        ReleaseChain chain = new ReleaseChain(repository.releases());
        Release from = fromId == null ? chain.defaultStart() : chain.get(fromId);
        ConversionTable table = tables.computeIfAbsent(chain.path(from.id(), asOf),
                path -> ConversionTable.build(repository, path));
        String trimmed = query.trim();
        List<LookupResult.Entry> entries = new ArrayList<>();
        int more = 0;
        if (!trimmed.isEmpty() && trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            entries.add(byCode(trimmed, table, chain));
        } else if (trimmed.length() < 2) {
            throw new DvhcException(ErrorCode.USAGE, "'" + query + "' is too short to look up", null,
                    "give a code (2, 3 or 5 digits) or at least 2 letters of a name");
        } else {
            List<Unit> old = repository.search(from.id(), trimmed, LIMIT + 1);
            List<Unit> current = table.to().id().equals(from.id()) ? List.of()
                    : repository.search(table.to().id(), trimmed, LIMIT + 1);
            for (Unit unit : old) {
                entries.add(entry(unit, table));
            }
            for (Unit unit : current) {
                entries.add(current(unit, table));
            }
            if (entries.size() > LIMIT) {
                more = entries.size() - LIMIT;
                entries = new ArrayList<>(entries.subList(0, LIMIT));
            }
        }
        return new LookupResult(query, from.id(), table.to().id(), asOf, entries, more);
    }

    private LookupResult.Entry byCode(String code, ConversionTable table, ReleaseChain chain) {
        UnitLevel level = UnitLevel.ofCode(code);
        if (level == null) {
            throw new DvhcException(ErrorCode.USAGE, "'" + code + "' is not a unit code", null,
                    "codes have 2 (province), 3 (district) or 5 (commune) digits, leading zeros included");
        }
        UnitKey key = new UnitKey(level, code);
        if (table.convert(key) != null) {
            return entry(table.convert(key).old(), table, table.convert(key));
        }
        List<String> remarks = new ArrayList<>();
        for (Release release : chain.releases()) {
            if (release.id().equals(table.from().id())) {
                continue;
            }
            repository.unit(release.id(), key).ifPresent(u -> remarks.add("in " + release.id() + ", " + code + " is "
                    + u.fullName()));
            repository.alias(release.id(), key).ifPresent(a -> remarks.add("in " + release.id() + ", " + code
                    + " is a known misprint of " + a.code() + ": " + a.note()));
        }
        if (remarks.isEmpty()) {
            remarks.add("no release in the catalog knows this code");
        }
        return new LookupResult.Entry(table.from().id(), new Unit(level, code, "", "", null, ""), List.of(),
                LookupResult.Status.UNKNOWN, null, List.of(), List.of(), remarks);
    }

    private LookupResult.Entry entry(Unit unit, ConversionTable table) {
        return entry(unit, table, table.convert(unit.key()));
    }

    private LookupResult.Entry entry(Unit unit, ConversionTable table, Conversion conversion) {
        List<LookupResult.Target> targets = new ArrayList<>();
        LookupResult.Status status;
        if (!conversion.candidates().isEmpty()) {
            status = conversion.split() ? LookupResult.Status.SPLIT : LookupResult.Status.MAPPED;
            for (Conversion.Candidate c : conversion.candidates()) {
                targets.add(target(c.unit(), table, c.isDefault(), c.note(), c.defaultBasis()));
            }
        } else {
            status = LookupResult.Status.ABOLISHED;
            if (unit.level() == UnitLevel.DISTRICT) {
                targets.addAll(districtSuccessors(unit, table));
            }
        }
        List<String> remarks = new ArrayList<>();
        Unit sameCode = table.toUnit(unit.key());
        if (!table.to().id().equals(table.from().id()) && sameCode != null
                && targets.stream().noneMatch(t -> t.unit().equals(sameCode))) {
            remarks.add("codes are re-used: in " + table.to().id() + ", " + unit.code() + " is " + sameCode.fullName());
        }
        return new LookupResult.Entry(table.from().id(), unit, parents(unit, table), status, conversion.alias(),
                targets, List.of(), remarks);
    }

    private LookupResult.Entry current(Unit unit, ConversionTable table) {
        List<LookupResult.Target> sources = new ArrayList<>();
        for (Unit old : table.fromUnits(UnitLevel.COMMUNE)) {
            addSource(sources, old, unit, table);
        }
        for (Unit old : table.fromUnits(UnitLevel.DISTRICT)) {
            addSource(sources, old, unit, table);
        }
        if (unit.level() == UnitLevel.PROVINCE) {
            for (Unit old : table.fromUnits(UnitLevel.PROVINCE)) {
                addSource(sources, old, unit, table);
            }
        }
        return new LookupResult.Entry(table.to().id(), unit, parentsInTarget(unit, table), LookupResult.Status.CURRENT,
                null, List.of(), sources, List.of());
    }

    private static void addSource(List<LookupResult.Target> sources, Unit old, Unit unit, ConversionTable table) {
        Conversion conversion = table.convert(old.key());
        if (conversion == null) {
            return;
        }
        conversion.candidates().stream().filter(c -> c.unit().equals(unit)).findFirst().ifPresent(c -> {
            Unit province = table.fromUnit(new UnitKey(UnitLevel.PROVINCE, old.provinceCode()));
            sources.add(new LookupResult.Target(old, province == null ? "" : province.fullName(), c.isDefault(),
                    c.note() + (conversion.split() ? " (split)" : ""), c.defaultBasis()));
        });
    }

    // An abolished district: where its communes went, each new commune once.
    private static List<LookupResult.Target> districtSuccessors(Unit district, ConversionTable table) {
        Map<Unit, LookupResult.Target> targets = new LinkedHashMap<>();
        for (Unit commune : table.fromUnits(UnitLevel.COMMUNE)) {
            if (district.code().equals(commune.parentCode())) {
                for (Conversion.Candidate c : table.convert(commune.key()).candidates()) {
                    targets.putIfAbsent(c.unit(), target(c.unit(), table, false, "", ""));
                }
            }
        }
        return targets.values().stream()
                .sorted((a, b) -> a.unit().code().compareTo(b.unit().code())).toList();
    }

    private static LookupResult.Target target(Unit unit, ConversionTable table, boolean isDefault, String note,
                                              String basis) {
        Unit province = table.toUnit(new UnitKey(UnitLevel.PROVINCE, unit.provinceCode()));
        return new LookupResult.Target(unit, province == null ? "" : province.fullName(), isDefault, note, basis);
    }

    private static List<String> parents(Unit unit, ConversionTable table) {
        List<String> parents = new ArrayList<>();
        if (unit.level() == UnitLevel.COMMUNE && unit.parentCode() != null) {
            Optional.ofNullable(table.fromUnit(new UnitKey(UnitLevel.DISTRICT, unit.parentCode())))
                    .ifPresent(d -> parents.add(d.fullName()));
        }
        if (unit.level() != UnitLevel.PROVINCE) {
            Optional.ofNullable(table.fromUnit(new UnitKey(UnitLevel.PROVINCE, unit.provinceCode())))
                    .ifPresent(p -> parents.add(p.fullName()));
        }
        return parents;
    }

    private static List<String> parentsInTarget(Unit unit, ConversionTable table) {
        if (unit.level() == UnitLevel.PROVINCE) {
            return List.of();
        }
        Unit province = table.toUnit(new UnitKey(UnitLevel.PROVINCE, unit.provinceCode()));
        return province == null ? List.of() : List.of(province.fullName());
    }
}
