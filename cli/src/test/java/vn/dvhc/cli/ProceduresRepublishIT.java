package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvhc.jooq.Tables.PROCEDURE_RUN;
import static vn.dvhc.jooq.Tables.PROCEDURE_RUN_CHANGE;
import static vn.dvhc.jooq.Tables.PROCEDURE_RUN_INPUT;
import static vn.dvhc.jooq.Tables.PROCEDURE_RUN_ITEM;
import static vn.dvhc.jooq.Tables.PROCEDURE_RUN_LEVEL;
import static vn.dvhc.jooq.Tables.PROCEDURE_RUN_ORPHAN;
import static vn.dvhc.jooq.Tables.PROCEDURE_RUN_PROVINCE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.dvhc.common.CsvTable;
import vn.dvhc.common.Header;
import vn.dvhc.common.Sha256;
import vn.dvhc.infra.Database;
import vn.dvhc.testing.TestDatabases;

/**
 * {@code dvhc procedures republish} through the real command line on a real H2 and a real PostgreSQL, on the
 * sample of {@code sample-data/procedures/}: Lào Cai (10) and Yên Bái (15) became the new Lào Cai (15), whose
 * People's Committee uses H38.
 */
class ProceduresRepublishIT {

    private static final Path SAMPLES = CliHarness.projectRoot().resolve("sample-data/procedures");
    private static final List<String> CSV_CATALOGUES = List.of("yen-bai-15.csv", "yen-bai-15-dat-dai.csv",
            "lao-cai-10.csv");
    private static final String ACCOUNTING = "Old procedures: 21 (from 22 rows) = 2 ORPHAN + 1 ABOLISHED + 2 RENUMBERED "
            + "+ 7 MOVED_LEVEL + 8 MERGED + 1 UNCHANGED";

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theSampleBecomesOneListForLaoCaiAccountedForAndStored(TestDatabases.Kind kind) throws IOException {
        CliHarness.Target target = CliHarness.target(kind, temp.resolve("home"));
        Path out = temp.resolve("out");
        CliHarness.Result result = target.run(republish(out, CSV_CATALOGUES));
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Re-published 3 catalogues for 1 new province of release 2026-04-30",
                ACCOUNTING, "15 Lào Cai (H38)  Lào Cai (10), Yên Bái (15)",
                "  15 1.004222 at xa, fee:", "      Lào Cai (10): 15.000 đồng/lần", "      Yên Bái (15): 20.000 đồng/lần",
                "  15 → 15  1.009994  Cấp giấy phép xây dựng nhà ở riêng lẻ (yen-bai-15.csv line 9)",
                "Wrote 6 files in out: 15/procedures.csv, 15/procedures.xlsx, 15/procedures.json, changes.csv, "
                        + "conflicts.csv, summary.json",
                "Conflicts, every variant published and listed in out/conflicts.csv:");
        assertThat(result.diagnostics()).isEmpty();

        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString()).sorted().toList())
                    .as("no temporary file is left, no other province is written")
                    .containsExactly("15/procedures.csv", "15/procedures.json", "15/procedures.xlsx", "changes.csv",
                            "conflicts.csv", "summary.json");
        }
        ProcedureOutputChecks.checkWorkbook(out.resolve("15/procedures.xlsx"));
        ProcedureOutputChecks.checkNoDistrictLevelAnywhere(out);
        checkAccounting(out.resolve("changes.csv"));
        assertThat(Files.readString(out.resolve("15/procedures.json"))).contains(
                "\"localCode\" : \"1.115835.000.00.00.H38\"", "\"agencyCode\" : \"H38\"");
        checkStored(target, result);

        CliHarness.Result again = target.run(republish(out, CSV_CATALOGUES));
        assertThat(again.exitCode()).as(again.toString()).isEqualTo(6);
        assertThat(again.err()).contains("already completed as execution", "hint: nothing to do; pass --rerun");
        CliHarness.Result rerun = target.run(with(republish(out, CSV_CATALOGUES), "--rerun"));
        assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
        assertThat(Files.readString(out.resolve("15/procedures.csv")))
                .as("a rerun writes the same list").isEqualTo(Files.readString(temp.resolve("out/15/procedures.csv")));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void orphansAndConflictsExitOneAtOrAboveFailOn(TestDatabases.Kind kind) throws IOException {
        CliHarness.Target target = CliHarness.target(kind, temp.resolve("home"));
        CliHarness.Result orphans = target.run(with(republish(temp.resolve("a"), CSV_CATALOGUES), "--fail-on", "orphan"));
        assertThat(orphans.exitCode()).as(orphans.toString()).isEqualTo(1);
        assertThat(orphans.out()).contains("Orphans, district-level procedures no rule names");
        assertThat(temp.resolve("a/15/procedures.xlsx")).as("findings still publish").exists();

        CliHarness.Result moved = target.run(with(republish(temp.resolve("b"), CSV_CATALOGUES), "--fail-on", "orphan",
                "--default-district-level", "xa"));
        assertThat(moved.exitCode()).as(moved.toString()).isZero();
        assertThat(moved.out()).contains("= 0 ORPHAN + 1 ABOLISHED + 2 RENUMBERED + 9 MOVED_LEVEL + 8 MERGED")
                .doesNotContain("Orphans");
        String changes = Files.readString(temp.resolve("b/changes.csv"));
        assertThat(changes).contains("15,1.009994,MOVED_LEVEL,huyen → xa by --default-district-level xa (no rule)");

        CliHarness.Result conflicts = target.run(with(republish(temp.resolve("c"), CSV_CATALOGUES), "--fail-on",
                "conflict", "--default-district-level", "xa"));
        assertThat(conflicts.exitCode()).as(conflicts.toString()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBadCatalogueIsAnInputErrorThatPublishesNothing(TestDatabases.Kind kind) throws IOException {
        CliHarness.Target target = CliHarness.target(kind, temp.resolve("home"));
        Path bad = temp.resolve("bad.csv");
        Files.writeString(bad, """
                Mã TTHC,Tên TTHC,Cấp thực hiện,Mã tỉnh cũ
                1.000894,Đăng ký kết hôn,Cấp xã,15
                1.00089,Đăng ký kết hôn,Cấp xã,15
                """);
        Path out = temp.resolve("out");
        CliHarness.Result result = target.run(republishFiles(out, List.of(bad, SAMPLES.resolve("lao-cai-10.csv"))));
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
        assertThat(result.diagnostics()).startsWith("dvhc: error: bad.csv line 3 column 1: '1.00089' is not a national "
                + "procedure code");
        assertThat(result.out()).isEmpty();
        assertThat(out.resolve("changes.csv")).doesNotExist();
        assertThat(out.resolve("15")).doesNotExist();

        Files.writeString(bad, "Mã TTHC,Tên TTHC,Mã tỉnh cũ\n1.000894,Đăng ký kết hôn,15\n");
        CliHarness.Result header = target.run(republishFiles(out, List.of(bad)));
        assertThat(header.exitCode()).as(header.toString()).isEqualTo(3);
        assertThat(header.err()).contains("bad.csv line 1: no column Cấp thực hiện or Cấp");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRunThatFailsBeforePublishingLeavesNoFileUnderItsNameAndTheSameCommandFinishesIt(TestDatabases.Kind kind)
            throws IOException {
        CliHarness.Target target = CliHarness.target(kind, temp.resolve("home"));
        Path out = temp.resolve("out");
        Path blocker = Files.createDirectories(out.resolve("changes.csv"));
        Files.writeString(blocker.resolve("keep.txt"), "in the way");
        CliHarness.Result failed = target.run(republish(out, CSV_CATALOGUES));
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(3);
        assertThat(failed.err()).contains("changes.csv: a folder is in the way of an output file");
        assertThat(out.resolve("15/procedures.csv")).doesNotExist();
        assertThat(out.resolve("summary.json")).doesNotExist();
        try (Stream<Path> files = Files.list(out.resolve("15"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("the lists wait as hidden temporary files").allMatch(n -> n.startsWith(".procedures."));
        }

        Files.delete(blocker.resolve("keep.txt"));
        Files.delete(blocker);
        CliHarness.Result resumed = target.run(republish(out, CSV_CATALOGUES));
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).contains("(execution 2)", ACCOUNTING);
        CliHarness.Result fresh = target.run(republish(temp.resolve("fresh"), CSV_CATALOGUES));
        assertThat(fresh.exitCode()).isZero();
        for (String file : List.of("15/procedures.csv", "15/procedures.json", "changes.csv", "conflicts.csv")) {
            assertThat(Files.readString(out.resolve(file))).as(file)
                    .isEqualTo(Files.readString(temp.resolve("fresh").resolve(file)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anXlsxCatalogueReadsAndAMissingOldProvinceIsAWarning(TestDatabases.Kind kind) throws IOException {
        CliHarness.Target target = CliHarness.target(kind, temp.resolve("home"));
        Path out = temp.resolve("out");
        CliHarness.Result result = target.run(republish(out, List.of("lao-cai-10.xlsx")));
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Old procedures: 11 (from 12 rows)", "Lào Cai (10), Yên Bái (15); missing Yên Bái (15)");
        assertThat(result.err()).contains("dvhc: warning: 15 MISSING_SOURCE: Lào Cai (15) was formed from Yên Bái (15) "
                + "too, whose catalogue is not among the inputs");
        assertThat(Files.readString(out.resolve("changes.csv"))).contains(",lao-cai-10.xlsx (sheet Danh mục) line 3\n");
    }

    @Test
    void usageAndInputErrorsAnswerBeforeAnyJob() {
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, temp.resolve("home"));
        Path out = temp.resolve("out");
        CliHarness.Result failOn = target.run(with(republish(out, CSV_CATALOGUES), "--fail-on", "sometimes"));
        assertThat(failOn.exitCode()).isEqualTo(2);
        assertThat(failOn.err()).startsWith("dvhc: error: Invalid value for option '--fail-on': 'sometimes' is not one of orphan, conflict, never");

        CliHarness.Result missing = target.run(republishFiles(out, List.of(temp.resolve("nowhere.csv"))));
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).contains("nowhere.csv: file not found", "hint: check --catalog");

        CliHarness.Result twice = target.run(republishFiles(out, List.of(SAMPLES.resolve("lao-cai-10.csv"),
                SAMPLES.resolve("lao-cai-10.csv"))));
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("the same catalogue is given twice");

        CliHarness.Result early = target.run(with(republish(out, CSV_CATALOGUES), "--as-of", "2025-06-30"));
        assertThat(early.exitCode()).isEqualTo(2);
        assertThat(early.err()).contains("release pre-2025 was in force: no province had been merged yet");
    }

    // Every old procedure of the three catalogues has exactly one line, and the counts are those printed.
    private static void checkAccounting(Path changesFile) {
        CsvTable changes = CsvTable.read(changesFile);
        Header header = changes.header(0);
        assertThat(header.names()).startsWith("old_province", "procedure_code", "change", "detail");
        Set<String> accounted = new HashSet<>();
        Map<String, Integer> byType = new HashMap<>();
        for (CsvTable.Row row : changes.records().subList(1, changes.records().size())) {
            assertThat(accounted.add(row.get(0) + " " + row.get(1))).as("once: " + row).isTrue();
            byType.merge(row.get(2), 1, Integer::sum);
        }
        Set<String> input = new HashSet<>();
        for (String name : CSV_CATALOGUES) {
            CsvTable catalogue = CsvTable.read(SAMPLES.resolve(name));
            Header h = catalogue.header(0);
            int code = h.require("Mã TTHC", "procedure_code");
            int province = h.require("Mã tỉnh cũ", "old_province_code");
            catalogue.records().subList(1, catalogue.records().size()).forEach(r -> input.add(r.get(province) + " "
                    + r.get(code).substring(0, 8)));
        }
        assertThat(accounted).isEqualTo(input).hasSize(21);
        assertThat(byType).containsExactlyInAnyOrderEntriesOf(Map.of("ORPHAN", 2, "ABOLISHED", 1, "RENUMBERED", 2,
                "MOVED_LEVEL", 7, "MERGED", 8, "UNCHANGED", 1));
    }

    private static void checkStored(CliHarness.Target target, CliHarness.Result result) {
        long execution = Long.parseLong(result.out().replaceAll("(?s).*\\(execution (\\d+)\\).*", "$1"));
        try (Database db = Database.open(target.settings(), 2)) {
            DSLContext dsl = db.dsl();
            var run = dsl.selectFrom(PROCEDURE_RUN).where(PROCEDURE_RUN.JOB_EXECUTION_ID.eq(execution)).fetchSingle();
            assertThat(run.getReleaseId()).isEqualTo("2026-04-30");
            assertThat(run.getOldProcedures()).isEqualTo(21);
            assertThat(run.getPublished()).isEqualTo(11);
            var province = dsl.selectFrom(PROCEDURE_RUN_PROVINCE)
                    .where(PROCEDURE_RUN_PROVINCE.JOB_EXECUTION_ID.eq(execution)).fetchSingle();
            assertThat(province.getProvinceCode()).isEqualTo("15");
            assertThat(province.getAgencyCode()).isEqualTo("H38");
            assertThat(province.getOldProvinces()).isEqualTo("10,15");
            assertThat(province.getOrphans()).isEqualTo(2);
            assertThat(province.getConflicts()).isEqualTo(2);
            assertThat(dsl.select(PROCEDURE_RUN_LEVEL.LEVEL_ID, PROCEDURE_RUN_LEVEL.PUBLISHED).from(PROCEDURE_RUN_LEVEL)
                    .where(PROCEDURE_RUN_LEVEL.JOB_EXECUTION_ID.eq(execution)).fetchMap(PROCEDURE_RUN_LEVEL.LEVEL_ID,
                            PROCEDURE_RUN_LEVEL.PUBLISHED))
                    .isEqualTo(Map.of("tinh", 5, "xa", 6, "bo-nganh", 0, "khac", 0));
            assertThat(dsl.select(PROCEDURE_RUN_CHANGE.OLD_PROCEDURES).from(PROCEDURE_RUN_CHANGE)
                    .where(PROCEDURE_RUN_CHANGE.JOB_EXECUTION_ID.eq(execution)).fetch(PROCEDURE_RUN_CHANGE.OLD_PROCEDURES)
                    .stream().mapToInt(Integer::intValue).sum()).isEqualTo(21);
            assertThat(dsl.select(PROCEDURE_RUN_ITEM.LOCAL_CODE).from(PROCEDURE_RUN_ITEM)
                    .where(PROCEDURE_RUN_ITEM.JOB_EXECUTION_ID.eq(execution)).fetch(PROCEDURE_RUN_ITEM.LOCAL_CODE))
                    .hasSize(11).contains("1.011442.000.00.00.H38");
            assertThat(dsl.select(PROCEDURE_RUN_ORPHAN.NATIONAL_CODE).from(PROCEDURE_RUN_ORPHAN)
                    .where(PROCEDURE_RUN_ORPHAN.JOB_EXECUTION_ID.eq(execution)).fetch(PROCEDURE_RUN_ORPHAN.NATIONAL_CODE))
                    .containsExactlyInAnyOrder("1.009994", "1.009995");
            Map<String, String> inputs = dsl.select(PROCEDURE_RUN_INPUT.FILE_PATH, PROCEDURE_RUN_INPUT.SHA256)
                    .from(PROCEDURE_RUN_INPUT).where(PROCEDURE_RUN_INPUT.JOB_EXECUTION_ID.eq(execution))
                    .fetchMap(PROCEDURE_RUN_INPUT.FILE_PATH, PROCEDURE_RUN_INPUT.SHA256);
            assertThat(inputs).hasSize(5);
            inputs.forEach((file, sha) -> assertThat(sha).as(file).isEqualTo(Sha256.of(Path.of(file))));
        }
    }

    private static String[] republish(Path out, List<String> catalogues) {
        return republishFiles(out, catalogues.stream().map(SAMPLES::resolve).toList());
    }

    private static String[] republishFiles(Path out, List<Path> catalogues) {
        List<String> args = new ArrayList<>(List.of("procedures", "republish", "--catalog"));
        catalogues.forEach(c -> args.add(c.toString()));
        args.addAll(List.of("--rules", SAMPLES.resolve("rules.csv").toString(), "--agency-crosswalk",
                SAMPLES.resolve("agency-crosswalk.csv").toString(), "--output-dir", out.toString()));
        return args.toArray(String[]::new);
    }

    private static String[] with(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
