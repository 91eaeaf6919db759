package vn.dvhc.procedures;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dvhc.common.CsvTable;
import vn.dvhc.common.Header;
import vn.dvhc.common.InputTables;
import vn.dvhc.domain.VietnameseText;
import vn.dvhc.domain.procedure.Level;
import vn.dvhc.domain.procedure.Procedure;
import vn.dvhc.domain.procedure.ProcedureCode;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Reads an old province's procedure catalogue (Danh mục TTHC), CSV or xlsx, with English or Vietnamese headers
 * (docs/procedure-formats.md). A row without code and level is a heading ("A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH",
 * "I. Lĩnh vực Hộ tịch"); without a sector column, a "Lĩnh vực …" heading gives the sector of the rows below.
 * Every other row must be a procedure: all problems are reported at once, with line and column.
 */
final class CatalogueReader {

    /** Where the input formats of the job are documented, for the hints of input errors. */
    static final String FORMATS_DOC = "docs/procedure-formats.md";

    static final String[] CODE = {"Mã TTHC", "Mã thủ tục", "Mã số TTHC", "Mã thủ tục hành chính", "procedure_code",
            "national_code", "code"};
    static final String[] NAME = {"Tên TTHC", "Tên thủ tục", "Tên thủ tục hành chính", "procedure_name", "name"};
    static final String[] SECTOR = {"Lĩnh vực", "sector", "field"};
    static final String[] LEVEL = {"Cấp thực hiện", "Cấp", "level", "levels"};
    static final String[] AGENCY = {"Cơ quan thực hiện", "Cơ quan giải quyết", "agency", "implementing_agency"};
    static final String[] AGENCY_CODE = {"Mã cơ quan thực hiện", "Mã cơ quan", "agency_code"};
    static final String[] TIME_LIMIT = {"Thời hạn giải quyết", "Thời hạn", "time_limit"};
    static final String[] FEE = {"Phí, lệ phí", "Phí/lệ phí", "Phí lệ phí", "Lệ phí", "fee", "fees"};
    static final String[] PLACE = {"Địa điểm thực hiện", "Địa điểm", "place"};
    static final String[] LEGAL_BASIS = {"Căn cứ pháp lý", "legal_basis"};
    static final String[] OLD_PROVINCE = {"Mã tỉnh cũ", "Tỉnh cũ", "Mã tỉnh", "old_province_code", "old_province",
            "province_code"};

