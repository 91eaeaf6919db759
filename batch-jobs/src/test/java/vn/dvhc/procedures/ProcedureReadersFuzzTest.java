package vn.dvhc.procedures;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.dvhc.common.CsvTable;
import vn.dvhc.common.Header;
import vn.dvhc.common.InputTables;
import vn.dvhc.common.StrictText;
import vn.dvhc.domain.VietnameseText;
import vn.dvhc.domain.procedure.AgencyCrosswalk;
import vn.dvhc.domain.procedure.AgencyMapping;
import vn.dvhc.domain.procedure.DistrictDefault;
import vn.dvhc.domain.procedure.Level;
import vn.dvhc.domain.procedure.NewProvince;
import vn.dvhc.domain.procedure.OldProvince;
import vn.dvhc.domain.procedure.ProcedureCode;
import vn.dvhc.domain.procedure.Republisher;
import vn.dvhc.domain.procedure.TransferRule;
import vn.dvhc.domain.procedure.TransferRules;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.Location;
import vn.dvhc.testing.FuzzChecks;

/**
 * Fuzzes the readers of {@code procedures republish}: whatever the bytes, a catalogue, rules or crosswalk file
 * reads, or fails with a {@link DvhcException} naming that file; never another exception. What reads covers the
 * input: every data line of a rules or crosswalk file is an entry, and each entry is found again by the key of its
 * line. A catalogue and rules that read also go through the {@link Republisher}, which accounts for every procedure.
 * In {@code ./mvnw verify} the seeds under {@code ProcedureReadersFuzzTestInputs/} run as a regression corpus;
 * {@code scripts/fuzz} fuzzes for real.
 */
class ProcedureReadersFuzzTest {

    private static final NewProvince LAO_CAI = new NewProvince("15", "Lào Cai", "Tỉnh", "H38",
            List.of(new OldProvince("10", "Lào Cai"), new OldProvince("15", "Yên Bái")));

    @FuzzTest
    void catalogue(FuzzedDataProvider data) {
        byte[] rulesFile = data.consumeBytes(2048);
        byte[] catalogueFile = data.consumeRemainingAsBytes();
        TransferRules rules;
        try {
            rules = RulesReader.read(table(rulesFile, "rules.csv"));
        } catch (DvhcException expected) {
            FuzzChecks.namesFile(expected, "rules.csv");
            return;
        }
        CatalogueReader.Result read;
        try {
            read = new CatalogueReader(Map.of("10", "Lào Cai", "15", "Yên Bái")).read(table(catalogueFile, "catalogue.csv"));
        } catch (DvhcException expected) {
            FuzzChecks.namesFile(expected, "catalogue.csv");
            return;
        }
        var republished = new Republisher(rules, AgencyCrosswalk.none(), DistrictDefault.ORPHAN)
                .republish(read.procedures(), Map.of("10", LAO_CAI, "15", LAO_CAI));
        // Every old procedure is accounted for by a change: nothing read is lost.
        FuzzChecks.check(republished.changes().size() >= read.procedures().size(),
                "fewer changes than procedures read: " + republished.changes().size() + " < " + read.procedures().size());
    }

    @FuzzTest
    void rules(byte[] data) {
        CsvTable table;
        TransferRules rules;
        try {
            table = table(data, "rules.csv");
            rules = RulesReader.read(table);
        } catch (DvhcException expected) {
            FuzzChecks.namesFile(expected, "rules.csv");
            return;
        }
        InputTables.Found found = InputTables.header(table, CatalogueReader.FORMATS_DOC, RulesReader.CODE,
                RulesReader.NEW_LEVEL, RulesReader.LEGAL_BASIS);
        List<CsvTable.Row> lines = dataLines(table, found);
        FuzzChecks.check(rules.size() == lines.size(), lines.size() + " data lines but " + rules.size() + " rules");
        int code = found.header().find(RulesReader.CODE);
        int fromLevel = found.header().find(RulesReader.FROM_LEVEL);
        for (CsvTable.Row row : lines) {
            Location at = table.at(row);
            ProcedureCode national = new ProcedureCode(row.get(code).strip());
            boolean everyLevel = fromLevel < 0 || row.get(fromLevel).isBlank();
            List<Level> levels = everyLevel ? Arrays.asList(Level.values()) : Level.parseAll(row.get(fromLevel));
            List<TransferRule> answers = levels.stream().map(level -> rules.find(national, level))
                    .flatMap(Optional::stream).toList();
            // A rule for every level answers for each level no rule of its own names; it is hidden only when every
            // level has one.
            boolean hidden = everyLevel && answers.size() == levels.size()
                    && answers.stream().allMatch(rule -> rule.fromLevel() != null);
            FuzzChecks.check(hidden || answers.stream().anyMatch(rule -> at.equals(rule.source())
                    && rule.code().equals(national)), "the rule of " + at + " is not found by " + national);
        }
    }

    @FuzzTest
    void crosswalk(byte[] data) {
        CsvTable table;
        AgencyCrosswalk crosswalk;
        try {
            table = table(data, "agencies.csv");
            crosswalk = CrosswalkReader.read(table);
        } catch (DvhcException expected) {
            FuzzChecks.namesFile(expected, "agencies.csv");
            return;
        }
        InputTables.Found found = InputTables.header(table, CatalogueReader.FORMATS_DOC, CrosswalkReader.NEW_NAME);
        List<CsvTable.Row> lines = dataLines(table, found);
        FuzzChecks.check(crosswalk.size() == lines.size(), lines.size() + " data lines but " + crosswalk.size()
                + " mappings");
        Header h = found.header();
        for (CsvTable.Row row : lines) {
            Location at = table.at(row);
            String code = cell(row, h.find(CrosswalkReader.OLD_CODE));
            String name = cell(row, h.find(CrosswalkReader.OLD_NAME));
            AgencyMapping answer = crosswalk.find(code, name).orElse(null);
            FuzzChecks.check(answer != null, "the mapping of " + at + " is not found by its old agency");
            // The first line of an old agency answers for it: this line, or an earlier one with the same key.
            boolean sameKey = code.isEmpty() ? VietnameseText.toneKey(answer.oldName()).equals(VietnameseText.toneKey(name))
                    : answer.oldCode().strip().equals(code.strip());
            FuzzChecks.check(sameKey && answer.source().line() <= at.line(), "the mapping of " + at
                    + " is answered by " + answer.source() + ", another agency's");
            FuzzChecks.check(!answer.source().equals(at) || answer.newName().equals(cell(row, h.find(
                    CrosswalkReader.NEW_NAME))), "the mapping of " + at + " names another new agency");
        }
    }

    // The lines after the header that hold anything: what a reader must turn into entries, or refuse.
    private static List<CsvTable.Row> dataLines(CsvTable table, InputTables.Found found) {
        return table.records().subList(found.index() + 1, table.records().size()).stream()
                .filter(row -> !row.isBlankFrom(0)).toList();
    }

    private static String cell(CsvTable.Row row, int column) {
        return column < 0 ? "" : VietnameseText.clean(row.get(column));
    }

    private static CsvTable table(byte[] bytes, String name) {
        String text = StrictText.decode(bytes, StandardCharsets.UTF_8, name);
        return CsvTable.parse(text, name, InputTables.delimiter(text));
    }
}
