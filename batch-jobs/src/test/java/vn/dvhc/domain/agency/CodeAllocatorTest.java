package vn.dvhc.domain.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class CodeAllocatorTest {

    @Test
    void proposesTheNextFreeNumbersInCommuneOrderSkippingEveryCodeTheRegisterHolds() {
        List<Agency> agencies = AgencyRulesTest.agencies(List.of(
                "H38.51|Ủy ban nhân dân phường Lào Cai|H38|02647||retired",
                "H38.53|Ủy ban nhân dân phường Sa Pa|H38|03006||retired",
                "H38.002|Sở Tư pháp|H38", "H38.003|Ban Dân tộc|H38|||retired"));
        List<Proposal> proposals = allocate(agencies, "{level1}.{seq:3}", 1);
        assertThat(proposals).extracting(p -> p.commune().code(), Proposal::code, Proposal::name, Proposal::parentCode)
                .containsExactly(
                        tuple("02647", "H38.001", "Ủy ban nhân dân phường Lào Cai", "H38"),
                        tuple("03006", "H38.004", "Ủy ban nhân dân phường Sa Pa", "H38"));
        assertThat(allocate(agencies, "{level1}.{seq:3}", 1)).as("deterministic").isEqualTo(proposals);
        assertThat(allocate(agencies, "{level1}.{seq:3}", 0)).as("by default after the highest, H38.003")
                .extracting(Proposal::code).containsExactly("H38.004", "H38.005");
    }

    @Test
    void aPatternWithoutSeqThatHitsATakenCodeLeavesTheCommuneToAPerson() {
        List<Agency> agencies = AgencyRulesTest.agencies(List.of(
                "H38.51|Ủy ban nhân dân phường Lào Cai|H38|02647||retired",
                "H38.X02647|Trung tâm cũ|H38|||retired"));
        List<Proposal> proposals = allocate(agencies, "{level1}.X{commune}", 1);
        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.code()).isEmpty();
            assertThat(p.conflict()).contains("H38.X02647", "already holds");
        });
    }

    @Test
    void patternsAreCheckedAndApplied() {
        assertThat(CodePattern.parse("000.00.{seq:2}.{level1}").apply("H38", "02647", 7)).isEqualTo("000.00.07.H38");
        assertThat(CodePattern.parse("{level1}.X{commune}").apply("H38", "02647", 7)).isEqualTo("H38.X02647");
        assertThat(CodePattern.parse("000.00.{seq:2}.{level1}").sequenceOf("000.00.17.H38", "H38")).hasValue(17);
        assertThat(CodePattern.parse("000.00.{seq:2}.{level1}").sequenceOf("000.00.17.H63", "H38")).isEmpty();
        assertThat(CodePattern.parse("{level1}.{seq}").sequenceOf("H38.06.01", "H38")).isEmpty();
        assertThatThrownBy(() -> CodePattern.parse("{seq}")).hasMessageContaining("needs {level1}");
        assertThatThrownBy(() -> CodePattern.parse("{level1}.01")).hasMessageContaining("needs {seq} or {commune}");
        assertThatThrownBy(() -> CodePattern.parse("{level1}.{nr}")).hasMessageContaining("unknown placeholder {nr}");
        assertThatThrownBy(() -> CodePattern.parse("{level1}.{seq")).hasMessageContaining("brace");
    }

    private static List<Proposal> allocate(List<Agency> agencies, String pattern, int start) {
        RegisterCheck.Result result = new RegisterCheck(SmallCatalog.level1(), new SmallCatalog(), SmallCatalog.AS_OF)
                .check(agencies, List.of());
        return new CodeAllocator(SmallCatalog.level1(), CodePattern.parse(pattern), start)
                .allocate(agencies, result);
    }
}
