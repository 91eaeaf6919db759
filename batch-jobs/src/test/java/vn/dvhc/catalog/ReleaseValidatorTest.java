package vn.dvhc.catalog;

import vn.dvhc.catalog.problem.Problems;

import vn.dvhc.catalog.problem.Problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dvhc.catalog.format.ReleaseDraft;
import vn.dvhc.catalog.format.Sourced;
import vn.dvhc.domain.CodeAlias;
import vn.dvhc.domain.HistoricalName;
import vn.dvhc.domain.MappingRow;
import vn.dvhc.domain.PopulationOutcome;
import vn.dvhc.domain.ReleaseContent;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.error.Location;

/** One small predecessor (a province, a district, two communes) and a successor, broken one way at a time. */
class ReleaseValidatorTest {

    private static final ReleaseContent OLD = new ReleaseContent(List.of(
            new Unit(UnitLevel.PROVINCE, "79", "Hồ Chí Minh", "Thành phố", null, "79"),
            new Unit(UnitLevel.DISTRICT, "760", "1", "Quận", "79", "79"),
            new Unit(UnitLevel.COMMUNE, "26740", "Bến Nghé", "Phường", "760", "79"),
            new Unit(UnitLevel.COMMUNE, "26737", "Đa Kao", "Phường", "760", "79")), List.of(), List.of());

    private static int line;

    private static ReleaseDraft draft() {
        ReleaseDraft draft = new ReleaseDraft("next", "test", "bundle");
        line = 1;
        unit(draft, new Unit(UnitLevel.PROVINCE, "79", "Hồ Chí Minh", "Thành phố", null, "79"));
        unit(draft, new Unit(UnitLevel.COMMUNE, "26740", "Sài Gòn", "Phường", null, "79"));
        unit(draft, new Unit(UnitLevel.COMMUNE, "26734", "Tân Định", "Phường", null, "79"));
        map(draft, new MappingRow(UnitLevel.PROVINCE, "79", "79", false, true, "", "only target"));
        map(draft, new MappingRow(UnitLevel.COMMUNE, "26740", "26740", false, true, "Nhập toàn bộ", "only target"));
        map(draft, new MappingRow(UnitLevel.COMMUNE, "26737", "26740", true, true, "Nhập một phần", "code retained"));
        map(draft, new MappingRow(UnitLevel.COMMUNE, "26737", "26734", true, false, "Nhập một phần", "code retained"));
        return draft;
    }

    private static void unit(ReleaseDraft draft, Unit unit) {
        draft.units().add(new Sourced<>(unit, Location.of("units.csv", ++line)));
    }

    private static void map(ReleaseDraft draft, MappingRow row) {
        draft.mapping().add(new Sourced<>(row, Location.of("mapping.csv", ++line)));
    }

    private static List<String> errors(ReleaseDraft draft) {
        return new ReleaseValidator(false).validate(draft, OLD).errors().stream().map(Problem::toString).toList();
    }

    @Test
    void aConsistentReleasePasses() {
        assertThat(errors(draft())).isEmpty();
    }

    @Test
    void duplicateCodesNameBothLines() {
        ReleaseDraft draft = draft();
        unit(draft, new Unit(UnitLevel.COMMUNE, "26740", "Sài Gòn 2", "Phường", null, "79"));
        assertThat(errors(draft)).containsExactly(
                "units.csv line 9: duplicate commune 26740 (Phường Sài Gòn 2); first at units.csv line 3");
    }

    @Test
    void malformedCodesAreNamed() {
        ReleaseDraft draft = draft();
        unit(draft, new Unit(UnitLevel.COMMUNE, "2674", "X", "Phường", null, "79"));
        assertThat(errors(draft)).containsExactly(
                "units.csv line 9: '2674' is not a commune code (5 digits, leading zeros kept)");
    }

    @Test
    void mappingRowsMustPointAtExistingUnitsOnBothSides() {
        ReleaseDraft draft = draft();
        map(draft, new MappingRow(UnitLevel.COMMUNE, "99999", "26740", false, true, "", ""));
        map(draft, new MappingRow(UnitLevel.COMMUNE, "26740", "11111", false, true, "", ""));
        assertThat(errors(draft)).contains(
                "mapping.csv line 9: mapping from commune 99999, which the predecessor does not have",
                "mapping.csv line 10: mapping to commune 11111, which the release does not have");
    }

