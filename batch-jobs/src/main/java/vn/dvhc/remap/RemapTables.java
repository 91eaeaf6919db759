package vn.dvhc.remap;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jooq.DSLContext;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.ConversionTable;
import vn.dvhc.common.Timeline;

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
        return RemapTable.build(ConversionTable.between(new CatalogRepository(dsl), settings.from(), settings.to()),
                settings.onSplit(), TextEncoding.of(layout.encoding()), layout.delimiter(), settings.resolvesSplits());
    }
}
