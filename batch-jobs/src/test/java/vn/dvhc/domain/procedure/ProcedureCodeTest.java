package vn.dvhc.domain.procedure;

import vn.dvhc.domain.DistrictWording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProcedureCodeTest {

    @ParameterizedTest(name = "{0} is a national code (domain §4.1)")
    @ValueSource(strings = {"1.000894", "1.004222", "2.000815", "3.000181", "1.115835"})
    void nationalCodes(String code) {
        assertThat(ProcedureCode.isNational(code)).isTrue();
        assertThat(new ProcedureCode(code).value()).isEqualTo(code);
    }

    @ParameterizedTest(name = "''{0}'' is not a national code")
    @ValueSource(strings = {"0.000894", "1.00089", "1.0008944", "1,000894", " 1.000894", "B-BTP-123456-TT", "",
            "1.000894.000.00.00.H38"})
    void notNationalCodes(String code) {
        assertThat(ProcedureCode.isNational(code)).isFalse();
        assertThatThrownBy(() -> new ProcedureCode(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "cell ''{0}'' holds {1}")
    @CsvSource({
            "1.000894, 1.000894",
            "' 1.000894 ', 1.000894",
            "1.011442.000.00.00.H38, 1.011442",
            "2.000815.000.00.00.H55.02, 2.000815",
            "1.001612.000.00.53.H48, 1.001612"})
    void aCellHoldsANationalOrALocalCode(String cell, String national) {
        assertThat(ProcedureCode.fromCell(cell)).contains(new ProcedureCode(national));
    }

    @ParameterizedTest(name = "cell ''{0}'' holds no code")
    @ValueSource(strings = {"1.011442.000.00.00", "1.011442.000.00.00.Z01", "1.011442.000.00.00.h38", "x"})
    void cellsWithoutACode(String cell) {
        assertThat(ProcedureCode.fromCell(cell)).isEmpty();
    }

    @Test
    void theLocalCodeAppendsTheQcvnCodeOfTheProvincesPeoplesCommittee() {
        // dichvucong.laocai.gov.vn publishes 1.011442 as 1.011442.000.00.00.H38 (domain §3.4, §4.1).
        assertThat(new ProcedureCode("1.011442").local("H38")).isEqualTo("1.011442.000.00.00.H38");
        assertThatThrownBy(() -> new ProcedureCode("1.011442").local("38")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProcedureCode("1.011442").local("Z38")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void districtWordingIsFoundWithoutAccentsOrCase() {
        // domain §6.2.3
        assertThat(DistrictWording.mentions("Phòng Tư pháp cấp huyện")).isTrue();
        assertThat(DistrictWording.mentions("UBND HUYỆN Bảo Thắng")).isTrue();
        assertThat(DistrictWording.mentions("Ủy ban nhân dân thị xã Nghĩa Lộ")).isTrue();
        assertThat(DistrictWording.mentions("Bộ phận một cửa cấp huyện")).isTrue();
        assertThat(DistrictWording.mentions("Ủy ban nhân dân cấp xã")).isFalse();
        assertThat(DistrictWording.mentions("Cơ quan quản lý")).isFalse();
        assertThat(DistrictWording.mentions(null)).isFalse();
    }
}
