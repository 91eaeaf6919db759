package vn.dvhc.catalog.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.dvhc.catalog.problem.Problem;
import vn.dvhc.domain.MappingRow;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.testing.Resources;

/** The official NSO conversion table, parsed as published (shared/reference/official/README.md §1). */
class NsoConversionReaderTest {

    private static ReleaseDraft draft;

    @BeforeAll
    static void read() {
        draft = ReferenceFormats.read(Resources.official("nso-conversion-2025-07.csv"), null, null).get(0);
    }

    @Test
    void holdsTheNewUnitsAndEveryPairOfTheTable() {
        assertThat(draft.format()).isEqualTo(NsoConversionReader.FORMAT);
        assertThat(draft.content().count(UnitLevel.PROVINCE)).isEqualTo(34);
        assertThat(draft.content().count(UnitLevel.COMMUNE)).isEqualTo(3321);
        // 10,565 commune rows + 5 island districts; the Kim Sơn alluvial land has no code and is skipped.
        assertThat(draft.mapping()).hasSize(10_570);
        assertThat(draft.mapping().stream().map(Sourced::value).filter(m -> m.oldLevel() == UnitLevel.DISTRICT)
                .map(MappingRow::oldCode)).containsExactlyInAnyOrder("318", "471", "498", "536", "755");
    }

    @Test
    void takesItsIdAndPredecessorDateFromTheTitleRow() {
        assertThat(draft.statedDate()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(draft.id()).isEqualTo("nso-2025-07-01");
    }

    @Test
    void keepsLinesOfDataRowsDespiteQuotedNewlines() {
        // Line 4 is the first data row; the table has 11,485 lines but 10,607 records.
        assertThat(draft.mapping().get(0).at().line()).isEqualTo(4);
        assertThat(draft.mapping().get(draft.mapping().size() - 1).at().line()).isLessThanOrEqualTo(11_485);
    }

    @Test
    void reportsWhatItCouldNotTakeAtFaceValue() {
        List<String> warnings = draft.problems().warnings().stream().map(Problem::toString).toList();
        assertThat(warnings).anyMatch(w -> w.contains("line 4,749") && w.contains("not an administrative unit"));
        assertThat(warnings).anyMatch(w -> w.contains("type 'Xa' of 'Xa Ea Kly' read as 'Xã'"));
        assertThat(draft.problems().errors()).isEmpty();
    }

    @Test
    void splitDefaultsComeOnlyFromTheTableItself() {
        List<MappingRow> rows = draft.mapping().stream().map(Sourced::value).toList();
        assertThat(rows.stream().filter(MappingRow::split).map(MappingRow::defaultBasis).distinct())
                .allMatch(b -> b.startsWith("official") || b.equals("code retained") || b.equals("same name")
                        || b.equals("no default"));
        // 26740 Bến Nghé went whole into Phường Sài Gòn.
        assertThat(rows).contains(new MappingRow(UnitLevel.COMMUNE, "26740", "26740", false, true, "Nhập toàn bộ",
                "only target"));
    }
}
