package vn.dvhc.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.dvhc.domain.ProvinceAgencyCode;

class ProvinceAgencyCodesTest {

    private final ProvinceAgencyCodes codes = ProvinceAgencyCodes.builtIn();

    @Test
    void holdsTheSixtyThreeProvincialPeoplesCommittees() {
        assertThat(codes.all()).hasSize(63);
        assertThat(codes.all()).filteredOn(c -> c.status() == ProvinceAgencyCode.Status.KEPT).hasSize(34);
    }

    // domain.md §3.6: Lào Cai keeps H38 although its unit code 15 is Yên Bái's; Bắc Ninh appears as H05.
    @Test
    void agencyCodesAreNotUnitCodes() {
        assertThat(codes.usedBy("15")).contains("H38");
        assertThat(codes.usedBy("24")).contains("H05");
        assertThat(codes.byCode("H63")).get().satisfies(c -> {
            assertThat(c.status()).isEqualTo(ProvinceAgencyCode.Status.MERGED);
            assertThat(c.usedCode()).isEqualTo("H38");
        });
    }

    @Test
    void everyNewProvinceHasItsCode() {
        for (String province : new String[]{"01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31",
                "33", "37", "38", "40", "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86",
                "91", "92", "96"}) {
            assertThat(codes.usedBy(province)).as(province).isPresent();
        }
        assertThat(codes.usedBy("79")).contains("H29");
    }
}
