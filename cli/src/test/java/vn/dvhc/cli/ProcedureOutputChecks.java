package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.dvhc.domain.VietnameseText;

/** Checks of the files {@code procedures republish} writes for the sample, read with POI where they are xlsx. */
final class ProcedureOutputChecks {

    private ProcedureOutputChecks() {
    }

    static void checkWorkbook(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Danh mục TTHC");
            assertThat(sheet).isNotNull();
            assertThat(cells(sheet.getRow(0))).first().asString()
                    .startsWith("DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT").endsWith("TỈNH LÀO CAI");
            assertThat(cells(sheet.getRow(3))).containsExactly("STT", "Mã TTHC", "Tên TTHC", "Lĩnh vực",
                    "Cấp thực hiện", "Cơ quan thực hiện", "Thời hạn", "Phí/lệ phí", "Căn cứ pháp lý");
            List<String> headings = new ArrayList<>();
            List<String> rows = new ArrayList<>();
            Map<String, List<String>> byCode = new HashMap<>();
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                List<String> cells = cells(sheet.getRow(r));
                if (cells.size() == 1) {
                    headings.add(cells.get(0));
                } else {
                    rows.add(cells.get(4) + " " + cells.get(0) + " " + cells.get(1) + " " + cells.get(3));
                    byCode.put(cells.get(1), cells);
                }
            }
            assertThat(headings).containsExactly("A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH", "I. Đất đai", "II. Địa chất và khoáng sản",
                    "III. Giáo dục trung học", "IV. Thành lập và hoạt động doanh nghiệp", "V. Xây dựng",
                    "B. THỦ TỤC HÀNH CHÍNH CẤP XÃ", "I. Chứng thực", "II. Đăng ký, quản lý cư trú", "III. Đất đai",
                    "IV. Hộ tịch", "V. Lưu thông hàng hóa trong nước");
            assertThat(rows).containsExactly(
                    "Cấp tỉnh 1 1.011442.000.00.00.H38 Đất đai",
                    "Cấp tỉnh 2 1.008003.000.00.00.H38 Địa chất và khoáng sản",
                    "Cấp tỉnh 3 3.000181.000.00.00.H38 Giáo dục trung học",
                    "Cấp tỉnh 4 2.001610.000.00.00.H38 Thành lập và hoạt động doanh nghiệp",
                    "Cấp tỉnh 5 1.009995.000.00.00.H38 Xây dựng",
                    "Cấp xã 1 2.000815.000.00.00.H38 Chứng thực",
                    "Cấp xã 2 2.000884.000.00.00.H38 Chứng thực",
                    "Cấp xã 3 1.004222.000.00.00.H38 Đăng ký, quản lý cư trú",
                    "Cấp xã 4 1.115835.000.00.00.H38 Đất đai",
                    "Cấp xã 5 1.000894.000.00.00.H38 Hộ tịch",
                    "Cấp xã 6 2.000633.000.00.00.H38 Lưu thông hàng hóa trong nước");
            assertThat(byCode.get("1.004222.000.00.00.H38").get(7)).isEqualTo("Lào Cai (10): 15.000 đồng/lần\nYên Bái (15): 20.000 đồng/lần");
        }
    }

    // "Cấp huyện" never appears in any output (spec §7), nor any other mention of the district level.
    static void checkNoDistrictLevelAnywhere(Path out) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String text;
            if (file.toString().endsWith(".xlsx")) {
                StringBuilder all = new StringBuilder();
                try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                    for (Sheet sheet : workbook) {
                        for (Row row : sheet) {
                            cells(row).forEach(c -> all.append(c).append('\n'));
                        }
                    }
                }
                text = all.toString();
            } else {
                text = Files.readString(file, StandardCharsets.UTF_8);
            }
            assertThat(text).as(file.toString()).isNotEmpty().doesNotContainIgnoringCase("huyện");
            assertThat(VietnameseText.fold(text)).as(file.toString()).doesNotContain("cap huyen", "ubnd huyen");
        }
    }

    private static List<String> cells(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        if (row != null) {
            for (Cell cell : row) {
                cells.add(formatter.formatCellValue(cell));
            }
        }
        return cells;
    }
}
