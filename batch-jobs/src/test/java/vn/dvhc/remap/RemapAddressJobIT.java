package vn.dvhc.remap;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvhc.jooq.Tables.REMAP_RUN;
import static vn.dvhc.jooq.Tables.REMAP_RUN_REASON;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.common.Sha256;
import vn.dvhc.remap.address.AddressColumns;
import vn.dvhc.testing.Addresses;
import vn.dvhc.testing.JobChecks;
import vn.dvhc.testing.JobInfra;
import vn.dvhc.testing.Samples;

/**
 * {@code remapJob} reading old communes from addresses (spec §5a), on H2 and PostgreSQL: the sample file that has
 * only addresses, the columns found by the header, rejects with every candidate, the stored run, and the same bytes
 * on one thread and on three.
 */
class RemapAddressJobIT {

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

    abstract static class Checks extends JobChecks {

        private RemapSettings settings(Path input, String name, int threads, int chunk, AddressColumns columns)
                throws IOException {
            Path output = temp.resolve(name);
            return new RemapSettings(input, Sha256.of(input), output, Path.of(output + ".rejects.csv"), null, null, null,
                    "pre-2025", "2026-04-30", null, OnSplit.FLAG, null, "UTF-8", chunk, threads,
                    RemapSettings.FailOn.NEVER, null, 0, false, null, false, null, SplitOptions.NONE, columns);
        }

