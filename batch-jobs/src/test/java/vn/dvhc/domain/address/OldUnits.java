package vn.dvhc.domain.address;

import java.util.List;

import vn.dvhc.catalog.format.BundleReader;
import vn.dvhc.catalog.format.ReleaseDraft;
import vn.dvhc.catalog.format.SourceFiles;
import vn.dvhc.domain.HistoricalName;
import vn.dvhc.domain.Unit;
import vn.dvhc.testing.Resources;

/** The built-in {@code pre-2025} release as the product ships it (no mocks), read once for all tests. */
final class OldUnits {

    private static ReleaseDraft draft;
    private static Gazetteer gazetteer;

    private OldUnits() {
    }

    static synchronized ReleaseDraft draft() {
        if (draft == null) {
            draft = new BundleReader(SourceFiles.folder(Resources.builtInBundle())).read().stream()
                    .filter(d -> d.id().equals(BundleReader.PRE_2025)).findFirst().orElseThrow();
        }
        return draft;
    }

    static List<Unit> units() {
        return draft().content().units();
    }

    static List<HistoricalName> history() {
        return draft().historyValues();
    }

    static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = Gazetteer.of(units(), history());
        }
        return gazetteer;
    }

    static AddressReader reader() {
        return new AddressReader(gazetteer());
    }
}
