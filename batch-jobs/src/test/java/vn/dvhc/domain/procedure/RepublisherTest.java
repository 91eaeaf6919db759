package vn.dvhc.domain.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dvhc.error.Location;

/**
 * Rule application, merging, conflicts and change accounting on hand-made rows: Lào Cai (10) and Yên Bái (15)
 * formed the new Lào Cai (15), whose People's Committee uses H38 (domain §1.3, §3.6).
 */
class RepublisherTest {

    private static final OldProvince LAO_CAI = new OldProvince("10", "Lào Cai");
    private static final OldProvince YEN_BAI = new OldProvince("15", "Yên Bái");
    private static final NewProvince NEW_LAO_CAI = new NewProvince("15", "Lào Cai", "Tỉnh", "H38", List.of(LAO_CAI, YEN_BAI));
    private static final Map<String, NewProvince> PROVINCE_OF = Map.of("10", NEW_LAO_CAI, "15", NEW_LAO_CAI);

    private int line = 1;

    @Test
    void aProcedureOfOneProvinceKeepsItsDetailsUnderTheNewLocalCode() {
        ProvinceList list = republish(List.of(row("10", "1.011442", "Cấp tỉnh", "Sở Nông nghiệp và Môi trường", "Không")));
        PublishedProcedure p = list.procedures().get(0);
        assertThat(p.localCode()).isEqualTo("1.011442.000.00.00.H38");
        assertThat(p.level()).isEqualTo(Level.TINH);
        assertThat(p.agency()).isEqualTo("Sở Nông nghiệp và Môi trường");
        assertThat(list.changes()).singleElement().extracting(Change::type).isEqualTo(ChangeType.UNCHANGED);
    }

    @Test
    void theSameProcedureOfTwoMergedProvincesIsOneRowAndEachOldOneIsMerged() {
        ProvinceList list = republish(List.of(row("10", "1.000894", "Cấp xã", "Ủy ban nhân dân cấp xã", "Miễn lệ phí"),
                row("15", "1.000894", "Cấp xã", "UỶ BAN NHÂN DÂN  CẤP XÃ", "Miễn lệ phí.")));
        assertThat(list.procedures()).hasSize(1);
        assertThat(list.conflicts()).as("case, blanks, tone placement and a final dot are no conflict").isEmpty();
        assertThat(list.procedures().get(0).origins()).extracting(PublishedProcedure.Origin::province)
                .containsExactly(LAO_CAI, YEN_BAI);
        assertThat(list.changes()).extracting(Change::type).containsExactly(ChangeType.MERGED, ChangeType.MERGED);
        assertThat(list.changes().get(0).detail()).isEqualTo("merged with Yên Bái (15)");
    }