        @Test
        void theSampleWithOnlyAddressesIsRemappedByItsAddressColumnFoundByTheHeader() throws Exception {
            RemapSettings settings = settings(Samples.path("remap/dia-chi-thuong-tru.csv"), "dia-chi.csv", 1, 1_000,
                    AddressColumns.NONE);
            JobExecution execution = jobs.startJob(RemapJob.JOB.parameters(settings, false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            RemapSummary summary = RemapJob.JOB.summary(execution, RemapSummary.class);
            assertThat(summary.rowsRead()).isEqualTo(17);
            assertThat(summary.rowsWritten()).isEqualTo(13);
            assertThat(summary.byRejectReason()).isEqualTo(Map.of("ADDRESS_AMBIGUOUS", 2L, "ADDRESS_UNRECOGNISED", 2L));
            assertThat(summary.addresses().columns())
                    .isEqualTo("address column 'dia_chi_thuong_tru' (found by the header)");
            assertThat(summary.addresses().byCode()).isFalse();
            assertThat(summary.addresses().gazetteerMillis()).isNotNegative();
            List<String> output = Files.readAllLines(settings.output(), StandardCharsets.UTF_8);
            assertThat(output.get(0)).isEqualTo("so_dinh_danh,ho_ten,dia_chi_thuong_tru,old_commune_code,"
                    + "new_province_code,new_province_name,new_commune_code,new_commune_name,new_commune_type,"
                    + "remap_status,remap_candidates,new_address,match_note");
            assertThat(output).contains("079085001234,Nguyễn Văn Hùng,\"12 Hàm Nghi, P. Bến Nghé, Q.1, TP.HCM\",26740,79,"
                    + "Thành phố Hồ Chí Minh,26740,Phường Sài Gòn,Phường,MAPPED,26740,"
                    + "\"12 Hàm Nghi, Phường Sài Gòn, Thành phố Hồ Chí Minh\",");
            assertThat(output).contains("001082005566,Đặng Thị Nga,\"Xã Cổ Bi, Huyện Gia Lâm, Hà Nội\",00553,01,"
                    + "Thành phố Hà Nội,,,,SPLIT,00136|00541|00565,,");
            List<String> rejects = Files.readAllLines(settings.rejects(), StandardCharsets.UTF_8);
            assertThat(rejects).contains("16,ADDRESS_AMBIGUOUS,\"2 old communes fit: 00214 Phường Quang Trung (Quận Đống "
                    + "Đa, Thành phố Hà Nội) | 09538 Phường Quang Trung (Quận Hà Đông, Thành phố Hà Nội)\",001094009900,"
                    + "Phan Thị Yến,\"Phường Quang Trung, Hà Nội\"");
            assertThat(rejects).contains("18,ADDRESS_UNRECOGNISED,no commune recognised in Tỉnh Bình Dương,074089006655,"
                    + "Tạ Thị Bích,\"T. Bình Dương\"");
            assertThat(database.dsl().fetch(REMAP_RUN_REASON, REMAP_RUN_REASON.JOB_EXECUTION_ID.eq(execution.getId())))
                    .extracting(r -> r.getReason() + "=" + r.getRowCount())
                    .containsExactlyInAnyOrder("ADDRESS_AMBIGUOUS=2", "ADDRESS_UNRECOGNISED=2");
        }

        @Test
        void withCodesTheCodeDecidesAndTheAddressesNamingAnotherUnitAreCountedAndStored() throws Exception {
            Path input = Files.writeString(temp.resolve("codes.csv"), """
                    id,ma_xa,dia_chi
                    1,26740,"12 Hàm Nghi, P. Bến Nghé, Q.1, TP.HCM"
                    2,26740,"45 Lê Lợi, Phường Bến Thành, Quận 1, TP.HCM"
                    3,26743,"T. Bình Dương"
                    4,26743,
                    """, StandardCharsets.UTF_8);
            RemapSettings settings = settings(input, "codes.out.csv", 1, 10, new AddressColumns("dia_chi", null, null, null));
            JobExecution execution = jobs.startJob(RemapJob.JOB.parameters(settings, false));
            RemapSummary summary = RemapJob.JOB.summary(execution, RemapSummary.class);
            assertThat(summary.rowsWritten()).isEqualTo(4);
            assertThat(summary.addresses().byCode()).isTrue();
            assertThat(summary.addresses().mismatches()).isEqualTo(2);
            assertThat(Files.readAllLines(settings.output(), StandardCharsets.UTF_8)).contains("2,26740,\"45 Lê Lợi, "
                    + "Phường Bến Thành, Quận 1, TP.HCM\",26740,79,Thành phố Hồ Chí Minh,26740,Phường Sài Gòn,Phường,"
                    + "MAPPED,26740,,\"MISMATCH: address read as 26743 Phường Bến Thành (Quận 1, Thành phố Hồ Chí Minh), "
                    + "the code is 26740\"");
            assertThat(database.dsl().fetchValue(REMAP_RUN.ADDRESS_MISMATCHES,
                    REMAP_RUN.JOB_EXECUTION_ID.eq(execution.getId()))).isEqualTo(2L);
        }

        @Test
        void partitionsOnThreeThreadsGiveTheBytesOfOneAndLoseNoRow() throws Exception {
            CatalogRepository catalog = new CatalogRepository(database.dsl());
            List<String> addresses = new Addresses(catalog.content("pre-2025").units(), catalog.history("pre-2025"))
                    .generate(3_000, 7);
            List<String> lines = new ArrayList<>(List.of("id;dia_chi"));
            for (int i = 0; i < addresses.size(); i++) {
                lines.add(i + ";\"" + addresses.get(i).replace("\"", "\"\"") + "\"");
            }
            Path input = Files.write(temp.resolve("generated.csv"), lines, StandardCharsets.UTF_8);
            AddressColumns byAddress = new AddressColumns("dia_chi", null, null, null);
            RemapSettings one = settings(input, "one.csv", 1, 100, byAddress);
            RemapSettings three = settings(input, "three.csv", 3, 100, byAddress);
            RemapSummary first = RemapJob.JOB.summary(jobs.startJob(RemapJob.JOB.parameters(one, false)), RemapSummary.class);
            RemapSummary second = RemapJob.JOB.summary(jobs.startJob(RemapJob.JOB.parameters(three, false)),
                    RemapSummary.class);
            assertThat(first.rowsRead()).isEqualTo(3_000);
            assertThat(first.rowsWritten() + first.rowsRejected()).isEqualTo(3_000);
            assertThat(first.rowsWritten()).as("most generated addresses name one commune").isGreaterThan(2_000);
            assertThat(first.byRejectReason()).containsKeys("ADDRESS_AMBIGUOUS", "ADDRESS_UNRECOGNISED");
            assertThat(second.threads()).isEqualTo(3);
            assertThat(second.byRejectReason()).isEqualTo(first.byRejectReason());
            assertThat(second.addresses().columns()).isEqualTo("address column 'dia_chi'");
            assertThat(Files.readAllBytes(three.output())).isEqualTo(Files.readAllBytes(one.output()));
            assertThat(Files.readAllBytes(three.rejects())).isEqualTo(Files.readAllBytes(one.rejects()));
        }

        @Test
        void theAddressColumnsAreReadBackFromTheParametersAndAbsentForCodes() throws Exception {
            Path input = Files.writeString(temp.resolve("in.csv"), "ten_xa\nBến Nghé\n");
            RemapSettings names = settings(input, "n.csv", 1, 10, new AddressColumns(null, "ten_xa", "2", null));
            assertThat(RemapJob.JOB.settings(RemapJob.JOB.parameters(names, false))).isEqualTo(names);
            assertThat(RemapJob.JOB.parameters(settings(input, "c.csv", 1, 10, AddressColumns.NONE), false)
                    .parameters()).extracting(p -> p.name()).noneMatch(name -> name.contains("name.column")
                    || name.contains("address"));
        }
    }
}
