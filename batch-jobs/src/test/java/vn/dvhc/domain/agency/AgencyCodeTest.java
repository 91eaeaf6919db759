package vn.dvhc.domain.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both layouts into one model (domain §3.1–3.2, §6.1.1), with the real codes of domain.md. */
class AgencyCodeTest {

    @ParameterizedTest(name = "{0}: {1}, level 1 {2}, level {3}, parent {4}")
    @CsvSource({
            "000.00.00.H41, QCVN_102, H41, 1, ''",
            "000.00.53.H48, QCVN_102, H48, 2, ''",
            "000.01.31.H26, QCVN_102, H26, 3, 000.00.31.H26",
            "001.01.31.H26, QCVN_102, H26, 4, 000.01.31.H26",
            "000.00.18.G12, QCVN_102, G12, 2, ''",
            "H55.242, QD_20, H55, 2, ''",
            "H49.22, QD_20, H49, 2, ''",
            "G09.20.7, QD_20, G09, 3, G09.20",
            "H38, QD_20, H38, 1, ''",
            "Z01ABC123, Z_SCHEME, Z01, 1, ''"})
    void readsBothLayouts(String value, CodeLayout layout, String level1, int level, String parent) {
        AgencyCode.Reading reading = AgencyCode.read(value);
        assertThat(reading.ok()).as(reading.problem()).isTrue();
        AgencyCode code = reading.code();
        assertThat(code.layout()).isEqualTo(layout);
        assertThat(code.level1()).isEqualTo(level1);
        assertThat(code.level()).isEqualTo(level);
        assertThat(code.parentBelowLevel1().orElse("")).isEqualTo(parent);
    }

    @Test
    void qcvnLowerGroupsRunRightToLeft() {
        assertThat(AgencyCode.read("001.02.31.H26").code().lower()).containsExactly("31", "02", "001");
        assertThat(AgencyCode.read("H55.242.7").code().lower()).isEqualTo(List.of("242", "7"));
    }

    @ParameterizedTest(name = "''{0}'': {1}")
    @CsvSource(delimiter = '|', value = {
            "''| the code is empty",
            "'000.00.00.H41 '| contains a space",
            "000.00.00.h41| lower-case",
            "H55..242| empty group",
            "H55.242.| empty group",
            "Z01.ABC| no dot after the scheme code",
            "ZA1| Z is not a level-1 letter",
            "000.0.00.H41| groups of 3, 2, 2 and 3 characters",
            "H55-242| other than A–Z, 0–9 and dots",
            "H55.12345678901234567890123456789012| at most 35",
            "55.242| neither QCVN 102"})
    void refusesWhatNeitherLayoutAllows(String value, String problem) {
        AgencyCode.Reading reading = AgencyCode.read(value);
        assertThat(reading.ok()).isFalse();
        assertThat(reading.problem()).contains(problem.trim());
    }

    @Test
    void gapsLettersAndQcvnRepresentability() {
        assertThat(AgencyCode.read("000.05.00.H41").code().hasGap()).isTrue();
        assertThat(AgencyCode.read("000.05.31.H41").code().hasGap()).isFalse();
        assertThat(AgencyCode.read("000.00.0A.H41").code().hasLettersInLowerGroups()).isTrue();
        assertThat(AgencyCode.read("H55.242").code().representableInQcvn()).isFalse();
        assertThat(AgencyCode.read("H49.22").code().representableInQcvn()).isTrue();
        assertThat(AgencyCode.read("000.00.53.H48").code().representableInQcvn()).isTrue();
    }
}
