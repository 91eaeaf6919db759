package vn.dvhc.remap;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvhc.jooq.Tables.REMAP_RUN;
import static vn.dvhc.jooq.Tables.REMAP_RUN_PROVINCE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import vn.dvhc.common.Sha256;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.remap.address.AddressColumns;
import vn.dvhc.testing.JobChecks;
import vn.dvhc.testing.JobInfra;
import vn.dvhc.testing.Samples;

/**
 * {@code remapJob} with the split options of spec §5b on {@code sample-data/splits/}, on H2 and PostgreSQL: the law
 * ({@code --on-split population}), a province's rules, the worklist, the counts in the summary and the stored run,
 * the same bytes on one thread or three and after a failed merge resumed; a bad rule stops the run before any row.
 */
class RemapSplitsJobIT {

    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnH2.class, RemapJobConfig.class, RemapLocalPartitioning.class})
    class OnH2 extends Checks {
    }

    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnPostgreSQL.class, RemapJobConfig.class, RemapLocalPartitioning.class})
    class OnPostgreSQL extends Checks {
    }

    /** The sample rows with the nine appended columns, as the law and sample-data/splits/rules.csv decide them. */
    static final List<String> EXPECTED_TAILS = List.of(
            "01,Thành phố Hà Nội,00103,Phường Tây Hồ,Phường,RESOLVED,00004|00103,NSO: toàn bộ dân số,",
            "01,Thành phố Hà Nội,00103,Phường Tây Hồ,Phường,RESOLVED,00004|00103,NSO: toàn bộ dân số,",
            "01,Thành phố Hà Nội,00136,Phường Phúc Lợi,Phường,RESOLVED,00127|00136,"
                    + "\"NQ 1656/NQ-UBTVQH15 Điều 1 khoản 41, khoản 42\",",
            "01,Thành phố Hà Nội,00565,Xã Gia Lâm,Xã,RESOLVED,00136|00541|00565,rules.csv line 2,"
                    + "minh hoạ: thôn giao cho xã Gia Lâm",
            "01,Thành phố Hà Nội,00565,Xã Gia Lâm,Xã,RESOLVED,00136|00541|00565,rules.csv line 2,"
                    + "minh hoạ: thôn giao cho xã Gia Lâm",
            "01,Thành phố Hà Nội,00565,Xã Gia Lâm,Xã,RESOLVED,00136|00541|00565,rules.csv line 3,minh hoạ",
            "01,Thành phố Hà Nội,,,,SPLIT,00136|00541|00565,,",
            "01,Thành phố Hà Nội,00136,Phường Phúc Lợi,Phường,RESOLVED,00136|00541|00565,rules.csv line 4,"
                    + "minh hoạ: thôn giao cho phường Phúc Lợi",
            "01,Thành phố Hà Nội,00640,Xã Thanh Trì,Xã,RESOLVED,00340|00640,rules.csv line 6,minh hoạ",
            "01,Thành phố Hà Nội,00340,Phường Yên Sở,Phường,RESOLVED,00340|00640,rules.csv line 7,minh hoạ",
            "01,Thành phố Hà Nội,,,,SPLIT,00598|00602|00613|00622,,",
            "01,Thành phố Hà Nội,,,,SPLIT,00598|00602|00613|00622,,");

    abstract static class Checks extends JobChecks {

        private RemapSettings settings(String name, int threads, Path rules, Path worklist) {
            return settings(Samples.path("splits/dan-cu-ha-noi.csv"), name, threads, rules, worklist);
        }

        // Commits every few rows, so that the split counters go through many saves and loads.
        private RemapSettings settings(Path input, String name, int threads, Path rules, Path worklist) {
            Path output = temp.resolve(name + ".csv");
            int chunk = input.getFileName().toString().equals("many.csv") ? 200 : 1;
            return new RemapSettings(input, Sha256.of(input), output, Path.of(output + ".rejects.csv"), null, null,
                    null, "pre-2025", "2026-04-30", null, OnSplit.POPULATION, null, "UTF-8", chunk, threads,
                    RemapSettings.FailOn.NEVER, null, 0, false, null, false, null,
                    new SplitOptions(rules, rules == null ? null : Sha256.of(rules), null, worklist));
        }

        @Test
        void theLawThenTheRulesResolveAndWhatStaysOpenIsTheWorklist() throws Exception {
            Path rules = Samples.path("splits/rules.csv");
            RemapSettings settings = settings("one-thread", 1, rules, temp.resolve("worklist.csv"));
            JobExecution execution = jobs.startJob(RemapJob.JOB.parameters(settings, false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);

            List<String> output = Files.readAllLines(settings.output());
            assertThat(output.get(0)).isEqualTo("so_dinh_danh,ho_ten,dia_chi,ma_tinh,ma_huyen,ma_xa,new_province_code,"
                    + "new_province_name,new_commune_code,new_commune_name,new_commune_type,remap_status,"
                    + "remap_candidates,remap_basis,match_note");
            List<String> input = Files.readAllLines(settings.input());
            for (int i = 1; i < input.size(); i++) {
                assertThat(output.get(i)).as("row %d", i).isEqualTo(input.get(i) + "," + EXPECTED_TAILS.get(i - 1));
            }
            assertThat(output).hasSize(input.size());
            assertThat(Files.readString(settings.splits().worklist(), StandardCharsets.UTF_8)).isEqualTo("""
                    \uFEFFold_commune_code,old_commune_name,match,rows,candidates,new_commune_code,note
                    00553,Xã Cổ Bi,Thôn 11,1,00136 Phường Phúc Lợi | 00541 Xã Phù Đổng | 00565 Xã Gia Lâm,,
                    00613,Phường Minh Khai,Khu đô thị Thành phố Giao Lưu,1,\
                    00598 Phường Thượng Cát | 00602 Phường Đông Ngạc | 00613 Phường Tây Tựu | 00622 Phường Xuân Phương,,
                    00613,Phường Minh Khai,Tổ dân phố Văn Trì 2,1,\
                    00598 Phường Thượng Cát | 00602 Phường Đông Ngạc | 00613 Phường Tây Tựu | 00622 Phường Xuân Phương,,
                    """);

            RemapSummary summary = RemapJob.JOB.summary(execution, RemapSummary.class);
            assertThat(summary.byStatus()).containsEntry("RESOLVED", 9L).containsEntry("SPLIT", 3L)
                    .containsEntry("MAPPED", 0L);
            assertThat(summary.splits()).isEqualTo(new RemapSummary.Splits(3, 6, 0, 3, rules.toString(),
                    List.of("rules.csv line 5: 00553 Thôn 9 → 00541"), settings.splits().worklist().toString(), 3));
            assertThat(summary.byNewProvince()).containsExactly(
                    new RemapSummary.Province("01", "Thành phố Hà Nội", 0, 3, 0, 0, 3, 6));
            var run = database.dsl().selectFrom(REMAP_RUN).where(REMAP_RUN.JOB_EXECUTION_ID.eq(execution.getId())).fetchOne();
            assertThat(run.getResolvedLawRows()).isEqualTo(3);
            assertThat(run.getResolvedRuleRows()).isEqualTo(6);
            assertThat(run.getSplitRows()).as("only what stays open").isEqualTo(3);
            var province = database.dsl().selectFrom(REMAP_RUN_PROVINCE)
                    .where(REMAP_RUN_PROVINCE.JOB_EXECUTION_ID.eq(execution.getId())).fetchOne();
            assertThat(province.getResolvedLawRows()).isEqualTo(3);
            assertThat(province.getResolvedRuleRows()).isEqualTo(6);
        }

        /** The sample's rows 250 times over (about 250 KB): large enough for three partitions. */
        private Path manyResidents() throws IOException {
            List<String> lines = Files.readAllLines(Samples.path("splits/dan-cu-ha-noi.csv"));
            StringBuilder text = new StringBuilder(lines.get(0)).append('\n');
            for (int copy = 0; copy < 250; copy++) {
                lines.subList(1, lines.size()).forEach(line -> text.append(line).append('\n'));
            }
            return Files.writeString(temp.resolve("many.csv"), text);
        }

        @Test
        void anAddressColumnWithSplitResolutionGivesOneMatchNoteHoldingBothNotes() throws Exception {
            Path rules = Samples.path("splits/rules.csv");
            RemapSettings splitsOnly = settings("splits-only", 1, rules, null);
            assertThat(jobs.startJob(RemapJob.JOB.parameters(splitsOnly, false)).getStatus())
                    .isEqualTo(BatchStatus.COMPLETED);
            Path input = splitsOnly.input();
            Path output = temp.resolve("both.csv");
            RemapSettings both = new RemapSettings(input, Sha256.of(input), output, Path.of(output + ".rejects.csv"),
                    null, null, null, "pre-2025", "2026-04-30", null, OnSplit.POPULATION, null, "UTF-8", 1, 1,
                    RemapSettings.FailOn.NEVER, null, 0, false, null, false, null,
                    new SplitOptions(rules, Sha256.of(rules), null, null), new AddressColumns("dia_chi", null, null, null));
            JobExecution execution = jobs.startJob(RemapJob.JOB.parameters(both, false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);

            List<CSVRecord> combined = parse(output);
            List<CSVRecord> alone = parse(splitsOnly.output());
            assertThat(combined.get(0).toList()).containsExactly("so_dinh_danh", "ho_ten", "dia_chi", "ma_tinh",
                    "ma_huyen", "ma_xa", "old_commune_code", "new_province_code", "new_province_name",
                    "new_commune_code", "new_commune_name", "new_commune_type", "remap_status", "remap_candidates",
                    "remap_basis", "new_address", "match_note");
            assertThat(combined).hasSameSizeAs(alone);
            int rulesNoted = 0;
            for (int i = 1; i < combined.size(); i++) {
                List<String> row = combined.get(i).toList();
                List<String> split = alone.get(i).toList();
                assertThat(row).as("row %d", i).hasSize(17);
                assertThat(row.get(6)).as("old_commune_code, row %d", i).isEqualTo(row.get(5));
                assertThat(row.subList(7, 15)).as("the seven and remap_basis, row %d", i).isEqualTo(split.subList(6, 14));
                String splitNote = split.get(14);
                if (!splitNote.isEmpty()) {
                    assertThat(row.get(16)).as("match_note, row %d", i)
                            .satisfiesAnyOf(note -> assertThat(note).isEqualTo(splitNote),
                                    note -> assertThat(note).endsWith("; " + splitNote));
                    rulesNoted++;
                }
            }
            assertThat(rulesNoted).as("rows whose rule gave a note").isEqualTo(6);
            RemapSummary summary = RemapJob.JOB.summary(execution, RemapSummary.class);
            assertThat(summary.addresses()).isNotNull();
            assertThat(summary.byStatus()).containsEntry("RESOLVED", 9L).containsEntry("SPLIT", 3L);
        }

        /** The sample without its code columns: the old commune is read from the address, found by its header. */
        @Test
        void anAddressOnlyInputIsResolvedAsByCodeAndItsResolvedRowsGetANewAddress() throws Exception {
            Path rules = Samples.path("splits/rules.csv");
            List<String> lines = Files.readAllLines(Samples.path("splits/dan-cu-ha-noi.csv"));
            StringBuilder text = new StringBuilder("so_dinh_danh,ho_ten,dia_chi\n");
            lines.subList(1, lines.size()).forEach(line -> text.append(line.replaceFirst(",01,\\d{3},\\d{5}$", ""))
                    .append('\n'));
            Path input = Files.writeString(temp.resolve("dia-chi.csv"), text);
            Path output = temp.resolve("dia-chi.new.csv");
            Path worklist = temp.resolve("dia-chi.worklist.csv");
            RemapSettings settings = new RemapSettings(input, Sha256.of(input), output, Path.of(output + ".rejects.csv"),
                    null, null, null, "pre-2025", "2026-04-30", null, OnSplit.POPULATION, null, "UTF-8", 1, 1,
                    RemapSettings.FailOn.NEVER, null, 0, false, null, false, null,
                    new SplitOptions(rules, Sha256.of(rules), null, worklist), AddressColumns.NONE);
            JobExecution execution = jobs.startJob(RemapJob.JOB.parameters(settings, false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);

            List<CSVRecord> rows = parse(output);
            assertThat(rows.get(0).toList()).containsExactly("so_dinh_danh", "ho_ten", "dia_chi", "old_commune_code",
                    "new_province_code", "new_province_name", "new_commune_code", "new_commune_name",
                    "new_commune_type", "remap_status", "remap_candidates", "remap_basis", "new_address", "match_note");
            assertThat(rows).hasSize(13);
            List<CSVRecord> byCode = parse(Samples.path("splits/dan-cu-ha-noi.csv"));
            for (int i = 1; i < rows.size(); i++) {
                List<String> row = rows.get(i).toList();
                List<String> expected = List.of(EXPECTED_TAILS.get(i - 1).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1));
                assertThat(row.get(3)).as("old_commune_code, row %d", i).isEqualTo(byCode.get(i).get(5));
                assertThat(row.subList(4, 12)).as("the seven and remap_basis, row %d", i).containsExactlyElementsOf(
                        expected.subList(0, 8).stream().map(f -> f.replace("\"", "")).toList());
            }
            // Decided rows (the law, a rule) have a new address; rows still split have none (decision 0073).
            assertThat(rows.get(1).get(12)).isEqualTo("Số 12, Tổ dân phố 7, Phường Tây Hồ, Thành phố Hà Nội");
            assertThat(rows.get(3).get(12)).isEqualTo("Số 4, ngõ 2, Tổ dân phố 3, Phường Phúc Lợi, "
                    + "Thành phố Hà Nội");
            assertThat(rows.get(4).get(12)).as("rules.csv line 2").isEqualTo("Thôn 1, Xã Gia Lâm, "
                    + "Thành phố Hà Nội");
            assertThat(rows.get(10).get(12)).as("rules.csv line 7").isEqualTo("Thôn 5, Phường Yên Sở, "
                    + "Thành phố Hà Nội");
            assertThat(rows.get(7).get(9)).isEqualTo("SPLIT");
            assertThat(rows.get(7).get(12)).isEmpty();
            assertThat(rows.get(11).get(12)).isEmpty();
            assertThat(Files.readAllLines(worklist)).extracting(l -> l.split(",")[0] + " " + l.split(",")[2])
                    .containsExactly("\uFEFFold_commune_code match", "00553 Thôn 11",
                            "00613 Khu đô thị Thành phố Giao Lưu", "00613 Tổ dân phố Văn Trì 2");
            RemapSummary summary = RemapJob.JOB.summary(execution, RemapSummary.class);
            assertThat(summary.byStatus()).containsEntry("RESOLVED", 9L).containsEntry("SPLIT", 3L);
            assertThat(summary.splits().resolvedByLaw()).isEqualTo(3);
            assertThat(summary.splits().resolvedByRule()).isEqualTo(6);
        }

        /** Unit names in their own columns and the hamlet in another, named with --split-match-column. */
        @Test
        void nameColumnsWithASplitMatchColumnAreResolvedByTheRulesOnThatColumn() throws Exception {
            Path rules = Samples.path("splits/rules.csv");
            Path input = Files.writeString(temp.resolve("ten.csv"), """
                    so_dinh_danh,ho_ten,thon_to,ten_xa,ten_huyen,ten_tinh
                    001066101004,Phạm Văn Đức,Thôn 1,Xã Cổ Bi,Huyện Gia Lâm,Thành phố Hà Nội
                    001077101006,Vũ Văn Nam,"Xóm Chợ, Thôn 2",Cổ Bi,Gia Lâm,Hà Nội
                    001093101007,Đặng Thị Thu,Thôn 11,Xã Cổ Bi,Huyện Gia Lâm,Thành phố Hà Nội
                    001088101009,Ngô Thị Hạnh,Thôn 4,Xã Tứ Hiệp,Huyện Thanh Trì,Thành phố Hà Nội
                    001085101001,Nguyễn Thị Hoa,Tổ dân phố 7,Phường Thụy Khuê,Quận Tây Hồ,Thành phố Hà Nội
                    """);
            Path output = temp.resolve("ten.new.csv");
            Path worklist = temp.resolve("ten.worklist.csv");
            RemapSettings settings = new RemapSettings(input, Sha256.of(input), output, Path.of(output + ".rejects.csv"),
                    null, null, null, "pre-2025", "2026-04-30", null, OnSplit.POPULATION, null, "UTF-8", 1, 1,
                    RemapSettings.FailOn.NEVER, null, 0, false, null, false, null,
                    new SplitOptions(rules, Sha256.of(rules), "thon_to", worklist), AddressColumns.NONE);
            JobExecution execution = jobs.startJob(RemapJob.JOB.parameters(settings, false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);

            List<CSVRecord> rows = parse(output);
            assertThat(rows.get(0).toList()).containsExactly("so_dinh_danh", "ho_ten", "thon_to", "ten_xa", "ten_huyen",
                    "ten_tinh", "old_commune_code", "new_province_code", "new_province_name", "new_commune_code",
                    "new_commune_name", "new_commune_type", "remap_status", "remap_candidates", "remap_basis",
                    "match_note");
            assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(6) + " " + r.get(12) + " " + r.get(9) + " "
                    + r.get(14)).containsExactly(
                    "00553 RESOLVED 00565 rules.csv line 2",
                    "00553 RESOLVED 00565 rules.csv line 3",
                    "00553 SPLIT  ",
                    "00658 RESOLVED 00640 rules.csv line 6",
                    "00112 RESOLVED 00103 NSO: toàn bộ dân số");
            assertThat(Files.readAllLines(worklist)).extracting(l -> l.split(",")[0] + " " + l.split(",")[2]
                    + " " + l.split(",")[3]).containsExactly("\uFEFFold_commune_code match rows", "00553 Thôn 11 1");
            RemapSummary.Splits splits = RemapJob.JOB.summary(execution, RemapSummary.class).splits();
            assertThat(splits.resolvedByLaw()).isEqualTo(1);
            assertThat(splits.resolvedByRule()).isEqualTo(3);

            // Without --split-match-column the rules have no text to look in: an input error before any row.
            Path refusedOutput = temp.resolve("ten.refused.csv");
            RemapSettings noColumn = new RemapSettings(input, Sha256.of(input), refusedOutput,
                    Path.of(refusedOutput + ".rejects.csv"), null, null, null, "pre-2025", "2026-04-30", null,
                    OnSplit.POPULATION, null, "UTF-8", 1, 1, RemapSettings.FailOn.NEVER, null, 0, false, null, false,
                    null, new SplitOptions(rules, Sha256.of(rules), null, null), AddressColumns.NONE);
            JobExecution refused = jobs.startJob(RemapJob.JOB.parameters(noColumn, false));
            assertThat(refused.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(((DvhcException) refused.getAllFailureExceptions().get(0)).exitCode().value()).isEqualTo(3);
            assertThat(refusedOutput).doesNotExist();
        }

        private static List<CSVRecord> parse(Path file) throws IOException {
            try (var parser = CSVFormat.RFC4180.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
                return parser.getRecords();
            }
        }

        @Test
        void threeThreadsGiveTheSameBytesAsOne() throws Exception {
            Path rules = Samples.path("splits/rules.csv");
            Path input = manyResidents();
            RemapSettings one = settings(input, "one", 1, rules, temp.resolve("one-worklist.csv"));
            RemapSettings three = settings(input, "three", 3, rules, temp.resolve("three-worklist.csv"));
            assertThat(jobs.startJob(RemapJob.JOB.parameters(one, false)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            JobExecution threaded = jobs.startJob(RemapJob.JOB.parameters(three, false));
            assertThat(threaded.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(RemapJob.JOB.summary(threaded, RemapSummary.class).threads()).isEqualTo(3);
            assertThat(Files.readAllBytes(three.output())).isEqualTo(Files.readAllBytes(one.output()));
            assertThat(Files.readAllBytes(three.splits().worklist())).isEqualTo(Files.readAllBytes(one.splits().worklist()));
            assertThat(Files.readAllLines(three.splits().worklist()).get(1)).contains(",Thôn 11,250,");
            assertThat(RemapJob.JOB.summary(threaded, RemapSummary.class).splits().resolvedByRule()).isEqualTo(1500);
        }

        @Test
        void aRunWhoseWorklistCouldNotBeWrittenResumesToTheSameFiles() throws Exception {
            Path rules = Samples.path("splits/rules.csv");
            Path input = manyResidents();
            RemapSettings clean = settings(input, "clean", 2, rules, temp.resolve("clean-worklist.csv"));
            assertThat(jobs.startJob(RemapJob.JOB.parameters(clean, false)).getStatus()).isEqualTo(BatchStatus.COMPLETED);

            Path blocked = temp.resolve("later");
            Files.writeString(blocked, "a file where the worklist's folder should be");
            RemapSettings resumed = settings(input, "resumed", 2, rules, blocked.resolve("worklist.csv"));
            JobExecution failed = jobs.startJob(RemapJob.JOB.parameters(resumed, false));
            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            Files.delete(blocked);
            Files.createDirectory(blocked);
            JobExecution again = jobs.startJob(RemapJob.JOB.parameters(resumed, false));
            assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(again.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
            assertThat(Files.readAllBytes(resumed.output())).isEqualTo(Files.readAllBytes(clean.output()));
            assertThat(Files.readAllBytes(resumed.splits().worklist()))
                    .isEqualTo(Files.readAllBytes(clean.splits().worklist()));
            RemapSummary summary = RemapJob.JOB.summary(again, RemapSummary.class);
            assertThat(summary.threads()).isEqualTo(2);
            assertThat(summary.splits().resolvedByRule()).as("counted once, from the partitions' last commits")
                    .isEqualTo(1500);
        }

        @Test
        void rulesThatDisagreeResolveNothingAndSaySoInMatchNote() throws Exception {
            Path rules = Files.writeString(temp.resolve("disagree.csv"), """
                    old_commune_code,match,new_commune_code,note
                    00553,Thôn 1,00565,
                    00553,Xã Cổ Bi,00136,
                    """);
            RemapSettings settings = settings("conflict", 1, rules, null);
            JobExecution execution = jobs.startJob(RemapJob.JOB.parameters(settings, false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            List<String> output = Files.readAllLines(settings.output());
            assertThat(output.get(4)).as("Thôn 1, Xã Cổ Bi").endsWith(",SPLIT,00136|00541|00565,,"
                    + "\"split rules disagree: disagree.csv line 2 → 00565, disagree.csv line 3 → 00136\"");
            assertThat(output.get(6)).as("Xóm Chợ, Thôn 2, Xã Cổ Bi").endsWith(",00136,Phường Phúc Lợi,Phường,RESOLVED,"
                    + "00136|00541|00565,disagree.csv line 3,");
            RemapSummary.Splits splits = RemapJob.JOB.summary(execution, RemapSummary.class).splits();
            assertThat(splits.conflicts()).as("Thôn 1, Xã Cổ Bi in both spellings").isEqualTo(2);
            assertThat(splits.resolvedByRule()).as("Thôn 2, 11, 3 of Xã Cổ Bi").isEqualTo(3);
            assertThat(splits.unusedRules()).isEmpty();
        }

        @Test
        void aRuleWhoseTargetIsNoCandidateStopsTheRunBeforeAnyRow() throws Exception {
            Path rules = Files.writeString(temp.resolve("rules.csv"), """
                    old_commune_code,match,new_commune_code
                    00553,Thôn 1,00565
                    00553,Thôn 2,00004
                    """);
            RemapSettings settings = settings("bad", 1, rules, null);
            JobExecution execution = jobs.startJob(RemapJob.JOB.parameters(settings, false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(execution.getStepExecutions()).extracting(s -> s.getStepName())
                    .containsExactly(RemapJob.PREPARE_STEP);
            DvhcException error = (DvhcException) execution.getAllFailureExceptions().get(0);
            assertThat(error.code()).isEqualTo(ErrorCode.INPUT_MALFORMED);
            assertThat(error.describe()).startsWith("rules.csv line 3: new commune '00004' is not a candidate of old "
                    + "commune 00553 (Xã Cổ Bi)");
            assertThat(settings.output()).doesNotExist();
        }

        @Test
        void withoutTheSplitOptionsTheOutputKeepsItsSevenColumns() throws Exception {
            Path input = Samples.path("splits/dan-cu-ha-noi.csv");
            Path output = temp.resolve("plain.csv");
            RemapSettings settings = new RemapSettings(input, Sha256.of(input), output, Path.of(output + ".rejects.csv"),
                    null, null, null, "pre-2025", "2026-04-30", null, OnSplit.FLAG, null, "UTF-8", 1_000, 1,
                    RemapSettings.FailOn.NEVER, null, 0, false, null, false, null);
            assertThat(RemapJob.JOB.parameters(settings, false).parameters()).extracting(p -> p.name())
                    .noneMatch(name -> name.startsWith("remap.split."));
            JobExecution execution = jobs.startJob(RemapJob.JOB.parameters(settings, false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            List<String> lines = Files.readAllLines(output);
            assertThat(lines.get(0)).endsWith(",ma_xa,new_province_code,new_province_name,new_commune_code,"
                    + "new_commune_name,new_commune_type,remap_status,remap_candidates");
            assertThat(lines.get(1)).endsWith(",00112,01,Thành phố Hà Nội,,,,SPLIT,00004|00103");
            assertThat(lines.get(9)).endsWith(",00658,01,Thành phố Hà Nội,,,,SPLIT,00340|00640");
            RemapSummary summary = RemapJob.JOB.summary(execution, RemapSummary.class);
            assertThat(summary.splits()).isNull();
            assertThat(summary.byStatus()).containsOnlyKeys("MAPPED", "SPLIT", "ALIAS");
        }
    }
}