    @Test
    void everyOldUnitMustMapSomewhereUnlessAllowed() {
        ReleaseDraft draft = draft();
        draft.mapping().remove(1);
        assertThat(errors(draft)).containsExactly(
                "old commune 26740 (Phường Bến Nghé, province 79) maps nowhere");
        Problems allowed = new ReleaseValidator(true).validate(draft, OLD);
        assertThat(allowed.errors()).isEmpty();
        assertThat(allowed.warnings()).hasSize(1);
    }

    @Test
    void splitFlagsAndDefaultsMustAgreeWithTheRows() {
        ReleaseDraft draft = draft();
        draft.mapping().set(1, new Sourced<>(new MappingRow(UnitLevel.COMMUNE, "26740", "26740", true, true, "", ""),
                Location.of("mapping.csv", 6)));
        draft.mapping().set(3, new Sourced<>(new MappingRow(UnitLevel.COMMUNE, "26737", "26734", true, true, "", ""),
                Location.of("mapping.csv", 8)));
        assertThat(errors(draft)).containsExactlyInAnyOrder(
                "mapping.csv line 6: commune 26740 has 1 target but split=true",
                "mapping.csv line 7: commune 26737 has 2 default targets; expected at most one");
    }

    @Test
    void aCommuneMustLieInAProvinceOfTheRelease() {
        ReleaseDraft draft = draft();
        unit(draft, new Unit(UnitLevel.COMMUNE, "00004", "Ba Đình", "Phường", null, "01"));
        assertThat(errors(draft)).contains(
                "units.csv line 9: commune 00004 (Phường Ba Đình) is in province 01, which the release does not have");
    }

    @Test
    void anAliasMustNameAUnitAndNotBeACodeItself() {
        ReleaseDraft draft = draft();
        draft.aliases().add(new Sourced<>(new CodeAlias(UnitLevel.COMMUNE, "26734", "26740", "x"), Location.of("a.csv", 2)));
        draft.aliases().add(new Sourced<>(new CodeAlias(UnitLevel.COMMUNE, "26741", "26799", "x"), Location.of("a.csv", 3)));
        assertThat(errors(draft)).containsExactlyInAnyOrder(
                "a.csv line 2: alias 26734 is itself a commune code of the release",
                "a.csv line 3: alias 26741 → 26799: the release has no commune 26799");
    }

    @Test
    void aPopulationOutcomeMustBeOneOfASplitCommunesCandidatesOncePerCommune() {
        ReleaseDraft draft = draft();
        population(draft, "26737", "26734", 2);
        assertThat(errors(draft)).isEmpty();
        population(draft, "26737", "26740", 3);
        population(draft, "26740", "26740", 4);
        population(draft, "26736", "26740", 5);
        assertThat(errors(draft)).containsExactly(
                "split-population.csv line 3: a second population outcome for commune 26737; the first is at "
                        + "split-population.csv line 2",
                "split-population.csv line 4: population outcome for commune 26740, which is not split (it maps to "
                        + "[26740] only)",
                "split-population.csv line 5: population outcome for commune 26736, which the mapping of next does "
                        + "not have");
    }

    @Test
    void thePopulationOfASplitCommuneGoesToOneOfItsCandidates() {
        ReleaseDraft draft = draft();
        population(draft, "26737", "26740", 2);
        draft.population().set(0, new Sourced<>(new PopulationOutcome("26737", "26741", "NSO: toàn bộ dân số", "", "", ""),
                Location.of("split-population.csv", 2)));
        assertThat(errors(draft)).containsExactly("split-population.csv line 2: population of commune 26737 sent to "
                + "26741, which is not one of its candidates [26734, 26740]");
    }

    private static void population(ReleaseDraft draft, String old, String target, int at) {
        draft.population().add(new Sourced<>(new PopulationOutcome(old, target, "NQ 1/NQ-UBTVQH15 Điều 1 khoản 1",
                "", "", ""), Location.of("split-population.csv", at)));
    }

    @Test
    void aHistoricalNameMustLeadToUnitsOfTheRelease() {
        ReleaseDraft draft = draft();
        draft.history().add(new Sourced<>(new HistoricalName(UnitLevel.COMMUNE, "26743", "Phường", "Đa Kao", "760", "79",
                "2025-01-04", HistoricalName.Change.MERGED, List.of("26740", "26799"), "test", "test"),
                Location.of("unit-history.csv", 2)));
        assertThat(errors(draft)).containsExactly(
                "unit-history.csv line 2: historical name Phường Đa Kao → 26799: the release has no commune 26799");
    }
}
