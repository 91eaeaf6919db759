package vn.dvhc.agencies;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.dvhc.common.CsvTable;
import vn.dvhc.common.Header;
import vn.dvhc.common.InputTables;
import vn.dvhc.domain.agency.Agency;
import vn.dvhc.domain.agency.AgencyRule;
import vn.dvhc.domain.agency.AgencyStatus;
import vn.dvhc.domain.agency.Finding;

/**
 * Reads an agency register, CSV or xlsx, with English ({@code code, name, parent_code, unit_code, unit_release,
 * status, valid_from, valid_to, decision}) or Vietnamese / NGSP headers ({@code MaDinhDanh, TenDonVi,
 * MaDinhDanhCha, MaDVHC, TrangThai, NgayHieuLuc, NgayHetHieuLuc, QdBanHanhQdSuaDoi} …), matched without case or
 * accents. Only code and name are required. The file's structure (header, field counts, encoding) must be sound:
 * otherwise an input error (exit 3). A value that cannot be read (a status, a date) is a {@code field-value}
 * finding of its line, so that one bad cell does not hide the rest of the register. Fields are kept as written.
 */
final class RegisterReader {

    static final String FORMATS_DOC = "docs/agency-rules.md#the-register";

    static final String[] CODE = {"code", "agency_code", "Mã định danh", "MaDinhDanh", "MaDinhDanhCap1",
            "MaDinhDanhCap2", "MaDinhDanhCap3", "MaDinhDanhCap4", "Mã cơ quan", "MaCoQuan"};
    static final String[] NAME = {"name", "agency_name", "Tên đơn vị", "TenDonVi", "Tên cơ quan", "TenCoQuan"};
    static final String[] PARENT = {"parent_code", "parent", "Mã định danh cha", "MaDinhDanhCha", "Mã đơn vị cha",
            "MaDonViCha", "Mã cha"};
    static final String[] UNIT = {"unit_code", "Mã ĐVHC", "MaDVHC", "Mã đơn vị hành chính", "MaDonViHanhChinh"};
    static final String[] UNIT_RELEASE = {"unit_release", "Phiên bản ĐVHC", "PhienBanDVHC"};
    static final String[] STATUS = {"status", "Trạng thái", "TrangThai"};
    static final String[] VALID_FROM = {"valid_from", "Ngày hiệu lực", "NgayHieuLuc", "Hiệu lực từ", "Từ ngày"};
    static final String[] VALID_TO = {"valid_to", "Ngày hết hiệu lực", "NgayHetHieuLuc", "Hiệu lực đến", "Đến ngày"};
    static final String[] DECISION = {"decision", "Quyết định", "QdBanHanhQdSuaDoi", "Số quyết định"};

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The register as read: its agencies, the findings of unreadable values, and how many records it had. */
    record RegisterFile(String file, List<Agency> agencies, List<Finding> findings, int records) {
    }

    private RegisterReader() {
    }

    static RegisterFile read(Path file, Charset encoding) {
        return read(InputTables.read(file, encoding));
    }

    static RegisterFile read(CsvTable table) {
        InputTables.Found found = InputTables.header(table, FORMATS_DOC, CODE, NAME);
        Header header = found.header();
        Columns c = new Columns(header.find(CODE), header.find(NAME), header.find(PARENT), header.find(UNIT),
                header.find(UNIT_RELEASE), header.find(STATUS), header.find(VALID_FROM), header.find(VALID_TO),
                header.find(DECISION));
        List<Agency> agencies = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<CsvTable.Row> rows = table.records().subList(found.index() + 1, table.records().size());
        for (CsvTable.Row row : rows) {
            if (row.isBlankFrom(0)) {
                continue;
            }
            agencies.add(agency(row, c, findings));
        }
        return new RegisterFile(table.file(), agencies, findings, rows.size());
    }

    private record Columns(int code, int name, int parent, int unit, int release, int status, int from, int to,
                           int decision) {
    }

    private static Agency agency(CsvTable.Row row, Columns c, List<Finding> findings) {
        String code = row.get(c.code());
        String statusText = row.get(c.status());
        Optional<AgencyStatus> status = AgencyStatus.parse(statusText);
        if (status.isEmpty()) {
            findings.add(value(row, code, "status '" + statusText + "' is not active, retired or proposed (hoạt động, "
                    + "ngừng hoạt động, đề xuất); read as active", "write active, retired or proposed"));
        }
        LocalDate from = date(row, c.from(), code, "valid_from", findings);
        LocalDate to = date(row, c.to(), code, "valid_to", findings);
        if (from != null && to != null && to.isBefore(from)) {
            findings.add(value(row, code, "valid_to " + to + " is before valid_from " + from,
                    "swap the dates or correct one of them"));
        }
        if (row.get(c.name()).isBlank()) {
            findings.add(value(row, code, "the name is empty", "every agency needs its official name"));
        }
        return new Agency(row.line(), code, row.get(c.name()), row.get(c.parent()), row.get(c.unit()),
                row.get(c.release()), status.orElse(AgencyStatus.ACTIVE), from, to, row.get(c.decision()));
    }

    /** ISO {@code 2025-07-01} or Vietnamese {@code 01/07/2025}; blank is no date. */
    private static LocalDate date(CsvTable.Row row, int column, String code, String what, List<Finding> findings) {
        String text = row.get(column).trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            findings.add(value(row, code, what + " '" + text + "' is not a date; ignored",
                    "write it as 2025-07-01 or 01/07/2025"));
            return null;
        }
    }

    private static Finding value(CsvTable.Row row, String code, String message, String hint) {
        return new Finding(AgencyRule.FIELD_VALUE, row.line(), code, null, message, hint);
    }
}
