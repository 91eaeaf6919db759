package vn.dvhc.domain.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ExitCode;
import vn.dvhc.testing.BuiltInChain;

/**
 * Matching and checking split rules on the built-in chain. Phường Thụy Khuê (00112) was split between Phường Ba
 * Đình (00004) and Phường Tây Hồ (00103); Xã Cổ Bi (00553) between 00136, 00541 and 00565.
 */
class SplitRulesTest {

    private static final CommuneLookup COMMUNES = BuiltInChain.communes();

    private static SplitRule rule(long line, String old, String match, String target) {
        return new SplitRule("rules.csv", line, old, match, target, "");
    }

    private static SplitRules rules(SplitRule... rules) {
        return SplitRules.of(List.of(rules), COMMUNES);
    }

    @ParameterizedTest(name = "''{0}'' matches ''{1}'': {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Thôn 1        | thôn 1, xã Hữu Bằng                  | true
            Thôn 1        | Thôn 11, xã Hữu Bằng                 | false
            Thôn 11       | thôn 1, xã Hữu Bằng                  | false
            Thôn 1        | THON 1                               | true
            Thôn 1        | số 5 thôn 01                         | true
            Thôn 1        | Thôn-1                               | true
            Thôn 1        | Thôn 1A                              | false
            Thôn 1        | Thôn Một                             | false
            Thôn 1        | tổ 3 thôn                            | false
            tổ dân phố 7  | Số 12, Tổ dân phố số 7               | false
            tổ dân phố 7  | Số 12, TỔ DÂN PHỐ 7, phường Thụy Khuê | true
            Đường Thụy Khuê | 185 duong thuy khue                | true
            Đường Thụy Khuê | 185 Thụy Khuê                      | false
            Thụy Khuê     | 185 Đường Thuỵ Khuê                  | true
            Ngõ 29        | ngõ 290 Thụy Khuê                    | false
            """)
    void wholeWordsWithoutCaseOrAccents(String match, String text, boolean matches) {
        SplitResolution resolution = rules(rule(2, "00112", match, "00103")).resolve("00112", text);
        assertThat(resolution.outcome()).isEqualTo(matches ? SplitResolution.Outcome.RESOLVED
                : SplitResolution.Outcome.NO_RULE);
    }

    @Test
    void aResolvedRowSaysWhichRuleWithFileAndLine() {
        SplitRules rules = SplitRules.of(List.of(new SplitRule("rules.csv", 7, "00112", "tổ dân phố 7", "00004",
                "QĐ 12/QĐ-UBND")), COMMUNES);
        SplitResolution resolution = rules.resolve("00112", "số 3, tổ dân phố 7, Thụy Khuê");
        assertThat(resolution.target()).isEqualTo("00004");
        assertThat(resolution.basis()).isEqualTo("rules.csv line 7");
        assertThat(resolution.note()).isEqualTo("QĐ 12/QĐ-UBND");
        assertThat(resolution.conflict()).isNull();
    }

    @Test
    void rulesOfAnotherCommuneNeverApply() {
        SplitRules rules = rules(rule(2, "00112", "Thôn 1", "00103"));
        assertThat(rules.resolve("00553", "Thôn 1").outcome()).isEqualTo(SplitResolution.Outcome.NO_RULE);
        assertThat(rules.resolve("00112", null).outcome()).isEqualTo(SplitResolution.Outcome.NO_RULE);
    }

    @Test
    void twoRulesWithDifferentTargetsResolveNothingAndDescribeTheConflict() {
        SplitRules rules = rules(rule(9, "00112", "đường Thụy Khuê", "00004"), rule(7, "00112", "tổ 7", "00103"));
        SplitResolution resolution = rules.resolve("00112", "tổ 7, đường Thụy Khuê");
        assertThat(resolution.outcome()).isEqualTo(SplitResolution.Outcome.CONFLICT);
        assertThat(resolution.target()).isNull();
        assertThat(resolution.basis()).isNull();
        assertThat(resolution.conflict())
                .isEqualTo("split rules disagree: rules.csv line 7 → 00103, rules.csv line 9 → 00004");
    }

    @Test
    void twoRulesWithTheSameTargetResolveByTheFirstLine() {
        SplitRules rules = rules(rule(9, "00112", "đường Thụy Khuê", "00103"), rule(7, "00112", "tổ 7", "00103"));
        SplitResolution resolution = rules.resolve("00112", "tổ 7, đường Thụy Khuê");
        assertThat(resolution.outcome()).isEqualTo(SplitResolution.Outcome.RESOLVED);
        assertThat(resolution.basis()).isEqualTo("rules.csv line 7");
        assertThat(resolution.matched()).hasSize(2);
    }

    @Test
    void usageCountsEveryMatchingRuleAndListsTheUnusedOnes() {
        SplitRules rules = rules(rule(2, "00112", "tổ 1", "00004"), rule(3, "00112", "tổ 2", "00103"),
                rule(4, "00553", "thôn Cổ Bi", "00565"), rule(5, "00112", "ngõ 5", "00004"));
        RuleUsage first = new RuleUsage(rules);
        first.record(rules.resolve("00112", "tổ 1"));
        first.record(rules.resolve("00112", "ngõ 5, tổ 2"));
        RuleUsage second = new RuleUsage(rules);
        second.record(rules.resolve("00112", "Tổ 1"));
        second.record(rules.resolve("00112", "tổ 9"));
        first.add(second);
        assertThat(first.counts()).containsExactly(2, 1, 0, 1);
        assertThat(first.unused()).extracting(SplitRule::line).containsExactly(4L);
        assertThat(RuleUsage.of(rules, first.counts()).unused()).isEqualTo(first.unused());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown code      | 99999 | Thôn 1  | 00103 | unknown old commune code 99999
            not a code        | 112   | Thôn 1  | 00103 | old_commune_code '112' is not a commune code (5 digits)
            not split         | 26740 | Thôn 1  | 26740 | old commune 26740 (Phường Bến Nghé) is not split: it goes to 26740 Phường Sài Gòn only
            no words          | 00112 | ' - '   | 00103 | match ' - ' has no words to look for
            not a candidate   | 00112 | Thôn 1  | 00136 | new commune '00136' is not a candidate of old commune 00112 (Phường Thụy Khuê); its candidates are 00004 Phường Ba Đình, 00103 Phường Tây Hồ
            """)
    void aBadRuleIsAnInputErrorNamingFileAndLine(String what, String old, String match, String target, String message) {
        assertThatThrownBy(() -> rules(rule(2, "00112", "Thôn 2", "00004"), rule(3, old, match, target)))
                .isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT);
                    assertThat(e.describe()).isEqualTo("rules.csv line 3: " + message);
                });
    }

    @Test
    void theSameWordsTwiceForOneCommuneAreAnError() {
        assertThatThrownBy(() -> rules(rule(2, "00112", "Thôn 1", "00004"), rule(5, "00112", "THÔN 01", "00103")))
                .isInstanceOfSatisfying(DvhcException.class, e -> assertThat(e.describe()).isEqualTo(
                        "rules.csv line 5: the same words as line 2 for old commune 00112 (Phường Thụy Khuê)"));
    }

    @Test
    void aCodeWhoseLeadingZerosASpreadsheetDroppedGetsAHint() {
        assertThatThrownBy(() -> rules(rule(4, "112", "Thôn 1", "00103")))
                .isInstanceOfSatisfying(DvhcException.class, e -> assertThat(e.hint()).endsWith("write 00112"));
    }
}
