package vn.dvhc.agencies;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.dvhc.common.CsvTable;
import vn.dvhc.common.InputTables;
import vn.dvhc.common.StrictText;
import vn.dvhc.domain.agency.RegisterCheck;
import vn.dvhc.domain.agency.SmallCatalog;
import vn.dvhc.error.DvhcException;

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
            new RegisterCheck(SmallCatalog.level1(), new SmallCatalog(), SmallCatalog.AS_OF)
                    .check(file.agencies(), file.findings());
        } catch (DvhcException expected) {
            // The reader's answer to bad input: a located, typed error.
        }
    }
}
