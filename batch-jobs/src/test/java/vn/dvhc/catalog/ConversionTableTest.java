package vn.dvhc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.dvhc.domain.Conversion;
import vn.dvhc.domain.PopulationTarget;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.testing.BuiltInChain;

/** The built-in chain pre-2025 → 2025-07-01 → 2026-04-30, composed in memory. */
class ConversionTableTest {

    private static ConversionTable table;

    @BeforeAll
    static void build() {
        table = BuiltInChain.table();
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

    // NSO note "Nhập một phần diện tích, toàn bộ dân số"; NQ 1656/NQ-UBTVQH15 Điều 1 khoản 3 (land only), 28 (the rest).
    @Test
    void theWholePopulationOfThuyKhueWentToTayHoAlongBothSteps() {
        PopulationTarget thuyKhue = table.population(new UnitKey(UnitLevel.COMMUNE, "00112"));
        assertThat(thuyKhue.basis()).isEqualTo("NSO: toàn bộ dân số");
        assertThat(thuyKhue.candidate().unit().fullName()).isEqualTo("Phường Tây Hồ");
        assertThat(convert(UnitLevel.COMMUNE, "00112").candidates()).contains(thuyKhue.candidate());
    }

    @Test
    void noPopulationTargetWhereNoSourceDecidesOrNothingIsSplit() {
        // Cổ Bi is split three ways with people in each part; Bến Nghé is not split at all.
        assertThat(table.population(new UnitKey(UnitLevel.COMMUNE, "00553"))).isNull();
        assertThat(table.population(new UnitKey(UnitLevel.COMMUNE, "26740"))).isNull();
        assertThat(table.population(new UnitKey(UnitLevel.COMMUNE, "99999"))).isNull();
        assertThat(table.population(new UnitKey(UnitLevel.DISTRICT, "755"))).isNull();
    }

    @Test
    void aResolutionAloneDecidesHoaThang() {
        // NQ 1671/NQ-UBTVQH15 Điều 1 khoản 46 moves only land of Hòa Thắng to Hồng Thái; khoản 51 gives the rest.
        PopulationTarget hoaThang = table.population(new UnitKey(UnitLevel.COMMUNE, "23053"));
        assertThat(hoaThang.basis()).isEqualTo("NQ 1671/NQ-UBTVQH15 Điều 1 khoản 46, khoản 51");
        assertThat(hoaThang.candidate().unit().code()).isEqualTo("23053");
    }

    @Test
    void fromThe2025ReleaseNothingIsSplitSoNoPopulationTargets() {
        assertThat(BuiltInChain.table(1, 3).population(new UnitKey(UnitLevel.COMMUNE, "00103"))).isNull();
    }
}
