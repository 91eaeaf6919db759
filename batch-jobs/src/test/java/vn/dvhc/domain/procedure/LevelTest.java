package vn.dvhc.domain.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Cấp tỉnh                          | TINH
            Cấp tỉnh, Cấp huyện               | TINH HUYEN
            Cấp huyện, Cấp tỉnh               | TINH HUYEN
            Cấp huyện; Cấp xã                 | XA HUYEN
            Cấp huyện và Cấp xã               | XA HUYEN
            CẤP XÃ                            | XA
            cap tinh                          | TINH
            Cấp Bộ/ngành                      | BO_NGANH
            Cấp bộ, ngành                     | BO_NGANH
            Cấp bộ/ngành (ngành dọc)          | BO_NGANH
            Cơ quan khác                      | KHAC
            Cấp tỉnh, Cấp xã, Cơ quan khác    | TINH XA KHAC
            province; commune                 | TINH XA
            district                          | HUYEN
            Cấp tỉnh, Cấp tỉnh                | TINH
            Cấp xã/phường                     | XA
            """)
    void levelsAreReadFromTheirLabelsIdsAndEnglishNames(String cell, String expected) {
        List<Level> levels = Arrays.stream(expected.split(" ")).map(Level::valueOf).toList();
        assertThat(Level.parseAll(cell)).isEqualTo(levels);
    }

    @Test
    void severalLevelsInOneSpreadsheetCellOnSeparateLines() {
        assertThat(Level.parseAll("Cấp tỉnh\nCấp huyện\nCấp xã")).containsExactly(Level.TINH, Level.XA, Level.HUYEN);
    }

    @Test
    void anUnknownWordIsNamedInTheMessage() {
        assertThatThrownBy(() -> Level.parseAll("Cấp tỉnh, Cấp thôn"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'cap thon' is not one of Cấp tỉnh, Cấp huyện, Cấp xã");
        assertThatThrownBy(() -> Level.parseAll(" , ")).hasMessage("no level given");
    }

    @Test
    void theDistrictLevelIsReadButNeverPublished() {
        // Luật 72/2025/QH15: the district level ended on 2025-07-01; domain §6.2.3.
        assertThat(Level.HUYEN.publishable()).isFalse();
        assertThat(Level.published()).doesNotContain(Level.HUYEN)
                .extracting(Level::label).containsExactly("Cấp tỉnh", "Cấp xã", "Cấp bộ/ngành", "Cơ quan khác");
        assertThat(Level.fromId("bo-nganh")).isEqualTo(Level.BO_NGANH);
    }
}
