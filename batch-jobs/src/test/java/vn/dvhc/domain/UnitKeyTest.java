package vn.dvhc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UnitKeyTest {

    @Test
    void aKeyIsItsLevelAndCode() {
        UnitKey commune = new UnitKey(UnitLevel.COMMUNE, "00001");
        assertThat(commune).isEqualTo(new UnitKey(UnitLevel.COMMUNE, "00001"))
                .hasSameHashCodeAs(new UnitKey(UnitLevel.COMMUNE, "00001"))
                .isNotEqualTo(new UnitKey(UnitLevel.DISTRICT, "00001"))
                .isNotEqualTo(new UnitKey(UnitLevel.COMMUNE, "00004"))
                .isNotEqualTo("00001");
        assertThat(new UnitKey(UnitLevel.PROVINCE, null)).isEqualTo(new UnitKey(UnitLevel.PROVINCE, null))
                .isNotEqualTo(new UnitKey(UnitLevel.PROVINCE, "01"));
        Map<UnitKey, String> units = new HashMap<>();
        units.put(new UnitKey(UnitLevel.DISTRICT, "001"), "Quận Ba Đình");
        units.put(new UnitKey(UnitLevel.COMMUNE, "001"), "not a commune code, but a different key");
        assertThat(units.get(new UnitKey(UnitLevel.DISTRICT, "001"))).isEqualTo("Quận Ba Đình");
    }

    @Test
    void theHashIsTheSameInEveryRun() {
        // From the level's position, not from the enum constant's identity hash, which changes from run to run.
        assertThat(new UnitKey(UnitLevel.COMMUNE, "00001").hashCode()).isEqualTo(31 * 3 + "00001".hashCode());
        assertThat(new UnitKey(UnitLevel.PROVINCE, "01").hashCode()).isEqualTo(31 + "01".hashCode());
    }
}
