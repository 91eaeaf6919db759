package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.common.Json;
import vn.dvhc.remap.RemapSummary;
import vn.dvhc.testing.Samples;
import vn.dvhc.testing.TestDatabases;

/**
 * {@code dvhc remap} with the options of spec §5b on {@code sample-data/splits/}: the law, the province's rules, the
 * worklist and its loop (remap → worklist → fill in → remap with it), the summary and the report; a bad rules file;
 * and the bytes of a remap without these options.
 */
class RemapSplitsIT {

    private static final Path RESIDENTS = Samples.path("splits/dan-cu-ha-noi.csv");
    private static final Path RULES = Samples.path("splits/rules.csv");

    @TempDir
    Path temp;

    /** remap_status and remap_basis of each output row. */
    private static List<String> statusAndBasis(Path output) throws IOException {
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(output).subList(1, 13)) {
            // The basis may be quoted (it holds a comma); the note of the sample's rules has none.
            String tail = line.substring(line.indexOf(",RESOLVED,") >= 0 ? line.indexOf(",RESOLVED,")
                    : line.indexOf(",SPLIT,"));
            String[] fields = tail.substring(1).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            rows.add(fields[0] + " " + fields[2].replace("\"", ""));
        }
        return rows;
    }

    @Test
    void theLawAndTheRulesResolveAndTheFilledWorklistResolvesTheRest() throws IOException {
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, temp.resolve("home"));
        Path output = temp.resolve("dan-cu.new.csv");
        Path worklist = temp.resolve("worklist.csv");
        Path summaryFile = temp.resolve("summary.json");

        CliHarness.Result run = target.run("remap", "--input", RESIDENTS.toString(), "--output", output.toString(),
                "--on-split", "population", "--split-rules", RULES.toString(), "--split-worklist", worklist.toString(),
                "--summary", summaryFile.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(statusAndBasis(output)).containsExactly(
                "RESOLVED NSO: toàn bộ dân số",
                "RESOLVED NSO: toàn bộ dân số",
                "RESOLVED NQ 1656/NQ-UBTVQH15 Điều 1 khoản 41, khoản 42",
                "RESOLVED rules.csv line 2",
                "RESOLVED rules.csv line 2",
                "RESOLVED rules.csv line 3",
                "SPLIT ",
                "RESOLVED rules.csv line 4",
                "RESOLVED rules.csv line 6",
                "RESOLVED rules.csv line 7",
                "SPLIT ",
                "SPLIT ");
        assertThat(Files.readAllLines(worklist, StandardCharsets.UTF_8)).extracting(l -> l.split(",")[0] + " "
                + l.split(",")[2] + " " + l.split(",")[3]).containsExactly(
                "\uFEFFold_commune_code match rows",
                "00553 Thôn 11 1",
                "00613 Khu đô thị Thành phố Giao Lưu 1",
                "00613 Tổ dân phố Văn Trì 2 1");
        RemapSummary summary = Json.read(Files.readString(summaryFile), RemapSummary.class);
        assertThat(summary.byStatus()).containsEntry("RESOLVED", 9L).containsEntry("SPLIT", 3L);
        assertThat(summary.splits().resolvedByLaw()).isEqualTo(3);
        assertThat(summary.splits().resolvedByRule()).isEqualTo(6);
        assertThat(summary.splits().unusedRules()).containsExactly("rules.csv line 5: 00553 Thôn 9 → 00541");
        assertThat(run.out()).contains(
                "  status     MAPPED 0 · SPLIT 3 · ALIAS 0 · RESOLVED 9\n",
                "  splits     RESOLVED by law 3 · by rule 6 · rules disagree 0 · still open 3\n",
                "  rules      " + RULES + ", never used: rules.csv line 5: 00553 Thôn 9 → 00541\n",
                "  worklist   " + worklist + " (3 lines)\n",
                "NEW PROVINCE                    MAPPED  RESOLVED  SPLIT  ALIAS  REJECTED\n",
                "01            Thành phố Hà Nội       0         9      3      0         0\n");

    }

    @Test
    void theFilledWorklistIsTheRulesOfTheNextRunAndTheReportCountsWhatIsStillOpen() throws IOException {
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, temp.resolve("home"));
        Path worklist = temp.resolve("worklist.csv");
        CliHarness.Result first = target.run("remap", "--input", RESIDENTS.toString(), "--output",
                temp.resolve("first.csv").toString(), "--on-split", "population", "--split-worklist", worklist.toString());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        List<String> lines = new ArrayList<>(Files.readAllLines(worklist, StandardCharsets.UTF_8));
        assertThat(lines).extracting(l -> l.split(",")[0] + " " + l.split(",")[2] + " " + l.split(",")[3]).containsExactly(
                "\uFEFFold_commune_code match rows",
                "00553 Thôn 1 2",
                "00553 Thôn 11 1",
                "00553 Thôn 2 1",
                "00553 Thôn 3 1",
                "00613 Khu đô thị Thành phố Giao Lưu 1",
                "00613 Tổ dân phố Văn Trì 2 1",
                "00658 Thôn 4 1",
                "00658 Thôn 5 1");

        // A person decides Thôn 11 of Cổ Bi and Thôn 4 of Tứ Hiệp and leaves the rest: the file is the next rules.
        lines.set(2, lines.get(2).replaceFirst(",,$", ",00541,QĐ 7/QĐ-UBND"));
        lines.set(7, lines.get(7).replaceFirst(",,$", ",00640,"));
        Files.write(worklist, lines, StandardCharsets.UTF_8);
        Path again = temp.resolve("again.csv");
        Path next = temp.resolve("worklist-2.csv");
        CliHarness.Result second = target.run("remap", "--input", RESIDENTS.toString(), "--output", again.toString(),
                "--on-split", "population", "--split-rules", worklist.toString(), "--split-worklist", next.toString());
        assertThat(second.exitCode()).as(second.toString()).isZero();
        List<String> output = Files.readAllLines(again);
        assertThat(output.get(7)).startsWith("001093101007,Đặng Thị Thu,").endsWith(",01,Thành phố Hà Nội,00541,"
                + "Xã Phù Đổng,Xã,RESOLVED,00136|00541|00565,worklist.csv line 3,QĐ 7/QĐ-UBND");
        assertThat(output.get(9)).startsWith("001088101009,").endsWith(",00640,Xã Thanh Trì,Xã,RESOLVED,00340|00640,"
                + "worklist.csv line 8,");
        assertThat(Files.readAllLines(next)).hasSize(7).noneMatch(l -> l.contains(",Thôn 11,") || l.contains(",Thôn 4,"));

        Path report = temp.resolve("report");
        CliHarness.Result reported = target.run("report", "--output", report.toString(), "--formats", "md,json,html");
        assertThat(reported.exitCode()).as(reported.toString()).isZero();
        JsonNode national = Json.mapper().readTree(Files.readString(report.resolve("report.json"))).get("national");
        // The latest run of the input file counts.
        assertThat(national.get("rows").asLong()).isEqualTo(12);
        assertThat(national.get("split").asLong()).as("only what is still open").isEqualTo(7);
        assertThat(national.get("resolvedByLaw").asLong()).isEqualTo(3);
        assertThat(national.get("resolvedByRule").asLong()).isEqualTo(2);
        assertThat(Files.readString(report.resolve("report.md")))
                .contains("of which 7 in split communes (5 more resolved: by law 3, by rule 2) and 0 rejected.")
                .contains("| rows | mapped | resolved (law / rule) | split | rejected |")
                .as("Hà Nội's row adds up: 12 = 0 + 3 + 2 + 7 + 0").contains(" | 12 | 0 | 3 / 2 | 7 | 0 | ");
        String html = Files.readString(report.resolve("report.html"));
        assertThat(html).as("the resolved rows are a segment of their own, not counted as rejected")
                .contains("aria-label=\"0.0% mapped, 41.7% resolved, 58.3% split, 0.0% rejected\"")
                .contains("<td class=\"n\">12</td><td class=\"n\">0</td><td class=\"n\">3 / 2</td>"
                        + "<td class=\"n\">7</td><td class=\"n\">0</td>");
    }

    @Test
    void aRuleWhoseTargetIsNoCandidateIsAnInputErrorNamingFileAndLine() throws IOException {
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, temp.resolve("home"));
        Path rules = Files.writeString(temp.resolve("quy-tac.csv"), """
                old_commune_code,match,new_commune_code,note
                00553,Thôn 1,00565,
                00553,Thôn 2,00004,
                """);
        Path output = temp.resolve("out.csv");
        CliHarness.Result run = target.run("remap", "--input", RESIDENTS.toString(), "--output", output.toString(),
                "--split-rules", rules.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).contains("dvhc: error: quy-tac.csv line 3: new commune '00004' is not a candidate of "
                + "old commune 00553 (Xã Cổ Bi); its candidates are 00136 Phường Phúc Lợi, 00541 Xã Phù Đổng, "
                + "00565 Xã Gia Lâm\n").contains("hint: pick one of the candidates");
        assertThat(output).doesNotExist();
    }

    @Test
    void withoutTheSplitOptionsTheOutputIsTheSevenColumnsOfBefore() throws IOException {
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, temp.resolve("home"));
        Path output = temp.resolve("plain.csv");
        CliHarness.Result run = target.run("remap", "--input", RESIDENTS.toString(), "--output", output.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> input = Files.readAllLines(RESIDENTS);
        String[] tails = {
                "01,Thành phố Hà Nội,,,,SPLIT,00004|00103",
                "01,Thành phố Hà Nội,,,,SPLIT,00004|00103",
                "01,Thành phố Hà Nội,,,,SPLIT,00127|00136",
                "01,Thành phố Hà Nội,,,,SPLIT,00136|00541|00565",
                "01,Thành phố Hà Nội,,,,SPLIT,00136|00541|00565",
                "01,Thành phố Hà Nội,,,,SPLIT,00136|00541|00565",
                "01,Thành phố Hà Nội,,,,SPLIT,00136|00541|00565",
                "01,Thành phố Hà Nội,,,,SPLIT,00136|00541|00565",
                "01,Thành phố Hà Nội,,,,SPLIT,00340|00640",
                "01,Thành phố Hà Nội,,,,SPLIT,00340|00640",
                "01,Thành phố Hà Nội,,,,SPLIT,00598|00602|00613|00622",
                "01,Thành phố Hà Nội,,,,SPLIT,00598|00602|00613|00622"};
        StringBuilder expected = new StringBuilder(input.get(0)).append(",new_province_code,new_province_name,"
                + "new_commune_code,new_commune_name,new_commune_type,remap_status,remap_candidates\n");
        for (int i = 1; i < input.size(); i++) {
            expected.append(input.get(i)).append(',').append(tails[i - 1]).append('\n');
        }
        assertThat(Files.readString(output, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
        assertThat(run.out()).contains("  status     MAPPED 0 · SPLIT 12 · ALIAS 0\n")
                .doesNotContain("RESOLVED", "splits ");
    }
}
