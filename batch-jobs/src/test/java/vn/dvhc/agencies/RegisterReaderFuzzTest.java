package vn.dvhc.agencies;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.dvhc.common.CsvTable;
import vn.dvhc.common.InputTables;
import vn.dvhc.common.StrictText;
import vn.dvhc.domain.agency.RegisterCheck;
import vn.dvhc.domain.agency.SmallCatalog;
import vn.dvhc.error.DvhcException;
import vn.dvhc.testing.FuzzChecks;

/**
 * Fuzzes the register reader and the checks behind it: whatever the bytes, a register reads and is checked, or
 * fails with a {@link DvhcException} naming the problem; never another exception. In {@code ./mvnw verify} the
 * seeds under {@code RegisterReaderFuzzTestInputs/} run as a regression corpus; {@code scripts/fuzz} fuzzes for real.
 */
class RegisterReaderFuzzTest {

    @FuzzTest
    void register(byte[] data) {
        try {
            String text = StrictText.decode(data, StandardCharsets.UTF_8, "register.csv");
            RegisterReader.RegisterFile file = RegisterReader.read(CsvTable.parse(text, "register.csv",
                    InputTables.delimiter(text)));
            var result = new RegisterCheck(SmallCatalog.level1(), new SmallCatalog(), SmallCatalog.AS_OF)
                    .check(file.agencies(), file.findings());
            // Every agency read comes from a line of the file, and every finding on a line points into it.
            long lines = text.lines().count();
            file.agencies().forEach(a -> FuzzChecks.check(a.line() >= 1 && a.line() <= lines,
                    "an agency outside the file: line " + a.line() + " of " + lines));
            result.findings().forEach(f -> FuzzChecks.check(f.line() == null || f.line() >= 1 && f.line() <= lines,
                    "a finding outside the file: " + f));
        } catch (DvhcException expected) {
            FuzzChecks.namesFile(expected, "register.csv");
        }
    }
}
