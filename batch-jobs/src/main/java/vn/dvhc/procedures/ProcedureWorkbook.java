package vn.dvhc.procedures;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.dvhc.domain.procedure.Field;
import vn.dvhc.domain.procedure.Level;
import vn.dvhc.domain.procedure.ProvinceList;
import vn.dvhc.domain.procedure.PublishedProcedure;

/**
 * A province's list as an xlsx annex to a Quyết định công bố: a title in the words of NĐ 63/2010/NĐ-CP Điều 13 k2
 * ("Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp chính quyền trên địa bàn tỉnh"), the
 * columns STT … Căn cứ pháp lý, and the rows grouped by level ("A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH") then by sector
 * ("I. Hộ tịch"), as the TT 02/2017/TT-VPCP annexes are (domain §4.3). Written with SXSSF (streaming, bounded
 * memory). Cells on which the merged old provinces disagree list every variant and are shaded.
 */
final class ProcedureWorkbook {

    static final String SHEET = "Danh mục TTHC";
    static final List<String> HEADER = List.of("STT", "Mã TTHC", "Tên TTHC", "Lĩnh vực", "Cấp thực hiện",
            "Cơ quan thực hiện", "Thời hạn", "Phí/lệ phí", "Căn cứ pháp lý");
    /** 0-based index of the header row: a title, a note and a blank row come first. */
    static final int HEADER_ROW = 3;

    private static final int[] WIDTHS = {6, 26, 50, 22, 14, 30, 20, 24, 40};
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String LETTERS = "ABCD";
    private static final int ROWS_IN_MEMORY = 100;

    private ProcedureWorkbook() {
    }

    static void write(ProvinceList list, String release, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(SHEET);
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int r = 0;
            span(sheet, r++, "DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA CÁC CẤP CHÍNH QUYỀN TRÊN "
                    + "ĐỊA BÀN " + list.province().fullName().toUpperCase(VIETNAMESE), styles.title);
            span(sheet, r++, "Dự thảo do dvhc lập từ danh mục của " + list.province().formedFrom().stream()
                    .map(o -> "tỉnh " + o.label()).collect(Collectors.joining(", "))
                    + "; đơn vị hành chính theo bản " + release + ". Ô có nền màu: các tỉnh cũ ghi khác nhau, cần quyết định.",
                    styles.note);
            r++;
            Row header = sheet.createRow(r++);
            for (int i = 0; i < HEADER.size(); i++) {
                text(header, i, HEADER.get(i), styles.header);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            Level level = null;
            String sector = null;
            int levels = 0;
            int sectors = 0;
            for (PublishedProcedure p : list.procedures()) {
                if (p.level() != level) {
                    level = p.level();
                    sector = null;
                    sectors = 0;
                    span(sheet, r++, LETTERS.charAt(levels++) + ". " + heading(level), styles.level);
                }
                if (!p.sectorGroup().equals(sector)) {
                    sector = p.sectorGroup();
                    span(sheet, r++, roman(++sectors) + ". " + (sector.isEmpty() ? "Chưa ghi lĩnh vực" : sector),
                            styles.sector);
                }
                row(sheet.createRow(r++), p, styles);
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** The heading of a level's section. */
    static String heading(Level level) {
        return switch (level) {
            case TINH -> "THỦ TỤC HÀNH CHÍNH CẤP TỈNH";
            case XA -> "THỦ TỤC HÀNH CHÍNH CẤP XÃ";
            case BO_NGANH -> "THỦ TỤC HÀNH CHÍNH CẤP BỘ/NGÀNH (NGÀNH DỌC)";
            case KHAC -> "THỦ TỤC HÀNH CHÍNH DO CƠ QUAN KHÁC THỰC HIỆN";
            case HUYEN -> throw new IllegalArgumentException("the district level is never published");
        };
    }

    private static void row(Row row, PublishedProcedure p, Styles styles) {
        row.createCell(0).setCellValue(p.stt());
        row.getCell(0).setCellStyle(styles.body);
        text(row, 1, p.localCode(), styles.body);
        text(row, 2, p.name(), styles.of(p, Field.NAME));
        text(row, 3, p.sector(), styles.of(p, Field.SECTOR));
        text(row, 4, p.level().label(), styles.body);
        text(row, 5, p.agency(), styles.of(p, Field.AGENCY));
        text(row, 6, p.timeLimit(), styles.of(p, Field.TIME_LIMIT));
        text(row, 7, p.fee(), styles.of(p, Field.FEE));
        text(row, 8, p.legalBasis(), styles.body);
    }

    private static void span(SXSSFSheet sheet, int index, String value, CellStyle style) {
        text(sheet.createRow(index), 0, value, style);
        sheet.addMergedRegion(new CellRangeAddress(index, index, 0, HEADER.size() - 1));
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle note;
        final CellStyle header;
        final CellStyle level;
        final CellStyle sector;
        final CellStyle body;
        final CellStyle conflict;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font italic = workbook.createFont();
            italic.setItalic(true);
            title = workbook.createCellStyle();
            title.setFont(bold);
            title.setWrapText(true);
            note = workbook.createCellStyle();
            note.setFont(italic);
            note.setWrapText(true);
            body = workbook.createCellStyle();
            body.setWrapText(true);
            body.setVerticalAlignment(VerticalAlignment.TOP);
            body.setBorderTop(BorderStyle.THIN);
            body.setBorderBottom(BorderStyle.THIN);
            body.setBorderLeft(BorderStyle.THIN);
            body.setBorderRight(BorderStyle.THIN);
            header = workbook.createCellStyle();
            header.cloneStyleFrom(body);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            level = workbook.createCellStyle();
            level.setFont(bold);
            sector = workbook.createCellStyle();
            sector.setFont(italic);
            conflict = workbook.createCellStyle();
            conflict.cloneStyleFrom(body);
            conflict.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
            conflict.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        CellStyle of(PublishedProcedure p, Field field) {
            return p.conflicts().contains(field) ? conflict : body;
        }
    }
}
