package vn.dvhc.remap.table;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jooq.DSLContext;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.ConversionTable;
import vn.dvhc.remap.address.AddressLookups;

/**
 * The conversion tables of this context, one per (from, to), and the address lookups, one per release, built from the
 * catalog on first use (not beans of their own: a context that also holds the file remap has its lookups).
 */
final class CatalogConversions {

    private final DSLContext dsl;
    private final Map<String, ConversionTable> tables = new ConcurrentHashMap<>();
    private final AddressLookups addresses;

    CatalogConversions(DSLContext dsl) {
        this.dsl = dsl;
        this.addresses = new AddressLookups(dsl);
    }

    AddressLookups.Built addresses(String release) {
        return addresses.get(release);
    }

    ConversionTable get(String from, String to) {
        return tables.computeIfAbsent(from + "→" + to, k -> build(from, to));
    }

    private ConversionTable build(String from, String to) {
        return ConversionTable.between(new CatalogRepository(dsl), from, to);
    }
}
