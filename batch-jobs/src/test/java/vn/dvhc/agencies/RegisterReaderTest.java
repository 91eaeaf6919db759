package vn.dvhc.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.common.CsvTable;
import vn.dvhc.domain.agency.Agency;
import vn.dvhc.domain.agency.AgencyRule;
import vn.dvhc.domain.agency.AgencyStatus;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

class RegisterReaderTest {

    @Test
    void englishHeadersWithEveryColumn() {
        RegisterReader.RegisterFile file = read("""
                code,name,parent_code,unit_code,unit_release,status,valid_from,valid_to,decision
                H38.101,Ủy ban nhân dân phường Lào Cai,H38,02647,2026-04-30,active,2025-07-01,,QĐ 1520/QĐ-UBND
                H38.23,Ủy ban nhân dân huyện Bảo Thắng,H38,086,pre-2025,retired,,2025-06-30,NQ 1656
                """);
        assertThat(file.records()).isEqualTo(2);
        assertThat(file.findings()).isEmpty();
        assertThat(file.agencies()).containsExactly(
                new Agency(2, "H38.101", "Ủy ban nhân dân phường Lào Cai", "H38", "02647", "2026-04-30",
                        AgencyStatus.ACTIVE, LocalDate.of(2025, 7, 1), null, "QĐ 1520/QĐ-UBND"),
                new Agency(3, "H38.23", "Ủy ban nhân dân huyện Bảo Thắng", "H38", "086", "pre-2025",
                        AgencyStatus.RETIRED, null, LocalDate.of(2025, 6, 30), "NQ 1656"));
    }

    @Test
    void vietnameseNgspHeadersAfterATitleRowAndVietnameseDatesAndStatuses() {
        RegisterReader.RegisterFile file = read("""
                DANH MỤC MÃ ĐỊNH DANH ĐIỆN TỬ CÁC CƠ QUAN TỈNH LÀO CAI,,,,
                MaDinhDanh,TenDonVi,MaDinhDanhCha,TrangThai,NgayHieuLuc
                000.00.00.H38,UBND tỉnh Lào Cai,,Hoạt động,01/07/2025
                000.00.01.H38,Sở Nội vụ,000.00.00.H38,ngừng hoạt động,1/7/2025
                """);
        assertThat(file.agencies()).extracting(Agency::line, Agency::code, Agency::status, Agency::validFrom)
                .containsExactly(
                        tuple(3L, "000.00.00.H38", AgencyStatus.ACTIVE, LocalDate.of(2025, 7, 1)),
                        tuple(4L, "000.00.01.H38", AgencyStatus.RETIRED, LocalDate.of(2025, 7, 1)));
    }

    @Test
    void unreadableValuesAreFindingsOfTheirLineAndFieldsAreKeptAsWritten() {
        RegisterReader.RegisterFile file = read("""
                code,name,status,valid_from,valid_to
                " H38.01",Sở Nội vụ,đang xét,31/02/2025,
                H38.02,,active,2025-07-01,2025-01-01
                """);
        assertThat(file.agencies().get(0).code()).as("never trimmed").isEqualTo(" H38.01");
        assertThat(file.findings()).allMatch(f -> f.rule() == AgencyRule.FIELD_VALUE)
                .extracting(f -> f.line() + " " + f.message()).containsExactly(
                        "2 status 'đang xét' is not active, retired or proposed (hoạt động, ngừng hoạt động, đề xuất); "
                                + "read as active",
                        "2 valid_from '31/02/2025' is not a date; ignored",
                        "3 valid_to 2025-01-01 is before valid_from 2025-07-01",
                        "3 the name is empty");
    }

    @Test
    void anXlsxRegisterWithATitleRowAndNgspHeadersReadsLikeTheCsv(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ma-dinh-danh.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Danh mục");
            sheet.createRow(0).createCell(0).setCellValue("DANH MỤC MÃ ĐỊNH DANH TỈNH LÀO CAI");
            String[][] rows = {{"MaDinhDanh", "TenDonVi", "MaDinhDanhCha", "MaDVHC"},
                    {"H38", "Ủy ban nhân dân tỉnh Lào Cai", "", "15"},
                    {"H38.101", "Ủy ban nhân dân phường Lào Cai", "H38", "02647"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        RegisterReader.RegisterFile register = RegisterReader.read(file, StandardCharsets.UTF_8);
        assertThat(register.agencies()).extracting(Agency::line, Agency::code, Agency::parentCode, Agency::unitCode)
                .containsExactly(tuple(4L, "H38", "", "15"), tuple(5L, "H38.101", "H38", "02647"));
        assertThat(register.file()).isEqualTo("ma-dinh-danh.xlsx (sheet Danh mục)");
    }

    @Test
    void aRegisterWithoutACodeColumnIsAnInputErrorNamingTheHeader() {
        assertThatThrownBy(() -> read("ma,ten\nH38,UBND\n")).isInstanceOfSatisfying(DvhcException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INPUT_HEADER);
            assertThat(e.getMessage()).contains("no column code or agency_code", "[ma, ten]");
            assertThat(e.hint()).contains("docs/agency-rules.md");
        });
    }

    @Test
    void aRowWithTooManyFieldsIsAnInputErrorWithItsLine() {
        assertThatThrownBy(() -> read("code,name\nH38,UBND tỉnh Lào Cai\nH38.01,Sở Nội vụ,extra\n"))
                .isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INPUT_MALFORMED);
                    assertThat(e.location().line()).isEqualTo(3);
                });
    }

    private static RegisterReader.RegisterFile read(String csv) {
        return RegisterReader.read(CsvTable.parse(csv, "register.csv", ','));
    }
}
