package vn.dvhc.domain.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per rule: a bad example fires it, the good example (the fix its hint asks for) fires nothing at all
 * but infos. The examples are those of docs/agency-rules.md. Rows are {@code code|name|parent|unit|release|status
 * |valid_from|valid_to}; they replace the base register's row with the same code or are added after it.
 */
class AgencyRulesTest {

    /** A clean register of the new Lào Cai: its People's Committee and one for each of its communes. */
    private static final List<String> BASE = List.of(
            "H38|Ủy ban nhân dân tỉnh Lào Cai||15",
            "H38.51|Ủy ban nhân dân phường Lào Cai|H38|02647",
            "H38.52|Ủy ban nhân dân xã Hợp Thành|H38|02680",
            "H38.53|Ủy ban nhân dân phường Sa Pa|H38|03006");

    static Stream<Arguments> rules() {
        return Stream.of(
                rule(AgencyRule.LAYOUT, List.of("000.0.00.H38|Sở Tư pháp"), List.of("000.00.04.H38|Sở Tư pháp")),
                rule(AgencyRule.LAYOUT_LETTERS, List.of("000.00.0A.H38|Sở Tư pháp"), List.of("000.00.04.H38|Sở Tư pháp")),
                rule(AgencyRule.FIELD_VALUE, List.of("H38.04|Sở Tư pháp|H38|||active|2025-07-01|2025-06-30"),
                        List.of("H38.04|Sở Tư pháp|H38|||active|2025-07-01|")),
                rule(AgencyRule.LEVEL1_UNKNOWN, List.of("H64.01|Sở Du lịch"), List.of("H38.15|Sở Du lịch")),
                rule(AgencyRule.LEVEL1_UNLISTED, List.of("J99|Hội Luật gia Việt Nam"),
                        List.of("J01|Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam")),
                rule(AgencyRule.LEVEL1_RETIRED, List.of("G04.01|Vụ Tổ chức cán bộ"),
                        List.of("G04.01|Vụ Tổ chức cán bộ|||||2020-01-01|2025-04-13", "G12.01|Vụ Tổ chức cán bộ")),
                rule(AgencyRule.LEVEL1_MERGED, List.of("H63.05|Sở Xây dựng tỉnh Yên Bái"),
                        List.of("H63.05|Sở Xây dựng tỉnh Yên Bái|||||2020-01-01|2025-06-30")),
                rule(AgencyRule.HIERARCHY_GAP, List.of("000.05.00.H38|Phòng Tổ chức"),
                        List.of("000.00.04.H38|Sở Tư pháp", "000.05.04.H38|Phòng Tổ chức")),
                rule(AgencyRule.PARENT_MISSING, List.of("H38.16.01|Văn phòng đăng ký đất đai"),
                        List.of("H38.16|Sở Nông nghiệp và Môi trường", "H38.16.01|Văn phòng đăng ký đất đai")),
                rule(AgencyRule.PARENT_MISMATCH, List.of("H38.04|Sở Tư pháp|H38.06"), List.of("H38.04|Sở Tư pháp|H38")),
                rule(AgencyRule.NOT_IN_QCVN, List.of("H38.115|Sở Du lịch"), List.of("H38.15|Sở Du lịch")),
                rule(AgencyRule.DUPLICATE_CODE, List.of("H38.04|Sở Tư pháp", "H38.04|Sở Y tế"),
                        List.of("H38.04|Sở Tư pháp", "H38.05|Sở Y tế")),
                rule(AgencyRule.DUPLICATE_AGENCY, List.of("H38.04|Sở Tư pháp", "H38.05|Sở Tư pháp"),
                        List.of("H38.04|Sở Tư pháp", "H38.05|Sở Tư pháp|||||2020-01-01|2025-06-30")),
                rule(AgencyRule.RETIRED_REUSED, List.of("H38.21|Ủy ban nhân dân huyện Bảo Thắng|H38|086|pre-2025|retired",
                                "H38.21|Trung tâm Kiểm soát bệnh tật tỉnh|H38"),
                        List.of("H38.21|Ủy ban nhân dân huyện Bảo Thắng|H38|086|pre-2025|retired",
                                "H38.22|Trung tâm Kiểm soát bệnh tật tỉnh|H38")),
                rule(AgencyRule.UNIT_UNKNOWN, List.of("H38.04|Sở Tư pháp|H38|99"), List.of("H38.04|Sở Tư pháp|H38|15")),
                rule(AgencyRule.UNIT_GONE, List.of("H38.53|Ủy ban nhân dân phường Sa Pa|H38|03001|pre-2025"),
                        List.of("H38.53|Ủy ban nhân dân phường Sa Pa|H38|03006|2026-04-30")),
                rule(AgencyRule.DISTRICT_BODY, List.of("H38.21|Ủy ban nhân dân huyện Bảo Thắng|H38|086|pre-2025"),
                        List.of("H38.21|Ủy ban nhân dân huyện Bảo Thắng|H38|086|pre-2025||2015-01-01|2025-06-30")),
                rule(AgencyRule.COVERAGE, List.of("H38.52|Ủy ban nhân dân xã Hợp Thành|H38|02680||retired"),
                        List.of("H38.52|Ủy ban nhân dân xã Hợp Thành|H38|02680||active")),
                rule(AgencyRule.NAME_UNIT, List.of("H38.52|Ủy ban nhân dân phường Hợp Thành|H38|02680"),
                        List.of("H38.52|Ủy ban nhân dân xã Hợp Thành|H38|02680")),
                rule(AgencyRule.STALE_PROVINCE_SEGMENT,
                        List.of("000.00.18.G12|Cục Thuế", "000.10.18.G12|Thuế tỉnh Lào Cai"),
                        List.of("000.00.18.G12|Cục Thuế", "000.15.18.G12|Thuế tỉnh Lào Cai")),
                rule(AgencyRule.TEXT_HYGIENE, List.of("H38.04|Sở  Tư pháp "), List.of("H38.04|Sở Tư pháp")));
    }

