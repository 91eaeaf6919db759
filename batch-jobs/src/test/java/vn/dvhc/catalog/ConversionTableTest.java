package vn.dvhc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.dvhc.catalog.format.BundleReader;
import vn.dvhc.catalog.format.ReleaseDraft;
import vn.dvhc.catalog.format.SourceFiles;
import vn.dvhc.domain.Conversion;
import vn.dvhc.domain.Release;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.testing.Resources;

/** The built-in chain pre-2025 → 2025-07-01 → 2026-04-30, composed in memory. */
class ConversionTableTest {

    private static ConversionTable table;

    @BeforeAll
    static void build() {
        List<ReleaseDraft> drafts = new BundleReader(SourceFiles.folder(Resources.builtInBundle())).read();
        List<Release> path = drafts.stream().map(d -> new Release(d.id(), d.title(), d.predecessorId(),
                d.effectiveDate(), d.format(), true, Instant.EPOCH, d.sources())).toList();
        table = ConversionTable.build(path, drafts.stream().map(ReleaseDraft::content).toList());
    }

    private static Conversion convert(UnitLevel level, String code) {
        return table.convert(new UnitKey(level, code));
    }

    @Test
    void aMergedWardGoesToItsOneSuccessor() {
        Conversion benNghe = convert(UnitLevel.COMMUNE, "26740");
        assertThat(benNghe.split()).isFalse();
        assertThat(benNghe.candidates()).singleElement().satisfies(c -> {
            assertThat(c.unit().fullName()).isEqualTo("Phường Sài Gòn");
            assertThat(c.note()).isEqualTo("Nhập toàn bộ");
        });
    }

    @Test
    void aSplitCommuneKeepsEveryCandidateThroughTheIdentityStep() {
        Conversion coBi = convert(UnitLevel.COMMUNE, "00553");
        assertThat(coBi.split()).isTrue();
        assertThat(coBi.candidates()).extracting(c -> c.unit().code()).containsExactly("00136", "00541", "00565");
        assertThat(coBi.defaultCandidate().unit().code()).isEqualTo("00136");
    }

    // 237/NQ-UBTVQH16: ten Đồng Nai communes became phường on 2026-04-30, codes unchanged.
    @Test
    void typesAreThoseOfTheTargetRelease() {
        assertThat(convert(UnitLevel.COMMUNE, "25270").candidates().get(0).unit().type()).isEqualTo("Phường");
        assertThat(table.to().effectiveDate()).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void islandDistrictsMapByDistrictCode() {
        assertThat(convert(UnitLevel.DISTRICT, "755").candidates()).singleElement()
                .satisfies(c -> assertThat(c.unit().fullName()).isEqualTo("Đặc khu Côn Đảo"));
        assertThat(convert(UnitLevel.DISTRICT, "760").candidates()).isEmpty();
    }

    @Test
    void provincesFollowTheProvinceMapping() {
        assertThat(convert(UnitLevel.PROVINCE, "77").candidates()).singleElement()
                .satisfies(c -> assertThat(c.unit().code()).isEqualTo("79"));
    }
}
