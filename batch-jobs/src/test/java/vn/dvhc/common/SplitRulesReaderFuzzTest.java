package vn.dvhc.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.dvhc.domain.Conversion;
import vn.dvhc.domain.split.CommuneLookup;
import vn.dvhc.domain.split.SplitResolution;
import vn.dvhc.domain.split.SplitRule;
import vn.dvhc.domain.split.SplitRules;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ExitCode;
import vn.dvhc.testing.BuiltInChain;
import vn.dvhc.testing.FuzzFiles;

/**
 * Fuzzes {@code --split-rules} on the built-in chain. Whatever the bytes, either (1) every rule read starts after
 * the header, belongs to a split commune, sends it to one of its candidates, and matches its own words; or (2)
 * the reader throws a {@link DvhcException} with exit code 3 that names {@code rules.csv} and a line; never
 * another exception. In {@code ./mvnw verify} the seeds under {@code SplitRulesReaderFuzzTestInputs/} run as a
 * regression corpus; {@code scripts/fuzz SplitRulesReaderFuzzTest#rules 30m} fuzzes for real.
 */
class SplitRulesReaderFuzzTest {

    private static final CommuneLookup COMMUNES = BuiltInChain.communes();

    @FuzzTest
    void rules(byte[] data) throws IOException {
        Path file = Files.write(FuzzFiles.folder().resolve("rules.csv"), data);
        SplitRules rules;
        try {
            rules = SplitRulesReader.read(file, COMMUNES);
        } catch (DvhcException expected) {
            if (expected.exitCode() != ExitCode.INPUT || expected.location() == null
                    || !"rules.csv".equals(expected.location().file()) || expected.location().line() < 1) {
                throw new IllegalStateException("not an input error naming rules.csv and a line", expected);
            }
            return;
        }
        for (SplitRule rule : rules.rules()) {
            Conversion commune = COMMUNES.find(rule.oldCommuneCode());
            if (rule.line() < 2 || !commune.split()
                    || commune.candidates().stream().noneMatch(c -> c.unit().code().equals(rule.newCommuneCode()))) {
                throw new IllegalStateException("an unchecked rule came through: " + rule);
            }
            SplitResolution own = rules.resolve(commune.old().code(), rule.match());
            if (!own.matched().contains(rule)) {
                throw new IllegalStateException("a rule does not match its own words: " + rule);
            }
        }
    }
}
