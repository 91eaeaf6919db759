package vn.dvhc.cli.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dvhc.common.Sha256;
import vn.dvhc.error.ExitCode;
import vn.dvhc.remap.RemapJob;

/** {@code dvhc remap} of an .xlsx workbook with a fake job runner: what the options become, and what is refused. */
class RemapWorkbookCommandTest {

    @TempDir
    Path temp;

    // A workbook under any name: recognised by its content.
    private Path workbook(String name) throws IOException {
        Path file = temp.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Hộ khẩu");
            sheet.createRow(0).createCell(0).setCellValue("ma_xa");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(26740);
            book.write(out);
        }
        return file;
    }

    @Test
    void aWorkbookIsAnInputOfItsOwnKindAndItsRejectsASheetOfAWorkbookOutput() throws IOException {
        Path input = workbook("ho-khau.xlsx");
        Path output = temp.resolve("ho-khau.new.xlsx");
        FakeJobRunner runner = new FakeJobRunner().completing(Summaries.remap(input.toString(), output.toString()),
                ExitCode.OK);
        FastCli.Result result = FastCli.run(temp, runner, "remap", "--input", input.toString(), "--output",
                output.toString(), "--sheet", "Hộ khẩu");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(runner.parameters()).containsExactly(
                "input.file~" + input.toAbsolutePath(),
                "input.format=xlsx",
                "input.sha256=" + Sha256.of(input),
                "output.file=" + output,
                "rejects.file=" + output,
                "release.from=pre-2025",
                "release.to=2026-04-30",
                "remap.chunk~0",
                "remap.encoding=UTF-8",
                "remap.fail.on~REJECT",
                "remap.on.split=FLAG",
                "remap.sheet=Hộ khẩu",
                "remap.threads~1");
        assertThat(RemapJob.JOB.configs(runner.request().parameters())).extracting(Class::getSimpleName)
                .containsExactly("RemapJobConfig", "RemapLocalPartitioning", "RemapWorkbookConfig");
    }

    @Test
    void aWorkbookNamedCsvIsStillAWorkbookAndItsOutputCsvKeepsItsRejectsFile() throws IOException {
        Path input = workbook("export.csv");
        Path output = temp.resolve("export.new.csv");
        FakeJobRunner runner = new FakeJobRunner().completing(Summaries.remap(input.toString(), output.toString()),
                ExitCode.OK);
        FastCli.Result result = FastCli.run(temp, runner, "remap", "--input", input.toString(), "--output",
                output.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(runner.parameters()).contains("input.format=xlsx", "rejects.file=" + output + ".rejects.csv")
                .noneMatch(p -> p.startsWith("remap.sheet"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "xlsx | --encoding windows-1258 | --encoding does not apply to in.xlsx: it is an Excel workbook",
            "xlsx | --delimiter ;           | --delimiter does not apply to in.xlsx: it is an Excel workbook",
            "xlsx | --rejects r.xlsx        | --rejects is written as CSV, or as a sheet of an .xlsx --output",
            "csv  | --sheet Data            | --sheet applies to an .xlsx workbook; in.csv is delimited text",
            "csv  | --output o.xlsx         | an .xlsx --output is written for an .xlsx input only; in.csv is delimited text"})
    void optionsThatDoNotFitTheInputAreUsageErrorsSayingWhy(String kind, String option, String message)
            throws IOException {
        Path input = kind.equals("xlsx") ? workbook("in.xlsx") : Files.writeString(temp.resolve("in.csv"), "ma_xa\n26740\n");
        String[] words = option.trim().split(" ");
        String value = words[1].contains(".") ? temp.resolve(words[1]).toString() : words[1];
        String[] args = words[0].equals("--output")
                ? new String[]{"remap", "--input", input.toString(), "--output", value}
                : new String[]{"remap", "--input", input.toString(), "--output", temp.resolve("o.xlsx").toString(),
                        words[0], value};
        if (kind.equals("csv") && !words[0].equals("--output")) {
            args[4] = temp.resolve("o.csv").toString();
        }
        FakeJobRunner runner = new FakeJobRunner();
        FastCli.Result result = FastCli.run(temp, runner, args);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).startsWith("dvhc: error: " + message.trim());
        assertThat(result.err()).contains("hint: ");
    }

    @Test
    void anOldBinaryWorkbookIsAnInputErrorSayingHowToSaveIt() throws IOException {
        Path xls = Files.write(temp.resolve("old.xls"), new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0});
        FastCli.Result result = FastCli.run(temp, new FakeJobRunner(), "remap", "--input", xls.toString(), "--output",
                temp.resolve("o.csv").toString());
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
        assertThat(result.err()).startsWith("dvhc: error: " + xls + ": the old binary Excel format (.xls")
                .contains("hint: open it in Excel or LibreOffice and save it as .xlsx")
                .doesNotContain("invalid UTF-8", "--encoding");
    }
}
