package vn.dvhc.common;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.dvhc.domain.Unit;
import vn.dvhc.domain.split.WorklistEntry;

/**
 * Writes {@code --split-worklist}: one row per entry, with an empty {@code new_commune_code} and {@code note} to
 * fill in; the filled file is read back by {@link SplitRulesReader} ({@code match} is the hamlet or street text).
 * UTF-8 with a byte-order mark, so that a spreadsheet opens the Vietnamese names as written (docs/splits.md), LF,
 * RFC 4180 quoting. Written whole or not at all ({@link AtomicFiles}).
 */
public final class WorklistWriter {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("old_commune_code", "old_commune_name", "match", "rows",
            "candidates", "new_commune_code", "note");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private WorklistWriter() {
    }

    public static void write(Path file, List<WorklistEntry> entries) {
        AtomicFiles.write(file, "the split worklist", out -> {
            out.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
                csv.printRecord(HEADER);
                for (WorklistEntry entry : entries) {
                    csv.printRecord(entry.oldCommune().code(), entry.oldCommune().fullName(), entry.text(), entry.rows(),
                            candidates(entry.candidates()), "", "");
                }
            }
        });
    }

    /** {@code 00004 Phường Ba Đình | 00103 Phường Tây Hồ}: the codes to choose from, with their names. */
    private static String candidates(List<Unit> candidates) {
        return candidates.stream().map(u -> u.code() + " " + u.fullName()).collect(Collectors.joining(" | "));
    }
}
