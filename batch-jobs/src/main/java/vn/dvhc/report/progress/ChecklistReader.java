package vn.dvhc.report.progress;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import vn.dvhc.common.CsvTable;
import vn.dvhc.common.Header;
import vn.dvhc.common.InputTables;
import vn.dvhc.domain.VietnameseText;
import vn.dvhc.domain.readiness.Checklist;
import vn.dvhc.domain.readiness.ChecklistEntry;
import vn.dvhc.domain.readiness.Indicator;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Reads the operator's checklist ({@code --checklist}, CSV or the first sheet of an xlsx workbook): an optional
 * section {@code indicator,label} declaring indicators of the operator's own, then the table
 * {@code province_code,indicator,done_on,evidence[,note]}. Blank lines are skipped. Every line is checked; the first
 * bad one is an input error naming the file and the line (docs/report.md#the-checklist).
 */
public final class ChecklistReader {

    private static final String DOCS = "docs/report.md#the-checklist";
    private static final String[] PROVINCE = {"province_code", "ma_tinh"};
    private static final String[] INDICATOR = {"indicator", "chi_tieu"};
    private static final String[] DONE_ON = {"done_on", "ngay_hoan_thanh"};
    private static final String[] EVIDENCE = {"evidence", "can_cu"};
    private static final String[] NOTE = {"note", "ghi_chu"};
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final String file;
    private final boolean workbook;
    private final ProvinceCodes provinces;
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();
    private final List<Indicator> own = new ArrayList<>();
    private final List<ChecklistEntry> entries = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private ChecklistReader(String file, boolean workbook, ProvinceCodes provinces) {
        this.file = file;
        this.workbook = workbook;
        this.provinces = provinces;
        Indicator.builtIn(Indicator.Source.CHECKLIST).forEach(i -> indicators.put(i.id(), i));
    }

    /**
     * Reads a CSV file, or a workbook: its first sheet, and a second sheet {@code indicator,label} declaring the
     * operator's own indicators, if there is one.
     */
    public static Checklist read(Path path, ProvinceCodes provinces) {
        if (!ChecklistWorkbook.isWorkbook(path)) {
            return read(null, InputTables.read(path, StandardCharsets.UTF_8), false, provinces);
        }
        List<CsvTable> sheets = ChecklistWorkbook.sheets(path);
        CsvTable declarations = sheets.size() > 1 ? sheets.get(1) : null;
        return read(declarations, sheets.get(0), true, provinces);
    }

    private static Checklist read(CsvTable declarations, CsvTable table, boolean workbook, ProvinceCodes provinces) {
        ChecklistReader reader = new ChecklistReader(table.file(), workbook, provinces);
        if (declarations != null) {
            List<CsvTable.Row> rows = declarations.records().stream().filter(r -> !r.isBlankFrom(0)).toList();
            if (!rows.isEmpty() && isDeclarationHeader(rows.get(0))) {
                reader.declarations(declarations.file(), rows);
            }
        }
        List<CsvTable.Row> rows = table.records().stream().filter(r -> !r.isBlankFrom(0)).toList();
        if (rows.isEmpty()) {
            throw new DvhcException(ErrorCode.INPUT_HEADER, "the checklist is empty", Location.of(table.file(), 1),
                    "start it with the header province_code,indicator,done_on,evidence,note; see " + DOCS);
        }
        int next = 0;
        if (isDeclarationHeader(rows.get(0))) {
            next = reader.declarations(table.file(), rows);
        }
        if (next >= rows.size()) {
            throw reader.error(ErrorCode.INPUT_HEADER, rows.get(rows.size() - 1), "no table after the indicators "
                    + "declared", "follow the declarations with the header province_code,indicator,done_on,evidence");
        }
        reader.table(rows, next);
        return new Checklist(table.file(), reader.own, reader.entries, reader.notes);
    }

    private static boolean isDeclarationHeader(CsvTable.Row row) {
        return key(row.get(0)).equals("indicator") && key(row.get(1)).equals("label");
    }

    // The section "indicator,label" (of the table's file, or a sheet of its own: {@code where} names it in errors),
    // up to the header of the table (its first column is province_code). Returns the index of that header.
    private int declarations(String where, List<CsvTable.Row> rows) {
        int i = 1;
        for (; i < rows.size(); i++) {
            CsvTable.Row row = rows.get(i);
            if (isKey(row.get(0), PROVINCE)) {
                break;
            }
            if (!row.isBlankFrom(2)) {
                throw error(where, ErrorCode.INPUT_MALFORMED, row, "a declaration has two fields, indicator and "
                        + "label, not " + row.size(), "quote a label that holds a comma");
            }
            String id = row.get(0).trim();
            String label = row.get(1).trim();
            if (!id.matches(Indicator.ID_PATTERN)) {
                throw error(where, ErrorCode.INPUT_MALFORMED, row, "indicator id '" + id + "' is not lower-case "
                        + "words joined by hyphens", "e.g. staff-trained");
            }
            if (Indicator.builtIn(id).isPresent()) {
                throw error(where, ErrorCode.INPUT_MALFORMED, row, "indicator '" + id + "' is built in",
                        "declare only indicators of your own; built in: " + builtInIds());
            }
            if (indicators.containsKey(id)) {
                throw error(where, ErrorCode.INPUT_MALFORMED, row, "indicator '" + id + "' is declared twice",
                        "keep one declaration");
            }
            if (label.isEmpty()) {
                throw error(where, ErrorCode.INPUT_MALFORMED, row, "indicator '" + id + "' has no label",
                        "give the words the table shows, e.g. commune staff trained");
            }
            Indicator indicator = new Indicator(id, label, Indicator.Source.CHECKLIST);
            indicators.put(id, indicator);
            own.add(indicator);
        }
        return i;
    }

    private void table(List<CsvTable.Row> rows, int headerIndex) {
        CsvTable.Row headerRow = rows.get(headerIndex);
        Header header = new Header(file, headerRow);
        for (String[] names : List.of(PROVINCE, INDICATOR, DONE_ON, EVIDENCE)) {
            if (header.find(names) < 0) {
                throw error(ErrorCode.INPUT_HEADER, headerRow, "no column " + names[0] + " in the header "
                        + header.names(), "the header is province_code,indicator,done_on,evidence[,note]; see " + DOCS);
            }
        }
        int province = header.find(PROVINCE);
        int indicator = header.find(INDICATOR);
        int doneOn = header.find(DONE_ON);
        int evidence = header.find(EVIDENCE);
        int note = header.find(NOTE);
        int needed = Math.max(Math.max(province, indicator), Math.max(doneOn, evidence)) + 1;
        Map<String, ChecklistEntry> seen = new HashMap<>();
        for (CsvTable.Row row : rows.subList(headerIndex + 1, rows.size())) {
            // A shorter line may leave out the note; extra fields may only be empty (a spreadsheet's last column).
            // A sheet's row ends at its last filled cell: the empty cells after it are empty fields, not missing.
            if (!workbook && row.size() < needed || !row.isBlankFrom(headerRow.size())) {
                throw error(ErrorCode.INPUT_MALFORMED, row, row.size() + " fields where the header has "
                        + headerRow.size(), "check the delimiters and quotes of this line");
            }
            ChecklistEntry entry = new ChecklistEntry(row.line(), province(row, row.get(province).trim()),
                    indicator(row, row.get(indicator).trim()), date(row, row.get(doneOn).trim()),
                    row.get(evidence).trim(), note < 0 ? "" : row.get(note).trim());
            if (entry.doneOn() != null && entry.evidence().isEmpty()) {
                throw error(ErrorCode.INPUT_MALFORMED, row, "done on " + entry.doneOn() + " without evidence",
                        "name what shows it: a decision number, a published page");
            }
            String key = entry.province() + " " + entry.indicator();
            ChecklistEntry before = seen.putIfAbsent(key, entry);
            if (before == null) {
                entries.add(entry);
            } else if (!Objects.equals(before.doneOn(), entry.doneOn())) {
                throw error(ErrorCode.INPUT_MALFORMED, row, "province " + entry.province() + " has '"
                        + entry.indicator() + "' done on " + text(entry.doneOn()) + ", but line " + before.line()
                        + " says " + text(before.doneOn()), "keep one line per province and indicator (an old "
                        + "province code counts as its new province)");
            }
        }
    }

    private String province(CsvTable.Row row, String code) {
        if (provinces.current().containsKey(code)) {
            return code;
        }
        ProvinceCodes.OldProvince old = provinces.old().get(code);
        if (old != null) {
            notes.add(file + " line " + row.line() + ": province " + code + " (" + old.unit().fullName() + ", "
                    + old.release() + ") counted as " + old.newCode() + " " + provinces.current().get(old.newCode()));
            return old.newCode();
        }
        throw error(ErrorCode.INPUT_MALFORMED, row, "province '" + code + "' is not a province code",
                code.matches("\\d") ? "codes are 2 digits (01, not 1): was the leading zero lost?"
                        : "use the 2-digit code of a new province (" + String.join(" ", provinces.current().keySet())
                        + ") or of an old one");
    }

    private String indicator(CsvTable.Row row, String id) {
        if (indicators.containsKey(id)) {
            return id;
        }
        if (Indicator.builtIn(id).isPresent()) {
            throw error(ErrorCode.INPUT_MALFORMED, row, "indicator '" + id + "' is derived from the stored runs, "
                    + "not declared", "leave it out: dvhc report computes it");
        }
        throw error(ErrorCode.INPUT_MALFORMED, row, "unknown indicator '" + id + "'", "use one of "
                + String.join(", ", indicators.keySet()) + ", or declare it in the section indicator,label");
    }

    private LocalDate date(CsvTable.Row row, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw error(ErrorCode.INPUT_MALFORMED, row, "done_on '" + text + "' is not a date",
                    "write 2025-06-27 or 27/06/2025, or leave it empty when not done yet");
        }
    }

    private DvhcException error(ErrorCode code, CsvTable.Row row, String message, String hint) {
        return error(file, code, row, message, hint);
    }

    private static DvhcException error(String where, ErrorCode code, CsvTable.Row row, String message, String hint) {
        return new DvhcException(code, message, Location.of(where, row.line()), hint);
    }

    private static String text(LocalDate date) {
        return date == null ? "(not done)" : date.toString();
    }

    private static String builtInIds() {
        return Indicator.BUILT_IN.stream().map(Indicator::id).collect(Collectors.joining(", "));
    }

    private static boolean isKey(String field, String[] names) {
        String key = key(field);
        for (String name : names) {
            if (key.equals(key(name))) {
                return true;
            }
        }
        return false;
    }

    private static String key(String field) {
        return VietnameseText.identifierKey(field);
    }
}