    @Test
    void differentFeesAreAConflictAndTheCellListsEveryVariant() {
        ProvinceList list = republish(List.of(row("15", "1.004222", "Cấp xã", "Công an cấp xã", "20.000 đồng/lần"),
                row("10", "1.004222", "Cấp xã", "Công an cấp xã", "15.000 đồng/lần")));
        assertThat(list.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo(Field.FEE);
            assertThat(c.variants()).extracting(Conflict.Variant::value).containsExactly("15.000 đồng/lần", "20.000 đồng/lần");
        });
        PublishedProcedure p = list.procedures().get(0);
        assertThat(p.fee()).isEqualTo("Lào Cai (10): 15.000 đồng/lần\nYên Bái (15): 20.000 đồng/lần");
        assertThat(p.conflicts()).containsExactly(Field.FEE);
    }

    @Test
    void aMissingValueIsNotAConflict() {
        ProvinceList list = republish(List.of(row("10", "1.004222", "Cấp xã", "Công an cấp xã", "15.000 đồng/lần"),
                row("15", "1.004222", "Cấp xã", "Công an cấp xã", "")));
        assertThat(list.conflicts()).isEmpty();
        assertThat(list.procedures().get(0).fee()).isEqualTo("15.000 đồng/lần");
    }

    @Test
    void aRuleMovesTheDistrictPartAndItsLegalBasisIsCitedFirst() {
        // NĐ 184/2025/NĐ-CP, the catch-all decree of the two-level local government (domain §4.4).
        TransferRule rule = rule("2.000815", Level.HUYEN, List.of(Level.XA), null, "Ủy ban nhân dân cấp xã",
                "NĐ 184/2025/NĐ-CP");
        ProvinceList list = republish(List.of(row("10", "2.000815", "Cấp huyện, Cấp xã",
                "Phòng Tư pháp cấp huyện; Ủy ban nhân dân cấp xã", "2.000 đồng/trang")), rules(rule), DistrictDefault.ORPHAN);
        assertThat(list.procedures()).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo(Level.XA);
            assertThat(p.agency()).isEqualTo("Ủy ban nhân dân cấp xã");
            assertThat(p.legalBasis()).isEqualTo("NĐ 184/2025/NĐ-CP; Nghị định 23/2015/NĐ-CP");
        });
        Change change = list.changes().get(0);
        assertThat(change.type()).isEqualTo(ChangeType.MOVED_LEVEL);
        assertThat(change.oldLevels()).containsExactly(Level.XA, Level.HUYEN);
        assertThat(change.newLevels()).containsExactly(Level.XA);
        assertThat(change.detail()).isEqualTo("huyen → xa by NĐ 184/2025/NĐ-CP (rules.csv line 1)");
    }

    @Test
    void aProcedureAtTwoLevelsIsOneRowPerLevel() {
        ProvinceList list = republish(List.of(row("10", "1.009995", "Cấp tỉnh, Cấp xã", "Sở Xây dựng", "")));
        assertThat(list.procedures()).extracting(PublishedProcedure::level).containsExactly(Level.TINH, Level.XA);
        assertThat(list.procedures()).extracting(PublishedProcedure::stt).containsExactly(1, 1);
        assertThat(list.procedures().get(1).agency()).as("a provincial department is not kept at the commune level")
                .isEqualTo("Sở Xây dựng");
        assertThat(list.changes()).singleElement().extracting(Change::type).isEqualTo(ChangeType.UNCHANGED);
    }

    @Test
    void aDistrictPartWithoutARuleIsAnOrphanUnlessTheDefaultIsTheCommuneLevel() {
        List<Procedure> rows = List.of(row("15", "1.009994", "Cấp huyện", "Phòng Kinh tế và Hạ tầng", ""),
                row("10", "1.009995", "Cấp tỉnh, Cấp huyện", "Sở Xây dựng", ""));
        ProvinceList orphans = republish(rows, TransferRules.none(), DistrictDefault.ORPHAN);
        assertThat(orphans.orphans()).extracting(c -> c.code().value()).containsExactly("1.009995", "1.009994");
        assertThat(orphans.procedures()).as("the provincial part is still published")
                .extracting(p -> p.code().value() + "@" + p.level().id()).containsExactly("1.009995@tinh");
        assertThat(orphans.changes().get(0).detail()).startsWith("huyen has no transfer rule");

        ProvinceList moved = republish(rows, TransferRules.none(), DistrictDefault.XA);
        assertThat(moved.orphans()).isEmpty();
        assertThat(moved.procedures()).extracting(p -> p.code().value() + "@" + p.level().id() + " " + p.agency())
                .containsExactly("1.009995@tinh Sở Xây dựng", "1.009994@xa Ủy ban nhân dân cấp xã",
                        "1.009995@xa Ủy ban nhân dân cấp xã");
        assertThat(moved.changes()).extracting(Change::detail)
                .allMatch(d -> d.contains("by --default-district-level xa (no rule)"));
    }

    @Test
    void aRenumberedProcedureIsPublishedUnderItsNewCodeAndName() {
        // NĐ 151/2025/NĐ-CP (đất đai); Lào Cai's 2026 land procedures carry 1.1156xx codes (domain §4.4).
        TransferRule rule = new TransferRule(new ProcedureCode("1.012790"), Level.HUYEN, List.of(Level.XA),
                new ProcedureCode("1.115835"), "Giao đất, cho thuê đất đối với cá nhân", "Chủ tịch Ủy ban nhân dân cấp xã",
                "", "NĐ 151/2025/NĐ-CP", "", Location.of("rules.csv", 4));
        ProvinceList list = republish(List.of(row("10", "1.012790", "Cấp huyện", "UBND cấp huyện", ""),
                row("15", "1.012790", "Cấp huyện", "UBND cấp huyện", "")), rules(rule), DistrictDefault.ORPHAN);
        assertThat(list.procedures()).singleElement().satisfies(p -> {
            assertThat(p.localCode()).isEqualTo("1.115835.000.00.00.H38");
            assertThat(p.name()).isEqualTo("Giao đất, cho thuê đất đối với cá nhân");
        });
        assertThat(list.changes()).extracting(Change::type).containsOnly(ChangeType.RENUMBERED);
        assertThat(list.changes().get(0).detail())
                .isEqualTo("huyen → xa as 1.115835 by NĐ 151/2025/NĐ-CP (rules.csv line 4); merged with Yên Bái (15)");
    }

    @Test
    void anAbolishedProcedureIsNotPublished() {
        TransferRule rule = rule("2.002211", null, List.of(), null, "", "NĐ 184/2025/NĐ-CP");
        ProvinceList list = republish(List.of(row("10", "2.002211", "Cấp huyện", "Phòng Tài nguyên và Môi trường", "")),
                rules(rule), DistrictDefault.XA);
        assertThat(list.procedures()).isEmpty();
        assertThat(list.changes()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.ABOLISHED);
            assertThat(c.newCodes()).isEmpty();
        });
    }

    @Test
    void aRuleForTheExactLevelWinsOverARuleForEveryLevel() {
        TransferRule all = rule("1.008003", null, List.of(Level.TINH), null, "Sở Nông nghiệp và Môi trường", "NĐ 136/2025/NĐ-CP");
        TransferRule district = rule("1.008003", Level.HUYEN, List.of(), null, "", "NĐ 184/2025/NĐ-CP");
        ProvinceList list = republish(List.of(row("15", "1.008003", "Cấp tỉnh, Cấp huyện", "Sở Tài nguyên và Môi trường", "")),
                rules(all, district), DistrictDefault.ORPHAN);
        assertThat(list.procedures()).singleElement().extracting(PublishedProcedure::agency)
                .isEqualTo("Sở Nông nghiệp và Môi trường");
        assertThat(list.changes().get(0).type()).isEqualTo(ChangeType.MOVED_LEVEL);
        assertThat(list.changes().get(0).detail()).contains("tinh → tinh by NĐ 136/2025", "huyen abolished by NĐ 184/2025");
    }

    @Test
    void theCrosswalkNamesTheNewAgencyAndMergedProvincesAgreeThen() {
        AgencyCrosswalk crosswalk = new AgencyCrosswalk(List.of(
                new AgencyMapping("", "Sở Kế hoạch và Đầu tư tỉnh Yên Bái", "", "Sở Tài chính tỉnh Lào Cai", null),
                new AgencyMapping("000.00.13.H38", "", "", "Sở Tài chính tỉnh Lào Cai", null)));
        Procedure lc = new Procedure("10", new ProcedureCode("2.001610"), "Thủ tục 2.001610", "Lĩnh vực", List.of(Level.TINH), "Sở KH&ĐT", "000.00.13.H38", "05 ngày làm việc", "",
                "", "", Location.of("lc.csv", 2));
        ProvinceList list = new Republisher(TransferRules.none(), crosswalk, DistrictDefault.ORPHAN)
                .republish(List.of(lc, row("15", "2.001610", "Cấp tỉnh", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH YÊN BÁI", "")),
                        PROVINCE_OF).provinces().get(0);
        assertThat(list.conflicts()).isEmpty();
        assertThat(list.procedures().get(0).agency()).isEqualTo("Sở Tài chính tỉnh Lào Cai");
    }

    @Test
    void anAgencyThatCannotBeNamedLeavesAnEmptyCellAndAWarning() {
        TransferRule rule = rule("1.008003", Level.HUYEN, List.of(Level.TINH), null, "", "NĐ 136/2025/NĐ-CP");
        ProvinceList list = republish(List.of(row("15", "1.008003", "Cấp huyện", "Phòng Tài nguyên và Môi trường", "")),
                rules(rule), DistrictDefault.ORPHAN);
        assertThat(list.procedures().get(0).agency()).isEmpty();
        assertThat(list.warnings()).extracting(Warning::kind).contains(Warning.Kind.AGENCY_UNKNOWN);
    }

    @Test
    void anOldProvinceWithoutACatalogueAndDistrictWordingAreWarnings() {
        Procedure worded = new Procedure("10", new ProcedureCode("1.000894"), "Đăng ký kết hôn tại UBND huyện", "Hộ tịch",
                List.of(Level.XA), "Ủy ban nhân dân cấp xã", "", "", "", "", "", Location.of("lc.csv", 2));
        ProvinceList list = republish(List.of(worded));
        assertThat(list.missingSources()).containsExactly(YEN_BAI);
        assertThat(list.warnings()).extracting(Warning::kind)
                .containsExactly(Warning.Kind.MISSING_SOURCE, Warning.Kind.DISTRICT_WORDING);
        assertThat(list.warnings().get(1).message()).contains("Tên TTHC");
    }

    @Test
    void rowsAreGroupedByLevelThenSectorThenCodeWhateverTheInputOrder() {
        List<Procedure> rows = new ArrayList<>(List.of(
                row("15", "2.000884", "Cấp xã", "Ủy ban nhân dân cấp xã", "", "Chứng thực"),
                row("10", "3.000181", "Cấp tỉnh", "Sở Giáo dục và Đào tạo", "", "Giáo dục trung học"),
                row("10", "1.000894", "Cấp xã", "Ủy ban nhân dân cấp xã", "", "Hộ tịch"),
                row("15", "2.000815", "Cấp xã", "Ủy ban nhân dân cấp xã", "", "Chứng thực"),
                row("10", "1.011442", "Cấp tỉnh", "Sở Nông nghiệp và Môi trường", "", "Đất đai")));
        ProvinceList forward = republish(rows);
        java.util.Collections.reverse(rows);
        ProvinceList backward = republish(rows);
        assertThat(forward.procedures()).extracting(p -> p.level().id() + " " + p.stt() + " " + p.code())
                .containsExactly("tinh 1 1.011442", "tinh 2 3.000181", "xa 1 2.000815", "xa 2 2.000884", "xa 3 1.000894");
        assertThat(backward.procedures()).isEqualTo(forward.procedures());
    }

    @Test
    void theChangeCountsAddUpToTheOldProcedures() {
        TransferRule moved = rule("2.000815", Level.HUYEN, List.of(Level.XA), null, "", "NĐ 184/2025/NĐ-CP");
        TransferRule abolished = rule("2.002211", Level.HUYEN, List.of(), null, "", "NĐ 184/2025/NĐ-CP");
        List<Procedure> rows = List.of(
                row("10", "1.000894", "Cấp xã", "Ủy ban nhân dân cấp xã", ""),
                row("15", "1.000894", "Cấp xã", "Ủy ban nhân dân cấp xã", ""),
                row("10", "2.000815", "Cấp huyện", "Phòng Tư pháp", ""),
                row("10", "2.000815", "Cấp xã", "Ủy ban nhân dân cấp xã", ""),
                row("15", "2.002211", "Cấp huyện", "Phòng Tài nguyên và Môi trường", ""),
                row("15", "1.009994", "Cấp huyện", "Phòng Kinh tế và Hạ tầng", ""),
                row("10", "1.011442", "Cấp tỉnh", "Sở Nông nghiệp và Môi trường", ""));
        ProvinceList list = republish(rows, rules(moved, abolished), DistrictDefault.ORPHAN);
        assertThat(list.changes()).as("one change per (old province, code): 2.000815 of 10 is on two rows").hasSize(6);
        assertThat(list.changeCounts()).containsEntry(ChangeType.MERGED, 2).containsEntry(ChangeType.MOVED_LEVEL, 1)
                .containsEntry(ChangeType.ABOLISHED, 1).containsEntry(ChangeType.ORPHAN, 1)
                .containsEntry(ChangeType.UNCHANGED, 1).containsEntry(ChangeType.RENUMBERED, 0);
        assertThat(list.changeCounts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(6);
        assertThat(list.publishedByLevel()).containsEntry(Level.TINH, 1).containsEntry(Level.XA, 2)
                .containsEntry(Level.BO_NGANH, 0).containsEntry(Level.KHAC, 0).doesNotContainKey(Level.HUYEN);
    }

    @Test
    void aNewProvinceWithoutAnAgencyCodeIsRefused() {
        NewProvince noCode = new NewProvince("15", "Lào Cai", "Tỉnh", null, List.of(LAO_CAI, YEN_BAI));
        assertThatThrownBy(() -> new Republisher(TransferRules.none(), AgencyCrosswalk.none(), DistrictDefault.ORPHAN)
                .republish(List.of(row("10", "1.000894", "Cấp xã", "", "")), Map.of("10", noCode)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoRulesForTheSameCodeAndLevelAreRefused() {
        TransferRule a = rule("2.000815", Level.HUYEN, List.of(Level.XA), null, "", "NĐ 184/2025/NĐ-CP");
        TransferRule b = rule("2.000815", Level.HUYEN, List.of(Level.TINH), null, "", "NĐ 184/2025/NĐ-CP");
        assertThatThrownBy(() -> rules(a, b)).hasMessageContaining("two rules for 2.000815");
    }

    private ProvinceList republish(List<Procedure> rows) {
        return republish(rows, TransferRules.none(), DistrictDefault.ORPHAN);
    }

    private static ProvinceList republish(List<Procedure> rows, TransferRules rules, DistrictDefault districtDefault) {
        Republication republication = new Republisher(rules, AgencyCrosswalk.none(), districtDefault)
                .republish(rows, PROVINCE_OF);
        assertThat(republication.provinces()).hasSize(1);
        return republication.provinces().get(0);
    }

    private Procedure row(String province, String code, String levels, String agency, String fee) {
        return row(province, code, levels, agency, fee, "Lĩnh vực");
    }

    private Procedure row(String province, String code, String levels, String agency, String fee, String sector) {
        return new Procedure(province, new ProcedureCode(code), "Thủ tục " + code, sector, Level.parseAll(levels),
                agency, "", "05 ngày làm việc", fee, "", "Nghị định 23/2015/NĐ-CP",
                Location.of(province + ".csv", line++));
    }

    private int ruleLine = 1;

    private TransferRule rule(String code, Level from, List<Level> to, String newCode, String agency, String basis) {
        return new TransferRule(new ProcedureCode(code), from, to, newCode == null ? null : new ProcedureCode(newCode),
                "", agency, "", basis, "", Location.of("rules.csv", ruleLine++));
    }

    private static TransferRules rules(TransferRule... rules) {
        return new TransferRules(List.of(rules));
    }
}
