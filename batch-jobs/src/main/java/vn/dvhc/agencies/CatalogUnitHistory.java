package vn.dvhc.agencies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.ConversionTable;
import vn.dvhc.catalog.ReleaseChain;
import vn.dvhc.domain.Conversion;
import vn.dvhc.domain.Release;
import vn.dvhc.domain.ReleaseContent;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.domain.agency.UnitHistory;

/**
 * The reference catalog's default chain up to the release in force on the as-of date, each release read once. A
 * unit of an older release goes where the catalog's {@link ConversionTable} takes it — the same composition of
 * the releases' mappings as the remap job's — so a unit with no successor (a district after 2025-07-01) is gone.
 */
final class CatalogUnitHistory implements UnitHistory {

    private final List<String> releases;
    private final Map<UnitKey, Unit> inForce;
    private final Map<String, ConversionTable> toInForce = new HashMap<>();

    CatalogUnitHistory(CatalogRepository catalog, LocalDate asOf) {
        ReleaseChain chain = new ReleaseChain(catalog.releases());
        List<Release> path = chain.path(chain.defaultStart().id(), asOf);
        List<ReleaseContent> contents = path.stream().map(catalog::content).toList();
        int last = path.size() - 1;
        for (int i = 0; i < last; i++) {
            toInForce.put(path.get(i).id(), ConversionTable.build(path.subList(i, last + 1),
                    contents.subList(i, last + 1)));
        }
        inForce = contents.get(last).unitsByKey();
        List<String> ids = new ArrayList<>(path.stream().map(Release::id).toList());
        Collections.reverse(ids);
        releases = List.copyOf(ids);
    }

    @Override
    public String releaseInForce() {
        return releases.get(0);
    }

    @Override
    public List<String> releases() {
        return releases;
    }

    @Override
    public Optional<Unit> unit(String releaseId, UnitKey key) {
        if (releaseId.equals(releaseInForce())) {
            return Optional.ofNullable(inForce.get(key));
        }
        ConversionTable table = toInForce.get(releaseId);
        return table == null ? Optional.empty() : Optional.ofNullable(table.fromUnit(key));
    }

    @Override
    public List<Unit> successors(String releaseId, UnitKey key) {
        if (releaseId.equals(releaseInForce())) {
            return unit(releaseId, key).stream().toList();
        }
        ConversionTable table = toInForce.get(releaseId);
        Conversion conversion = table == null ? null : table.convert(key);
        return conversion == null ? List.of()
                : conversion.candidates().stream().map(Conversion.Candidate::unit).toList();
    }

    @Override
    public List<Unit> communes(String provinceCode) {
        return inForce.values().stream()
                .filter(u -> u.level() == UnitLevel.COMMUNE && provinceCode.equals(u.provinceCode()))
                .sorted(Comparator.comparing(Unit::code)).toList();
    }
}
