package vn.dvhc.catalog.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dvhc.catalog.problem.Problem;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.testing.Resources;

/** The GSO/NSO unit exports (shared/reference/official/README.md §2–4). */
class GsoUnitsReaderTest {

    private static ReleaseDraft read(String... files) {
        return new GsoUnitsReader(SourceFiles.folder(Resources.official(".")), List.of(files)).read("gso-test");
    }

    @Test
    void theJulyExportsGiveExactlyTheUnitsOfTheBuiltInPre2025Release() {
        ReleaseDraft july = read("gso-old-districts-2025-07-18.csv", "gso-old-communes-2025-07-18.csv");
        ReleaseDraft builtIn = new BundleReader(SourceFiles.folder(Resources.builtInBundle())).read().get(0);
        assertThat(july.problems().errors()).isEmpty();
        assertThat(july.content().count(UnitLevel.PROVINCE)).isEqualTo(63);
        assertThat(july.content().count(UnitLevel.DISTRICT)).isEqualTo(696);
        assertThat(july.content().count(UnitLevel.COMMUNE)).isEqualTo(10_035);
        assertThat(new HashSet<>(july.content().units())).isEqualTo(new HashSet<>(builtIn.content().units()));
    }

    @Test
    void takesTheTypeFromTheNameWhereCapContradictsIt() {
        ReleaseDraft july = read("gso-old-communes-2025-07-18.csv");
        List<String> warnings = july.problems().warnings().stream().map(Problem::toString).toList();
        assertThat(warnings).hasSize(3);
        assertThat(warnings).anyMatch(w -> w.contains("Thị trấn Ngọc Lặc"));
        assertThat(july.content().units()).contains(new Unit(UnitLevel.COMMUNE, "15061", "Ngọc Lặc", "Thị trấn", "389", "38"));
    }

    @Test
    void readsTheAlternativeExportWithItsIslandDistricts() {
        ReleaseDraft january = read("nso-communes-2025-01-04.csv");
        assertThat(january.content().count(UnitLevel.COMMUNE)).isEqualTo(10_051);
        assertThat(january.content().units()).anyMatch(u -> u.level() == UnitLevel.DISTRICT && u.code().equals("755"));
    }

    @Test
    void theFormatIsToldFromTheHeader() {
        assertThat(ReferenceFormats.detect(Resources.official("gso-old-districts-2025-07-18.csv")))
                .isEqualTo(ReferenceFormats.Format.GSO_UNITS);
        assertThat(ReferenceFormats.detect(Resources.official("nso-conversion-2025-07.csv")))
                .isEqualTo(ReferenceFormats.Format.NSO_CONVERSION);
        assertThat(ReferenceFormats.detect(Resources.builtInBundle())).isEqualTo(ReferenceFormats.Format.BUNDLE);
    }
}
