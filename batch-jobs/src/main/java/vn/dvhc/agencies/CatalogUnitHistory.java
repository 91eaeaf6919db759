package vn.dvhc.agencies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.ReleaseChain;
import vn.dvhc.domain.MappingRow;
import vn.dvhc.domain.Release;
import vn.dvhc.domain.ReleaseContent;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.domain.agency.UnitHistory;

/**
 * The reference catalog's default chain up to the release in force on the as-of date, read once. A unit of an
 * older release is followed through each release's mapping from its predecessor; a unit a release does not map
 * (and still has) is unchanged; a unit it neither maps nor has (a district after 2025-07-01) is gone.
 */
final class CatalogUnitHistory implements UnitHistory {

    private final List<String> releases;
    private final Map<String, Map<UnitKey, Unit>> units = new LinkedHashMap<>();
    private final Map<String, Map<UnitKey, List<MappingRow>>> mappings = new LinkedHashMap<>();

    CatalogUnitHistory(CatalogRepository catalog, LocalDate asOf) {
        ReleaseChain chain = new ReleaseChain(catalog.releases());
        List<Release> path = chain.path(chain.defaultStart().id(), asOf);
        List<String> ids = new ArrayList<>();
        for (Release release : path) {
            ReleaseContent content = catalog.content(release.id());
            units.put(release.id(), content.unitsByKey());
            mappings.put(release.id(), content.mappingByOldKey());
            ids.add(release.id());
        }
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
        return Optional.ofNullable(units.getOrDefault(releaseId, Map.of()).get(key));
    }

    @Override
    public List<Unit> successors(String releaseId, UnitKey key) {
        Set<UnitKey> current = new LinkedHashSet<>(List.of(key));
        for (int i = releases.indexOf(releaseId) - 1; i >= 0; i--) {
            String next = releases.get(i);
            Set<UnitKey> following = new LinkedHashSet<>();
            for (UnitKey k : current) {
                List<MappingRow> rows = mappings.get(next).get(k);
                if (rows != null) {
                    rows.forEach(r -> following.add(r.newKey()));
                } else if (units.get(next).containsKey(k)) {
                    following.add(k);
                }
            }
            current = following;
        }
        Map<UnitKey, Unit> now = units.get(releaseInForce());
        return current.stream().map(now::get).filter(u -> u != null).toList();
    }

    @Override
    public List<Unit> communes(String provinceCode) {
        return units.get(releaseInForce()).values().stream()
                .filter(u -> u.level() == UnitLevel.COMMUNE && provinceCode.equals(u.provinceCode()))
                .sorted(Comparator.comparing(Unit::code)).toList();
    }
}
