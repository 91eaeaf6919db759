package vn.dvhc.procedures;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.dvhc.domain.procedure.Change;
import vn.dvhc.domain.procedure.Conflict;
import vn.dvhc.domain.procedure.Field;
import vn.dvhc.domain.procedure.Level;
import vn.dvhc.domain.procedure.ProcedureCode;
import vn.dvhc.domain.procedure.ProvinceList;
import vn.dvhc.domain.procedure.PublishedProcedure;

/**
 * The CSV outputs (UTF-8 without BOM, LF, RFC 4180 quoting): a province's list with the annex columns first and
 * machine columns after them, the change list of every old procedure, and the conflicts, one row per variant.
 */
final class ProcedureCsv {

    static final List<String> LIST_HEADER = List.of("STT", "Mã TTHC", "Tên TTHC", "Lĩnh vực", "Cấp thực hiện",
            "Cơ quan thực hiện", "Thời hạn", "Phí/lệ phí", "Căn cứ pháp lý", "Mã TTHC quốc gia", "Mã cơ quan thực hiện",
            "Địa điểm thực hiện", "Nguồn (tỉnh cũ)", "Xung đột");
    static final List<String> CHANGES_HEADER = List.of("old_province", "procedure_code", "change", "detail",
            "procedure_name", "old_levels", "new_province", "new_procedure_codes", "new_levels", "source");
    static final List<String> CONFLICTS_HEADER = List.of("new_province", "procedure_code", "level", "field",
            "old_province", "value", "source");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private ProcedureCsv() {
    }

    static void writeList(ProvinceList list, OutputStream out) throws IOException {
        try (CSVPrinter csv = printer(out, LIST_HEADER)) {
            for (PublishedProcedure p : list.procedures()) {
                csv.printRecord(p.stt(), p.localCode(), p.name(), p.sector(), p.level().label(), p.agency(),
                        p.timeLimit(), p.fee(), p.legalBasis(), p.code(), p.agencyCode(), p.place(),
                        p.origins().stream().map(o -> o.province().label()).distinct().collect(Collectors.joining("; ")),
                        p.conflicts().stream().sorted().map(Field::label).collect(Collectors.joining("; ")));
            }
        }
    }

    static void writeChanges(List<Change> changes, OutputStream out) throws IOException {
        try (CSVPrinter csv = printer(out, CHANGES_HEADER)) {
            for (Change c : changes) {
                csv.printRecord(c.oldProvince(), c.code(), c.type(), c.detail(), c.name(), ids(c.oldLevels()),
                        c.newProvince(), c.newCodes().stream().map(ProcedureCode::value).collect(Collectors.joining("|")),
                        ids(c.newLevels()), c.source());
            }
        }
    }

    static void writeConflicts(List<ProvinceList> provinces, OutputStream out) throws IOException {
        try (CSVPrinter csv = printer(out, CONFLICTS_HEADER)) {
            for (ProvinceList list : provinces) {
                for (Conflict conflict : list.conflicts()) {
                    for (Conflict.Variant variant : conflict.variants()) {
                        for (Conflict.Origin origin : variant.origins()) {
                            csv.printRecord(list.province().code(), conflict.code(), conflict.level().id(),
                                    conflict.field().id(), origin.province().code(), variant.value(), origin.source());
                        }
                    }
                }
            }
        }
    }

    private static String ids(List<Level> levels) {
        return levels.stream().map(Level::id).collect(Collectors.joining("|"));
    }

    private static CSVPrinter printer(OutputStream out, List<String> header) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(header);
        return printer;
    }
}
