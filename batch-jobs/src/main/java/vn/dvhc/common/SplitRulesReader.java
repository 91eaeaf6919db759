package vn.dvhc.common;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.dvhc.domain.split.CommuneLookup;
import vn.dvhc.domain.split.SplitRule;
import vn.dvhc.domain.split.SplitRules;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Reads {@code --split-rules}: a table whose first row is a header with at least {@code old_commune_code},
 * {@code match} and {@code new_commune_code} (and {@code note}, if present); other columns are ignored, so a
 * filled-in worklist is a rules file. UTF-8 (a BOM is accepted), delimiter {@code ,}, {@code ;} or TAB, or an
 * xlsx workbook. A row whose {@code new_commune_code} is empty is a worklist line nobody decided: skipped.
 * Empty lines are skipped. Everything else is checked by {@link SplitRules#of}; the first problem is an input
 * error (exit 3) naming the file and the line.
 */
public final class SplitRulesReader {

    private SplitRulesReader() {
    }

    public static SplitRules read(Path file, CommuneLookup communes) {
        CsvTable read = InputTables.read(file, StandardCharsets.UTF_8);
        List<CsvTable.Row> records = read.records().stream().filter(r -> !(r.size() == 1 && r.get(0).isBlank())).toList();
        if (records.isEmpty()) {
            throw new DvhcException(ErrorCode.INPUT_HEADER, "the file is empty", Location.of(read.file(), 1),
                    "the first line is the header: old_commune_code,match,new_commune_code,note");
        }
        CsvTable table = CsvTable.of(read.file(), records);
        Header header = table.header(0);
        int oldCode = header.require("old_commune_code");
        int match = header.require("match");
        int newCode = header.require("new_commune_code");
        int note = header.find("note");
        List<SplitRule> rules = new ArrayList<>();
        for (CsvTable.Row row : records.subList(1, records.size())) {
            if (row.get(newCode).isBlank()) {
                continue;
            }
            rules.add(new SplitRule(table.file(), row.line(), row.get(oldCode).strip(), row.get(match),
                    row.get(newCode).strip(), row.get(note).strip()));
        }
        return SplitRules.of(rules, communes);
    }
}
