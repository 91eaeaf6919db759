package vn.dvhc.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.dvhc.common.CsvTable;
import vn.dvhc.domain.procedure.AgencyCrosswalk;
import vn.dvhc.domain.procedure.Level;
import vn.dvhc.domain.procedure.ProcedureCode;
import vn.dvhc.domain.procedure.TransferRule;
import vn.dvhc.domain.procedure.TransferRules;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

class RulesReaderTest {

    @Test
    void rulesNameTheNewLevelsOrAbolishTheProcedure() {
        TransferRules rules = read("""
                procedure_code,from_level,new_level,new_procedure_code,new_agency,legal_basis,note
                2.000815,Cấp huyện,Cấp xã,,Ủy ban nhân dân cấp xã,NĐ 184/2025/NĐ-CP,
                1.012790,Cấp huyện,"Cấp tỉnh, Cấp xã",1.115835,,NĐ 151/2025/NĐ-CP,sample
                2.002211,,Bãi bỏ,2.002211,,NĐ 184/2025/NĐ-CP,
                """);
        assertThat(rules.size()).isEqualTo(3);
        TransferRule moved = rules.find(new ProcedureCode("2.000815"), Level.HUYEN).orElseThrow();
        assertThat(moved.newLevels()).containsExactly(Level.XA);
        assertThat(moved.newAgency()).isEqualTo("Ủy ban nhân dân cấp xã");
        assertThat(rules.find(new ProcedureCode("2.000815"), Level.XA)).as("only the district part").isEmpty();
        TransferRule renumbered = rules.find(new ProcedureCode("1.012790"), Level.HUYEN).orElseThrow();
        assertThat(renumbered.newLevels()).containsExactly(Level.TINH, Level.XA);
        assertThat(renumbered.newCode()).isEqualTo(new ProcedureCode("1.115835"));
        TransferRule abolished = rules.find(new ProcedureCode("2.002211"), Level.TINH).orElseThrow();
        assertThat(abolished.abolishes()).isTrue();
        assertThat(abolished.newCode()).as("the same code is no new code").isNull();
        assertThat(abolished.where()).isEqualTo("rules.csv line 4");
    }

    @Test
    void vietnameseHeadersAreReadToo() {
        TransferRules rules = read("Mã TTHC,Cấp cũ,Cấp mới,Căn cứ pháp lý\n2.000884,Cấp huyện,Cấp xã,NĐ 184/2025/NĐ-CP\n");
        assertThat(rules.find(new ProcedureCode("2.000884"), Level.HUYEN)).isPresent();
    }

    @Test
    void everyBadRuleIsReportedAtOnce() {
        assertThatThrownBy(() -> read("""
                procedure_code,from_level,new_level,legal_basis
                2.000815,Cấp huyện,Cấp huyện,NĐ 184/2025/NĐ-CP
                2.000884,Cấp huyện,Cấp xã,
                2.000884,Cấp huyện,Cấp xã,NĐ 184/2025/NĐ-CP
                2.000884,Cấp huyện,Cấp tỉnh,NĐ 184/2025/NĐ-CP
                2.00088,"Cấp tỉnh, Cấp huyện",Cấp xã,NĐ 184/2025/NĐ-CP
                """)).isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INPUT_MALFORMED);
                    assertThat(e.describe()).startsWith("rules.csv line 2 column 3: Cấp huyện no longer exists").contains(
                            "rules.csv line 3 column 4: the rule cites no legal basis",
                            "rules.csv line 5: a second rule for 2.000884 at Cấp huyện; the first is at rules.csv line 4",
                            "rules.csv line 6 column 1: '2.00088' is not a national procedure code",
                            "rules.csv line 6 column 2: a rule starts from one level, not 2");
                });
    }

    @Test
    void theCrosswalkMatchesByCodeOrByName() {
        String csv = """
                old_agency_code,old_agency,new_agency_code,new_agency
                000.00.13.H63,,000.00.13.H38,Sở Tài chính tỉnh Lào Cai
                ,Sở Kế hoạch và Đầu tư tỉnh Lào Cai,,Sở Tài chính tỉnh Lào Cai
                """;
        AgencyCrosswalk crosswalk = CrosswalkReader.read(CsvTable.parse(csv, "agencies.csv", ','));
        assertThat(crosswalk.find("000.00.13.H63", "whatever")).hasValueSatisfying(m ->
                assertThat(m.newCode()).isEqualTo("000.00.13.H38"));
        assertThat(crosswalk.find("", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH LÀO CAI")).isPresent();
        assertThat(crosswalk.find("", "Sở Tư pháp")).isEmpty();
        assertThatThrownBy(() -> CrosswalkReader.read(CsvTable.parse("old_agency,new_agency\nSở A,\n", "a.csv", ',')))
                .hasMessage("the line names no new agency");
    }

    private static TransferRules read(String csv) {
        return RulesReader.read(CsvTable.parse(csv, "rules.csv", ','));
    }
}
