package vn.dvhc.procedures;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.dvhc.common.CsvTable;
import vn.dvhc.common.InputTables;
import vn.dvhc.common.StrictText;
import vn.dvhc.domain.procedure.AgencyCrosswalk;
import vn.dvhc.domain.procedure.DistrictDefault;
import vn.dvhc.domain.procedure.NewProvince;
import vn.dvhc.domain.procedure.OldProvince;
import vn.dvhc.domain.procedure.Republisher;
import vn.dvhc.domain.procedure.TransferRules;
import vn.dvhc.error.DvhcException;
import vn.dvhc.testing.FuzzChecks;

/**
 * Fuzzes the readers of {@code procedures republish}: whatever the bytes, a catalogue, rules or crosswalk file
 * reads, or fails with a {@link DvhcException} naming the problem; never another exception. A catalogue and rules
 * that read also go through the {@link Republisher}, which must accept them. In {@code ./mvnw verify} the seeds
 * under {@code ProcedureReadersFuzzTestInputs/} run as a regression corpus; {@code scripts/fuzz} fuzzes for real.
 */
class ProcedureReadersFuzzTest {

    private static final NewProvince LAO_CAI = new NewProvince("15", "Lào Cai", "Tỉnh", "H38",
            java.util.List.of(new OldProvince("10", "Lào Cai"), new OldProvince("15", "Yên Bái")));

    @FuzzTest
    void catalogue(FuzzedDataProvider data) {
        byte[] rules = data.consumeBytes(2048);
        byte[] catalogue = data.consumeRemainingAsBytes();
        try {
            TransferRules parsed = RulesReader.read(table(rules, "rules.csv"));
            var result = new CatalogueReader(Map.of("10", "Lào Cai", "15", "Yên Bái")).read(table(catalogue, "c.csv"));
            var republished = new Republisher(parsed, AgencyCrosswalk.none(), DistrictDefault.ORPHAN)
                    .republish(result.procedures(), Map.of("10", LAO_CAI, "15", LAO_CAI));
            // Every old procedure is accounted for by a change: nothing read is lost.
            FuzzChecks.check(republished.changes().size() >= result.procedures().size(),
                    "fewer changes than procedures read: " + republished.changes().size() + " < "
                            + result.procedures().size());
        } catch (DvhcException expected) {
            FuzzChecks.namesFile(expected, ".csv");
        }
    }

    @FuzzTest
    void rules(byte[] data) {
        try {
            RulesReader.read(table(data, "rules.csv"));
        } catch (DvhcException expected) {
            FuzzChecks.namesFile(expected, "rules.csv");
        }
    }

    @FuzzTest
    void crosswalk(byte[] data) {
        try {
            CrosswalkReader.read(table(data, "agencies.csv"));
        } catch (DvhcException expected) {
            FuzzChecks.namesFile(expected, "agencies.csv");
        }
    }

    private static CsvTable table(byte[] bytes, String name) {
        String text = StrictText.decode(bytes, StandardCharsets.UTF_8, name);
        return CsvTable.parse(text, name, InputTables.delimiter(text));
    }
}
