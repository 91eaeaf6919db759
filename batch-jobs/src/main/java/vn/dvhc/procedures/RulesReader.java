package vn.dvhc.procedures;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.dvhc.common.CsvTable;
import vn.dvhc.common.Header;
import vn.dvhc.common.InputTables;
import vn.dvhc.domain.VietnameseText;
import vn.dvhc.domain.procedure.Level;
import vn.dvhc.domain.procedure.ProcedureCode;
import vn.dvhc.domain.procedure.TransferRule;
import vn.dvhc.domain.procedure.TransferRules;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Reads the transfer rules (docs/procedure-formats.md): one line per national code, optionally per old level,
 * naming the new level(s) or "bãi bỏ", an optional new national code, name and agency, and the legal basis.
 * A rule is a legal claim, so its legal basis is required. All problems are reported at once.
 */
final class RulesReader {

    static final String[] CODE = {"procedure_code", "national_code", "code", "Mã TTHC", "Mã thủ tục"};
    static final String[] FROM_LEVEL = {"from_level", "old_level", "Cấp cũ", "Cấp thực hiện cũ"};
    static final String[] NEW_LEVEL = {"new_level", "to_level", "Cấp mới", "Cấp thực hiện mới"};
    static final String[] NEW_CODE = {"new_procedure_code", "new_code", "Mã TTHC mới"};
    static final String[] NEW_NAME = {"new_procedure_name", "new_name", "Tên TTHC mới"};
    static final String[] NEW_AGENCY = {"new_agency", "Cơ quan thực hiện mới"};
    static final String[] NEW_AGENCY_CODE = {"new_agency_code", "Mã cơ quan mới"};
    static final String[] LEGAL_BASIS = {"legal_basis", "Căn cứ pháp lý"};
    static final String[] NOTE = {"note", "Ghi chú"};

    private static final Set<String> ABOLISHED = Set.of("bai bo", "huy bo", "bai bo/huy bo", "abolished", "abolish");

    private RulesReader() {
    }

    static TransferRules read(Path file, Charset encoding) {
        return read(InputTables.read(file, encoding));
    }

    static TransferRules read(CsvTable table) {
        InputTables.Found found = InputTables.header(table, CatalogueReader.FORMATS_DOC, CODE, NEW_LEVEL, LEGAL_BASIS);
        Header h = found.header();
        int code = h.find(CODE);
        int fromLevel = h.find(FROM_LEVEL);
        int newLevel = h.find(NEW_LEVEL);
        int newCode = h.find(NEW_CODE);
        int legalBasis = h.find(LEGAL_BASIS);
        ProblemList problems = new ProblemList();
        List<TransferRule> rules = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        for (CsvTable.Row row : table.records().subList(found.index() + 1, table.records().size())) {
            if (row.isBlankFrom(0)) {
                continue;
            }
            Location at = table.at(row);
            int before = problems.size();
            Optional<ProcedureCode> national = national(row.get(code));
            if (national.isEmpty()) {
                problems.add(ErrorCode.INPUT_MALFORMED, at.atColumn(code + 1L), "'" + VietnameseText.clean(row.get(code))
                        + "' is not a national procedure code D.NNNNNN", "e.g. 2.000815");
            }
            Level from = fromLevel < 0 || row.get(fromLevel).isBlank() ? null
                    : oneLevel(row.get(fromLevel), at.atColumn(fromLevel + 1L), problems);
            List<Level> to = newLevels(row.get(newLevel), at.atColumn(newLevel + 1L), problems);
            ProcedureCode renumbered = null;
            if (newCode >= 0 && !row.get(newCode).isBlank()) {
                renumbered = national(row.get(newCode)).orElse(null);
                if (renumbered == null) {
                    problems.add(ErrorCode.INPUT_MALFORMED, at.atColumn(newCode + 1L), "'"
                            + VietnameseText.clean(row.get(newCode)) + "' is not a national procedure code D.NNNNNN",
                            "leave it empty when the code does not change");
                }
            }
            String basis = VietnameseText.clean(row.get(legalBasis));
            if (basis.isEmpty()) {
                problems.add(ErrorCode.INPUT_MALFORMED, at.atColumn(legalBasis + 1L), "the rule cites no legal basis",
                        "cite the instrument that moved the procedure, e.g. NĐ 151/2025/NĐ-CP");
            }
            if (problems.size() > before) {
                continue;
            }
            String key = national.orElseThrow() + "@" + (from == null ? "*" : from.id());
            Location first = seen.putIfAbsent(key, at);
            if (first != null) {
                problems.add(ErrorCode.INPUT_MALFORMED, at, "a second rule for " + national.orElseThrow()
                        + (from == null ? "" : " at " + from.label()) + "; the first is at " + first,
                        "keep one rule per code and old level");
                continue;
            }
            rules.add(new TransferRule(national.orElseThrow(), from, to,
                    national.orElseThrow().equals(renumbered) ? null : renumbered, text(row, h, NEW_NAME),
                    text(row, h, NEW_AGENCY), text(row, h, NEW_AGENCY_CODE), basis, text(row, h, NOTE), at));
        }
        problems.throwIfAny();
        return new TransferRules(rules);
    }

    private static Optional<ProcedureCode> national(String cell) {
        String text = cell.strip();
        return ProcedureCode.isNational(text) ? Optional.of(new ProcedureCode(text)) : Optional.empty();
    }

    private static Level oneLevel(String cell, Location at, ProblemList problems) {
        try {
            List<Level> levels = Level.parseAll(cell);
            if (levels.size() == 1) {
                return levels.get(0);
            }
            problems.add(ErrorCode.INPUT_MALFORMED, at, "a rule starts from one level, not " + levels.size(),
                    "write one rule per old level");
        } catch (IllegalArgumentException e) {
            problems.add(ErrorCode.INPUT_MALFORMED, at, e.getMessage(), "e.g. Cấp huyện");
        }
        return null;
    }

    private static List<Level> newLevels(String cell, Location at, ProblemList problems) {
        if (ABOLISHED.contains(VietnameseText.fold(cell))) {
            return List.of();
        }
        try {
            List<Level> levels = Level.parseAll(cell);
            if (levels.contains(Level.HUYEN)) {
                problems.add(ErrorCode.INPUT_MALFORMED, at, "Cấp huyện no longer exists and cannot be a new level",
                        "name Cấp xã, Cấp tỉnh, Cấp bộ/ngành or Cơ quan khác, or write 'bãi bỏ'");
            }
            return levels;
        } catch (IllegalArgumentException e) {
            problems.add(ErrorCode.INPUT_MALFORMED, at, e.getMessage(), "or write 'bãi bỏ' for an abolished procedure");
            return List.of();
        }
    }

    private static String text(CsvTable.Row row, Header header, String[] names) {
        int column = header.find(names);
        return column < 0 ? "" : VietnameseText.clean(row.get(column));
    }
}
