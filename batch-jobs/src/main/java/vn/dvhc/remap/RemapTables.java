package vn.dvhc.remap;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jooq.DSLContext;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.ConversionTable;
import vn.dvhc.catalog.ReleaseChain;
import vn.dvhc.common.Timeline;
import vn.dvhc.domain.Release;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * The {@link RemapTable}s of this JVM, built once per (releases, split mode, encoding, delimiter, basis columns) and
 * shared by the partitions that need them, on one machine or on a remote worker that serves many jobs.
 */
public final class RemapTables {

    private final DSLContext dsl;
    private final Map<String, RemapTable> tables = new ConcurrentHashMap<>();

    public RemapTables(DSLContext dsl) {
        this.dsl = dsl;
    }

    RemapTable get(RemapSettings settings, InputLayout layout) {
        String key = String.join("|", settings.from(), settings.to(), settings.onSplit().name(), layout.encoding(),
                String.valueOf(layout.delimiter()), String.valueOf(settings.resolvesSplits()));
        return tables.computeIfAbsent(key, k -> {
            Timeline.mark("job start up to the catalog load");
            RemapTable table = build(settings, layout);
            Timeline.mark("catalog load: release snapshots, conversion table");
            return table;
        });
    }

    private RemapTable build(RemapSettings settings, InputLayout layout) {
        CatalogRepository repository = new CatalogRepository(dsl);
        List<Release> path = new ReleaseChain(repository.releases()).path(settings.from(), null);
        int end = 0;
        while (end < path.size() && !path.get(end).id().equals(settings.to())) {
            end++;
        }
        if (end == path.size()) {
            throw new DvhcException(ErrorCode.REFERENCE_MISSING, "release " + settings.to() + " does not follow "
                    + settings.from() + " on the chain", null, "see 'dvhc reference list'");
        }
        return RemapTable.build(ConversionTable.build(repository, path.subList(0, end + 1)), settings.onSplit(),
                TextEncoding.of(layout.encoding()), layout.delimiter(), settings.resolvesSplits());
    }
}