    private static final Pattern NUMBERING = Pattern.compile("^(?:[IVXLCDMivxlcdm]+|[A-Za-z]|\\d+)[.)]\\s*");
    private static final Pattern SECTOR_HEADING = Pattern.compile("^l(?:i|ĩ)nh v(?:u|ự)c\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PROVINCE_IN_NAME = Pattern.compile("\\((\\d{1,2})\\)$");

    /** The rows of one catalogue, and how many heading rows it had. */
    record Result(List<Procedure> procedures, int headingRows, List<String> oldProvinces) {
    }

    private final Map<String, String> oldProvinces;

    /** @param oldProvinces the pre-2025 province codes a catalogue may name, with their names */
    CatalogueReader(Map<String, String> oldProvinces) {
        this.oldProvinces = oldProvinces;
    }

    Result read(Path file, Charset encoding) {
        return read(InputTables.read(file, encoding));
    }

    Result read(CsvTable table) {
        InputTables.Found found = InputTables.header(table, CatalogueReader.FORMATS_DOC, CODE, NAME, LEVEL, OLD_PROVINCE);
        Header header = found.header();
        Columns c = new Columns(header.find(CODE), header.find(NAME), header.find(SECTOR), header.find(LEVEL),
                header.find(AGENCY), header.find(AGENCY_CODE), header.find(TIME_LIMIT), header.find(FEE),
                header.find(PLACE), header.find(LEGAL_BASIS), header.find(OLD_PROVINCE));
        ProblemList problems = new ProblemList();
        List<Procedure> procedures = new ArrayList<>();
        TreeSet<String> provinces = new TreeSet<>();
        int headings = 0;
        String headingSector = "";
        List<CsvTable.Row> rows = table.records();
        for (CsvTable.Row row : rows.subList(found.index() + 1, rows.size())) {
            Location at = table.at(row);
            if (row.get(c.code()).isBlank() && row.get(c.level()).isBlank()) {
                headings++;
                headingSector = c.sector() >= 0 ? "" : sectorOf(row);
                continue;
            }
            Procedure procedure = procedure(row, at, c, headingSector, problems);
            if (procedure != null) {
                procedures.add(procedure);
                provinces.add(procedure.oldProvince());
            }
        }
        problems.throwIfAny();
        if (procedures.isEmpty()) {
            problems.add(ErrorCode.INPUT_MALFORMED, Location.of(table.file(), 0), "the catalogue lists no procedure",
                    "check that this is the right file and sheet");
            problems.throwIfAny();
        }
        return new Result(procedures, headings, new ArrayList<>(provinces));
    }

    private Procedure procedure(CsvTable.Row row, Location at, Columns c, String headingSector, ProblemList problems) {
        int before = problems.size();
        Optional<ProcedureCode> code = ProcedureCode.fromCell(row.get(c.code()));
        if (code.isEmpty()) {
            problems.add(ErrorCode.INPUT_MALFORMED, at.atColumn(c.code() + 1L), "'" + clean(row, c.code())
                    + "' is not a national procedure code D.NNNNNN (1.000894) nor a local code (1.000894.000.00.00.H38)",
                    "copy the code from the national procedure database (Mã TTHC)");
        }
        List<Level> levels = List.of();
        try {
            levels = Level.parseAll(row.get(c.level()));
        } catch (IllegalArgumentException e) {
            problems.add(ErrorCode.INPUT_MALFORMED, at.atColumn(c.level() + 1L), e.getMessage(),
                    "write the levels as in the national portal, several separated by commas: Cấp tỉnh, Cấp xã");
        }
        String province = province(clean(row, c.province()));
        if (!oldProvinces.containsKey(province)) {
            problems.add(ErrorCode.INPUT_MALFORMED, at.atColumn(c.province() + 1L), "'" + clean(row, c.province())
                    + "' is not the code of a pre-2025 province", "give the 2-digit code of the old province that "
                    + "published the catalogue, e.g. 15 for Yên Bái");
        }
        String name = clean(row, c.name());
        if (name.isEmpty()) {
            problems.add(ErrorCode.INPUT_MALFORMED, at.atColumn(c.name() + 1L), "the procedure has no name (Tên TTHC)",
                    "fill in the name as the national procedure database gives it");
        }
        if (problems.size() > before) {
            return null;
        }
        String sector = c.sector() >= 0 ? clean(row, c.sector()) : headingSector;
        return new Procedure(province, code.orElseThrow(), name, sector, levels, clean(row, c.agency()),
                clean(row, c.agencyCode()), clean(row, c.timeLimit()), clean(row, c.fee()), clean(row, c.place()),
                clean(row, c.legalBasis()), at);
    }

    // "15", "5" (a spreadsheet that dropped the zero), "Tỉnh Yên Bái (15)".
    private static String province(String cell) {
        if (cell.matches("\\d{1,2}")) {
            return cell.length() == 1 ? "0" + cell : cell;
        }
        Matcher named = PROVINCE_IN_NAME.matcher(cell);
        return named.find() ? province(named.group(1)) : cell;
    }

    // The sector a heading row opens ("I. Lĩnh vực Hộ tịch" → Hộ tịch); any other heading (a level's) closes it.
    private static String sectorOf(CsvTable.Row row) {
        for (String field : row.fields()) {
            String text = NUMBERING.matcher(VietnameseText.clean(field)).replaceFirst("");
            if (!text.isEmpty()) {
                Matcher heading = SECTOR_HEADING.matcher(text);
                return heading.find() ? text.substring(heading.end()) : "";
            }
        }
        return "";
    }

    private static String clean(CsvTable.Row row, int column) {
        return VietnameseText.clean(row.get(column));
    }

    private record Columns(int code, int name, int sector, int level, int agency, int agencyCode, int timeLimit,
                           int fee, int place, int legalBasis, int province) {
    }
}
