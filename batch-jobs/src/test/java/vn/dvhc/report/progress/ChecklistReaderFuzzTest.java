package vn.dvhc.report.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.dvhc.domain.readiness.Checklist;
import vn.dvhc.domain.readiness.ChecklistEntry;
import vn.dvhc.domain.readiness.Indicator;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ExitCode;
import vn.dvhc.testing.FuzzChecks;
import vn.dvhc.testing.FuzzFiles;

/**
 * Fuzzes {@code --checklist} with the 34 provinces of 2025-07-01. Whatever the bytes, either (1) every line read is
 * of a new province, of a known or declared indicator, once per province and indicator, dated with evidence or not
 * done; or (2) the reader throws a {@link DvhcException} with exit code 3 naming {@code checklist.csv} and a line;
 * never another exception. In {@code ./mvnw verify} the seeds under {@code ChecklistReaderFuzzTestInputs/} run as a
 * regression corpus; {@code scripts/fuzz ChecklistReaderFuzzTest#checklist 30m} fuzzes for real.
 */
class ChecklistReaderFuzzTest {

    @FuzzTest
    void checklist(byte[] data) throws IOException {
        Path file = Files.write(FuzzFiles.folder().resolve("checklist.csv"), data);
        Checklist checklist;
        try {
            checklist = ChecklistReader.read(file, ChecklistReaderTest.PROVINCES);
        } catch (DvhcException expected) {
            FuzzChecks.check(expected.exitCode() == ExitCode.INPUT, "not an input error: " + expected.describe());
            FuzzChecks.namesLine(expected, "checklist.csv");
            return;
        }
        Set<String> indicators = new HashSet<>();
        checklist.indicators().forEach(i -> indicators.add(i.id()));
        Set<String> seen = new HashSet<>();
        for (ChecklistEntry entry : checklist.entries()) {
            FuzzChecks.check(ChecklistReaderTest.PROVINCES.current().containsKey(entry.province()),
                    "not a new province: " + entry);
            FuzzChecks.check(indicators.contains(entry.indicator()), "not an indicator of the checklist: " + entry);
            FuzzChecks.check(seen.add(entry.province() + " " + entry.indicator()), "twice: " + entry);
            FuzzChecks.check(entry.doneOn() == null || !entry.evidence().isEmpty(), "done without evidence: " + entry);
            FuzzChecks.check(entry.line() >= 2, "a line before the header: " + entry);
            FuzzChecks.check(entry.doneBy(LocalDate.MAX) == (entry.doneOn() != null), "doneBy disagrees: " + entry);
        }
        for (Indicator own : checklist.own()) {
            FuzzChecks.check(own.id().matches(Indicator.ID_PATTERN) && !own.label().isBlank(), "bad declaration " + own);
        }
    }
}