    private static Arguments rule(AgencyRule rule, List<String> bad, List<String> good) {
        return Arguments.of(rule, bad, good);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theBadExampleFiresTheRuleAndTheGoodOneNothing(AgencyRule rule, List<String> bad, List<String> good) {
        List<Finding> badFindings = check(bad);
        assertThat(badFindings).as("bad example of " + rule.id()).anyMatch(f -> f.rule() == rule);
        assertThat(badFindings.stream().filter(f -> f.rule() == rule)).allMatch(f -> f.severity() == rule.severity()
                && !f.message().isBlank() && !f.hint().isBlank());
        assertThat(check(good)).as("good example of " + rule.id())
                .noneMatch(f -> f.severity() != Severity.INFO);
    }

    @Test
    void everyRuleHasItsTest() {
        Set<AgencyRule> tested = EnumSet.noneOf(AgencyRule.class);
        rules().forEach(a -> tested.add((AgencyRule) a.get()[0]));
        assertThat(tested).containsExactlyInAnyOrder(AgencyRule.values());
    }

    @Test
    void theBaseRegisterIsCleanAndCoversEveryCommune() {
        RegisterCheck.Result result = result(List.of());
        assertThat(result.findings()).isEmpty();
        assertThat(result.coverage()).containsOnlyKeys("15");
        assertThat(result.coverage().get("15")).isEqualTo(new Coverage("15", 3, 3, List.of()));
        assertThat(result.agencies()).containsEntry("15", 4);
    }

    @Test
    void findingsNameTheLineAndTheProvinceAndCoverageComesLast() {
        List<Finding> findings = check(List.of("H38.52|Ủy ban nhân dân xã Hợp Thành|H38|02680||retired",
                "H64.01|Sở Du lịch", "H63.05|Sở Xây dựng tỉnh Yên Bái"));
        assertThat(findings).extracting(Finding::rule, Finding::line, Finding::provinceCode).containsExactly(
                tuple(AgencyRule.LEVEL1_UNKNOWN, 6L, null),
                tuple(AgencyRule.LEVEL1_MERGED, 7L, "15"),
                tuple(AgencyRule.COVERAGE, null, "15"));
        assertThat(findings.get(2).message()).isEqualTo("Xã Hợp Thành (02680) has no commune People's Committee code");
    }

    @Test
    void beforeTheMergersTheOldCodesAreFine() {
        List<Finding> findings = new RegisterCheck(SmallCatalog.level1(), new SmallCatalog(), LocalDate.of(2025, 6, 1))
                .check(agencies(List.of("H63.05|Sở Xây dựng tỉnh Yên Bái",
                        "H38.21|Ủy ban nhân dân huyện Bảo Thắng|H38|086|pre-2025")), List.of()).findings();
        assertThat(findings).noneMatch(f -> f.rule() == AgencyRule.LEVEL1_MERGED || f.rule() == AgencyRule.DISTRICT_BODY);
    }

    static List<Finding> check(List<String> rows) {
        return result(rows).findings();
    }

    static RegisterCheck.Result result(List<String> rows) {
        List<Agency> agencies = agencies(rows);
        List<Finding> read = new ArrayList<>();
        for (Agency a : agencies) {
            if (a.validFrom() != null && a.validTo() != null && a.validTo().isBefore(a.validFrom())) {
                read.add(new Finding(AgencyRule.FIELD_VALUE, a.line(), a.code(), null, "valid_to is before valid_from",
                        "swap the dates"));
            }
        }
        return new RegisterCheck(SmallCatalog.level1(), new SmallCatalog(), SmallCatalog.AS_OF).check(agencies, read);
    }

    /** The base register with these rows: a row whose code is in the base replaces it the first time. */
    static List<Agency> agencies(List<String> rows) {
        Map<String, String> base = new LinkedHashMap<>();
        BASE.forEach(r -> base.put(r.split("\\|")[0], r));
        List<String> added = new ArrayList<>();
        for (String row : rows) {
            String code = row.split("\\|")[0];
            if (base.containsKey(code) && base.get(code).equals(BASE.stream().filter(b -> b.startsWith(code + "|"))
                    .findFirst().orElse(null))) {
                base.put(code, row);
            } else {
                added.add(row);
            }
        }
        List<Agency> agencies = new ArrayList<>();
        long line = 2;
        for (String row : Stream.concat(base.values().stream(), added.stream()).toList()) {
            String[] f = (row + "|||||||").split("\\|", -1);
            agencies.add(new Agency(line++, f[0], f[1], f[2], f[3], f[4],
                    AgencyStatus.parse(f[5]).orElseThrow(), f[6].isEmpty() ? null : LocalDate.parse(f[6]),
                    f[7].isEmpty() ? null : LocalDate.parse(f[7]), ""));
        }
        return agencies;
    }
}
