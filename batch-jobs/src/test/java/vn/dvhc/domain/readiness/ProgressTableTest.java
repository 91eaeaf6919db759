package vn.dvhc.domain.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pure rules of the national progress table: the derived indicators one by one, N/total, history, weakest. */
class ProgressTableTest {

    private static final DerivedIndicators DERIVED = new DerivedIndicators(Thresholds.DEFAULTS);
    private static final LocalDate JUNE_27 = LocalDate.of(2025, 6, 27);

    private static Set<String> done(Indicator indicator, ProvinceFacts facts) {
        return DERIVED.done(List.of(facts)).get(indicator.id());
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}: {4}")
    @CsvSource({
            "1000, 0, 0, 0, true",      // everything mapped
            "1000, 0, 3, 0, true",      // aliases are mapped rows
            "999, 1, 0, 0, false",      // a split commune awaits a decision: open
            "999, 0, 0, 1, false",      // a rejected row: open
            "0, 0, 0, 0, false",        // a run with no row of the province is no evidence
    })
    void dataRemappedMeansNothingOpenByTheThresholds(long mapped, long split, long alias, long rejected,
                                                     boolean done) {
        ProvinceFacts facts = new ProvinceFacts("79", "HCM", new ProvinceFacts.Remap(mapped, split, alias, rejected, 1),
                null, null);
        assertThat(done(Indicator.DATA_REMAPPED, facts)).isEqualTo(done ? Set.of("79") : Set.of());
        // With thresholds that tolerate 1% rejected and split rows, the open rows no longer count.
        assertThat(new DerivedIndicators(new Thresholds(1, 1, 1, 90, 100)).done(List.of(facts))
                .get(Indicator.DATA_REMAPPED.id())).isEqualTo(mapped + alias > 0 ? Set.of("79") : Set.of());
    }

    @Test
    void agencyCodesMeansAValidatedRegisterWithoutErrors() {
        assertThat(done(Indicator.AGENCY_CODES, facts(new ProvinceFacts.Agencies(120, 0, 5, 0, 99, 90), null)))
                .containsExactly("79");
        assertThat(done(Indicator.AGENCY_CODES, facts(new ProvinceFacts.Agencies(120, 1, 0, 0, 99, 99), null)))
                .isEmpty();
        assertThat(done(Indicator.AGENCY_CODES, facts(null, null))).isEmpty();
    }

    @Test
    void proceduresPublishedAndTheCommuneLevelInTheList() {
        ProvinceFacts both = facts(null, new ProvinceFacts.Procedures(40, Map.of("tinh", 30, "xa", 10), 0, 2));
        ProvinceFacts noCommune = facts(null, new ProvinceFacts.Procedures(40, Map.of("tinh", 40, "xa", 0), 0, 0));
        ProvinceFacts orphans = facts(null, new ProvinceFacts.Procedures(40, Map.of("tinh", 30, "xa", 10), 1, 0));
        assertThat(done(Indicator.PROCEDURES_PUBLISHED, both)).containsExactly("79");
        assertThat(done(Indicator.COMMUNE_PROCEDURES_PUBLISHED, both)).containsExactly("79");
        assertThat(done(Indicator.PROCEDURES_PUBLISHED, noCommune)).containsExactly("79");
        assertThat(done(Indicator.COMMUNE_PROCEDURES_PUBLISHED, noCommune)).isEmpty();
        assertThat(done(Indicator.COMMUNE_PROCEDURES_PUBLISHED, orphans)).isEmpty();
        assertThat(done(Indicator.PROCEDURES_PUBLISHED, facts(null, null))).isEmpty();
    }

    @Test
    void aDerivedIndicatorNoRunOfItsKindSpeaksToIsLeftOutNotZero() {
        assertThat(DerivedIndicators.evidenced(List.of(facts(null, null)))).isEmpty();
        assertThat(DerivedIndicators.evidenced(List.of(facts(null, null),
                facts(new ProvinceFacts.Agencies(1, 1, 0, 0, 1, 1), null)))).containsExactly(Indicator.AGENCY_CODES);
        assertThat(DerivedIndicators.evidenced(List.of(new ProvinceFacts("01", "HN",
                new ProvinceFacts.Remap(0, 0, 0, 1, 1), null, new ProvinceFacts.Procedures(0, Map.of(), 1, 0)))))
                .containsExactly(Indicator.DATA_REMAPPED, Indicator.PROCEDURES_PUBLISHED,
                        Indicator.COMMUNE_PROCEDURES_PUBLISHED);
    }

    @Test
    void theTableCountsTheProvincesListsTheMissingAndNamesTheWeakest() {
        Map<String, String> provinces = new LinkedHashMap<>();
        provinces.put("01", "Thành phố Hà Nội");
        provinces.put("15", "Tỉnh Lào Cai");
        provinces.put("79", "Thành phố Hồ Chí Minh");
        Indicator forms = Indicator.builtIn("forms").orElseThrow();
        Indicator hotlines = Indicator.builtIn("hotlines").orElseThrow();
        ProgressTable table = ProgressTable.of(provinces, List.of(hotlines, forms),
                Map.of("hotlines", Set.of("01", "15"), "forms", Set.of("79")),
                Map.of("forms", List.of(new ProgressTable.Point(JUNE_27.plusDays(7), 3),
                        new ProgressTable.Point(JUNE_27, 0), new ProgressTable.Point(JUNE_27.minusDays(7), 0))),
                JUNE_27);
        ProgressTable.Row formsRow = table.rows().get(1);
        assertThat(formsRow.done()).isEqualTo(1);
        assertThat(formsRow.total()).isEqualTo(3);
        assertThat(formsRow.source()).isEqualTo("checklist");
        assertThat(formsRow.missing()).containsExactly(new ProgressTable.Province("01", "Thành phố Hà Nội"),
                new ProgressTable.Province("15", "Tỉnh Lào Cai"));
        // This report replaces an earlier one as of the same date; the points are in date order.
        assertThat(formsRow.history()).containsExactly(new ProgressTable.Point(JUNE_27.minusDays(7), 0),
                new ProgressTable.Point(JUNE_27, 1), new ProgressTable.Point(JUNE_27.plusDays(7), 3));
        assertThat(table.rows().get(0).history()).containsExactly(new ProgressTable.Point(JUNE_27, 2));
        assertThat(table.weakest()).get().extracting(ProgressTable.Row::figure).isEqualTo("procedures and forms: 1/3");
        assertThat(new ProgressTable(List.of()).weakest()).isEmpty();
    }

    @Test
    void amongEqualsTheWeakestIsTheFirstOfTheTable() {
        Map<String, String> provinces = Map.of("01", "Hà Nội");
        ProgressTable table = ProgressTable.of(provinces, Indicator.BUILT_IN, Map.of(), Map.of(), JUNE_27);
        assertThat(table.weakest()).get().extracting(ProgressTable.Row::id).isEqualTo("data-remapped");
    }

    private static ProvinceFacts facts(ProvinceFacts.Agencies agencies, ProvinceFacts.Procedures procedures) {
        return new ProvinceFacts("79", "Thành phố Hồ Chí Minh", null, agencies, procedures);
    }
}
