package vn.dvhc.remap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.dvhc.jooq.Tables.REMAP_RUN;
import static vn.dvhc.jooq.Tables.REMAP_RUN_PROVINCE;
import static vn.dvhc.jooq.Tables.REMAP_RUN_REASON;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.dvhc.infra.Database;
import vn.dvhc.testing.TestDatabases;

/** The summary of a run as the report reads it, on H2 and PostgreSQL: its reasons and provinces, each row once. */
class RemapRunRepositoryIT {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void everyReasonAndProvinceOfARunIsStoredOnceAndReplacedWithIt(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.open(kind)) {
            DSLContext dsl = db.dsl();
            RemapRunRepository runs = new RemapRunRepository(dsl);
            Map<String, Long> reasons = new LinkedHashMap<>();
            reasons.put("UNKNOWN_CODE", 3L);
            reasons.put("SPLIT", 2L);
            List<RemapSummary.Province> provinces = List.of(
                    new RemapSummary.Province("01", "Thành phố Hà Nội", 10, 2, 0, 1, 0, 0),
                    new RemapSummary.Province("04", "Tỉnh Cao Bằng", 7, 0, 1, 0, 0, 0),
                    new RemapSummary.Province("79", "Thành phố Hồ Chí Minh", 5, 1, 0, 4, 1, 2));
            RemapSummary first = summary(41, reasons, provinces);
            runs.save(first, 7);
            // A run that rejected nothing and wrote no row: no reason and no province, only the run.
            runs.save(summary(42, Map.of(), List.of()), 8);

            assertThat(dsl.fetch(REMAP_RUN_REASON, REMAP_RUN_REASON.JOB_EXECUTION_ID.eq(41L)))
                    .extracting(r -> r.getReason(), r -> r.getRowCount())
                    .containsExactlyInAnyOrder(tuple("UNKNOWN_CODE", 3L), tuple("SPLIT", 2L));
            assertThat(dsl.fetch(REMAP_RUN_PROVINCE, REMAP_RUN_PROVINCE.JOB_EXECUTION_ID.eq(41L)))
                    .extracting(r -> r.getProvinceCode(), r -> r.getMappedRows(), r -> r.getSplitRows(),
                            r -> r.getAliasRows(), r -> r.getRejectedRows(), r -> r.getResolvedLawRows(),
                            r -> r.getResolvedRuleRows())
                    .containsExactlyInAnyOrder(tuple("01", 10L, 2L, 0L, 1L, 0L, 0L), tuple("04", 7L, 0L, 1L, 0L, 0L, 0L),
                            tuple("79", 5L, 1L, 0L, 4L, 1L, 2L));
            assertThat(dsl.fetchCount(REMAP_RUN_REASON, REMAP_RUN_REASON.JOB_EXECUTION_ID.eq(42L))).isZero();
            assertThat(dsl.fetchCount(REMAP_RUN_PROVINCE, REMAP_RUN_PROVINCE.JOB_EXECUTION_ID.eq(42L))).isZero();
            assertThat(dsl.fetchCount(REMAP_RUN)).isEqualTo(2);

            // A workbook run replaces the summary its merge stored with the final one, under the later execution.
            RemapSummary finished = summary(43, Map.of("SPLIT", 2L), provinces.subList(0, 1));
            runs.replace(first, finished, 7);
            assertThat(dsl.fetchCount(REMAP_RUN, REMAP_RUN.JOB_EXECUTION_ID.eq(41L))).isZero();
            assertThat(dsl.fetch(REMAP_RUN_REASON, REMAP_RUN_REASON.JOB_EXECUTION_ID.eq(43L)))
                    .extracting(r -> r.getReason(), r -> r.getRowCount()).containsExactly(tuple("SPLIT", 2L));
            assertThat(dsl.fetch(REMAP_RUN_PROVINCE, REMAP_RUN_PROVINCE.JOB_EXECUTION_ID.eq(43L)))
                    .extracting(r -> r.getProvinceCode()).containsExactly("01");
        }
    }

    private static RemapSummary summary(long execution, Map<String, Long> reasons, List<RemapSummary.Province> provinces) {
        long rejected = reasons.values().stream().mapToLong(Long::longValue).sum();
        return new RemapSummary(execution, false, new RemapSummary.Input("in.csv", "a".repeat(64), 100), "out.csv",
                "out.csv.rejects.csv", new RemapSummary.Releases("pre-2025", "2026-04-30", null), "flag", 30 + rejected,
                30, rejected, true, 0, Map.of("MAPPED", 30L), reasons, provinces, 5, 6000, 1, 0,
                new RemapSummary.Dataset(null, "b".repeat(64)));
    }
}
