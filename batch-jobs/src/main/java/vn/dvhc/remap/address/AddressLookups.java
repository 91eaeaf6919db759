package vn.dvhc.remap.address;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.jooq.DSLContext;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.domain.address.Gazetteer;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * The address lookups of this JVM, one per starting release, built from the catalog on first use and shared by
 * every partition and chunk of every job that needs it (the gazetteer takes a fraction of a second to build and is
 * immutable). Each remembers how long its build took, for the run's summary.
 */
public final class AddressLookups {

    private static final Logger LOG = LogManager.getLogger(AddressLookups.class);

    /** A lookup and the milliseconds its gazetteer took to build (catalog reads included). */
    public record Built(AddressLookup lookup, long buildMillis) {
    }

    private final DSLContext dsl;
    private final Map<String, Built> built = new ConcurrentHashMap<>();

    public AddressLookups(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Built get(String release) {
        return built.computeIfAbsent(release, this::build);
    }

    private Built build(String release) {
        long start = System.nanoTime();
        CatalogRepository repository = new CatalogRepository(dsl);
        List<Unit> units = repository.release(release).map(repository::content)
                .orElseGet(() -> repository.content(release)).units();
        if (units.stream().noneMatch(u -> u.level() == UnitLevel.DISTRICT)) {
            throw new DvhcException(ErrorCode.USAGE, "addresses and unit names are read against a release with "
                    + "districts, and " + release + " has none", null,
                    "remap addresses with --from pre-2025 (the default)");
        }
        Gazetteer gazetteer = Gazetteer.of(units, repository.history(release));
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info("address gazetteer of {} built in {} ms: {} communes, {} historical names", release, millis,
                gazetteer.count(UnitLevel.COMMUNE), gazetteer.historicalNames());
        return new Built(new AddressLookup(gazetteer), millis);
    }
}
