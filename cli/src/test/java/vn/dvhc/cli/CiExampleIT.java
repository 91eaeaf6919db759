package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import vn.dvhc.common.Json;

/**
 * The CI recipe of docs/ci.md, as {@code scripts/ci-example} runs it on the sample data with the built jar: every
 * command gives the exit code the recipe promises, and the reports a CI server reads are there and say what they
 * should.
 */
@Tag("slow")
class CiExampleIT {

    @TempDir
    Path temp;

    @Test
    void theRecipeGivesTheDocumentedExitCodesAndReports() throws Exception {
        Path root = CliHarness.projectRoot();
        Path out = temp.resolve("ci");
        Path log = temp.resolve("ci-example.log");
        ProcessBuilder builder = new ProcessBuilder(root.resolve("scripts/ci-example").toString(), out.toString())
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DVHC", Path.of(System.getProperty("java.home"), "bin", "java") + " -jar "
                + root.resolve("cli/target/dvhc.jar"));
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String printed = Files.readString(log);
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed).contains("exit 0  ok        dvhc agencies validate sample-data/agencies/lao-cai-clean.csv",
                "exit 1  ok        dvhc agencies validate sample-data/agencies/lao-cai-with-mistakes.csv",
                "exit 1  ok        dvhc remap --input sample-data/remap/ho-khau-trich-xuat.csv",
                "exit 3  ok        dvhc agencies validate sample-data/agencies/no-such-register.csv",
                "ci-example: every command gave the expected exit code");

        Element clean = junit(out.resolve("reports/agencies-clean.xml"));
        assertThat(clean.getAttribute("tests")).isEqualTo("21");
        assertThat(clean.getAttribute("failures")).isEqualTo("0");
        Element mistakes = junit(out.resolve("reports/agencies-mistakes.xml"));
        assertThat(mistakes.getAttribute("failures")).as("the error rules of the sample's mistakes").isEqualTo("9");
        assertThat(mistakes.getElementsByTagName("failure").item(0).getTextContent()).contains("line 7 000.0.00.H38");
        JsonNode remap = Json.mapper().readTree(out.resolve("reports/remap-ho-khau.json").toFile());
        assertThat(remap.toString()).contains("PARENT_MISMATCH", "UNKNOWN_CODE");
    }

    private static Element junit(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    }
}
