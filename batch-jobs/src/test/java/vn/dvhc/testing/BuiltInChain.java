package vn.dvhc.testing;

import java.time.Instant;
import java.util.List;

import vn.dvhc.catalog.ConversionTable;
import vn.dvhc.catalog.format.BundleReader;
import vn.dvhc.catalog.format.ReleaseDraft;
import vn.dvhc.catalog.format.SourceFiles;
import vn.dvhc.domain.Release;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.domain.split.CommuneLookup;

/** The built-in releases as the product ships them, composed in memory without a database, read once per JVM. */
public final class BuiltInChain {

    private static List<ReleaseDraft> drafts;
    private static ConversionTable whole;

    private BuiltInChain() {
    }

    /** pre-2025 → 2025-07-01 → 2026-04-30. */
    public static synchronized ConversionTable table() {
        if (whole == null) {
            whole = table(0, 3);
        }
        return whole;
    }

    /** The releases {@code from} (inclusive) to {@code to} (exclusive) of the chain, composed. */
    public static synchronized ConversionTable table(int from, int to) {
        if (drafts == null) {
            drafts = new BundleReader(SourceFiles.folder(Resources.builtInBundle())).read();
        }
        List<ReleaseDraft> path = drafts.subList(from, to);
        return ConversionTable.build(path.stream().map(d -> new Release(d.id(), d.title(), d.predecessorId(),
                d.effectiveDate(), d.format(), true, Instant.EPOCH, d.sources())).toList(),
                path.stream().map(ReleaseDraft::content).toList());
    }

    /** The old communes of pre-2025 and where they went by 2026-04-30. */
    public static CommuneLookup communes() {
        ConversionTable table = table();
        return code -> table.convert(new UnitKey(UnitLevel.COMMUNE, code));
    }
}
