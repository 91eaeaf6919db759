package vn.dvhc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitTypesTest {

    @ParameterizedTest(name = "{0}: {1} + {2}")
    @CsvSource({
            "PROVINCE,Thành phố Hà Nội,Thành phố,Hà Nội",
            "PROVINCE,Tỉnh Đắk Lắk,Tỉnh,Đắk Lắk",
            "DISTRICT,Thị Xã Mường Lay,Thị xã,Mường Lay",
            "DISTRICT,Quận 1,Quận,1",
            "COMMUNE,Thị Trấn Yên Minh,Thị trấn,Yên Minh",
            "COMMUNE,Phường Phường Đúc,Phường,Phường Đúc",
            "COMMUNE,Đặc khu Côn Đảo,Đặc khu,Côn Đảo",
            "COMMUNE,xã  Hòa Khánh,Xã,Hòa Khánh"})
    void splitsTypeFromName(UnitLevel level, String fullName, String type, String name) {
        UnitTypes.Split split = UnitTypes.split(level, fullName);
        assertThat(split.type()).isEqualTo(type);
        assertThat(split.name()).isEqualTo(name);
        assertThat(split.misspelt()).isFalse();
    }

    // The NSO conversion table, lines 7870–7871 (shared/reference/official/README.md).
    @Test
    void readsAMissingDiacriticAsTheTypeButSaysSo() {
        UnitTypes.Split split = UnitTypes.split(UnitLevel.COMMUNE, "Xa Ea Kly");
        assertThat(split.type()).isEqualTo("Xã");
        assertThat(split.name()).isEqualTo("Ea Kly");
        assertThat(split.misspelt()).isTrue();
        assertThat(split.writtenType()).isEqualTo("Xa");
    }

    @ParameterizedTest(name = "{1} has no {0} type")
    @CsvSource({"COMMUNE,Xuân Quang 3", "COMMUNE,Quận 1", "PROVINCE,Huyện Côn Đảo", "COMMUNE,Xã"})
    void noTypeGivesNull(UnitLevel level, String fullName) {
        assertThat(UnitTypes.split(level, fullName)).isNull();
    }
}
