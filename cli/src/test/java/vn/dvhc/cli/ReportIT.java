package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.dvhc.common.Json;
import vn.dvhc.infra.Database;
import vn.dvhc.testing.AgencyRuns;
import vn.dvhc.testing.TestDatabases;

/**
 * The cutover report from real stored runs (the demo's remaps, procedures runs of the samples, the validator's runs
 * of the sample registers of Lào Cai, and an agency run of Hồ Chí Minh stored as the validator stores it), on H2
 * and PostgreSQL: the ratings and the derived progress indicators.
 */
class ReportIT {

    private static final Path RULES_WITHOUT_ORPHANS =
            CliHarness.projectRoot().resolve("cli/src/test/resources/report/rules-without-orphans.csv");

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void ratesTheProvincesOfTheReleaseFromTheLatestRuns(TestDatabases.Kind kind, @TempDir Path temp) throws Exception {
        CliHarness.Target target = CliHarness.target(kind, temp.resolve("home"));
        Path samples = CliHarness.projectRoot().resolve("sample-data");
        assertThat(target.run("demo", "--samples", samples.toString()).exitCode()).isZero();
        assertThat(target.run("demo", "--samples", samples.toString()).exitCode()).as("remapped again").isZero();
        Path procedures = samples.resolve("procedures");
        CliHarness.Result republish = target.run("procedures", "republish", "--catalog",
                procedures.resolve("lao-cai-10.csv").toString(), procedures.resolve("yen-bai-15.csv").toString(),
                "--rules", procedures.resolve("rules.csv").toString(), "--output-dir", temp.resolve("lists").toString());
        assertThat(republish.exitCode()).as(republish.toString()).isIn(0, 1);
        Path agencies = samples.resolve("agencies");
        CliHarness.Result mistakes = target.run("agencies", "validate", "--input",
                agencies.resolve("lao-cai-with-mistakes.csv").toString(), "--as-of", "2026-07-01");
        assertThat(mistakes.exitCode()).as(mistakes.toString()).isEqualTo(1);
        CliHarness.Result clean = target.run("agencies", "validate", "--input",
                agencies.resolve("lao-cai-clean.csv").toString(), "--as-of", "2026-07-01");
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        try (Database db = Database.open(target.settings(), 2)) {
            AgencyRuns.insert(db.dsl(), 9001, "79", 170, 0, 0, 168, 168);
        }

        Path out = temp.resolve("report");
        CliHarness.Result run = target.run("report", "--output", out.toString(), "--formats", "md,json", "--as-of",
                "2026-07-01");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("/34 provinces ready", "wrote " + out.resolve("report.md"));
        assertThat(out.resolve("report.html")).doesNotExist();

        JsonNode report = Json.mapper().readTree(Files.readString(out.resolve("report.json")));
        assertThat(report.get("releaseId").asText()).isEqualTo("2026-04-30");
        assertThat(report.get("provinces")).hasSize(34);
        JsonNode national = report.get("national");
        assertThat(national.get("provinces").asInt()).isEqualTo(34);
        assertThat(national.get("ready").asInt() + national.get("atRisk").asInt() + national.get("blocked").asInt())
                .isEqualTo(34);
        // The demo's two files, counted once although remapped twice: 22 + 12 rows.
        assertThat(national.get("rows").asLong()).isEqualTo(34);
        assertThat(report.get("runs")).extracting(r -> r.get("kind").asText())
                .containsExactly("remap", "remap", "agencies", "agencies", "procedures");

        JsonNode hcmc = province(report, "79");
        assertThat(hcmc.get("name").asText()).isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(hcmc.get("status").asText()).isEqualTo("BLOCKED");
        JsonNode remap = hcmc.get("remap");
        assertThat(remap.get("mapped").asLong() + remap.get("alias").asLong() + remap.get("split").asLong()
                + remap.get("rejected").asLong()).isEqualTo(8);
        assertThat(remap.get("rejected").asLong()).isEqualTo(1);
        assertThat(hcmc.get("reasons")).extracting(JsonNode::asText).contains("12.5% of rows rejected (more than 1%)",
                "procedure list not re-published").doesNotContain("agency register not validated");
        assertThat(hcmc.get("agencies").get("communesCovered").asInt()).isEqualTo(168);

        JsonNode laoCai = province(report, "15");
        assertThat(laoCai.get("agencies").get("errors").asInt()).as("the latest run of the province").isZero();
        assertThat(laoCai.get("procedures").get("byLevel").get("tinh").asInt()).isPositive();
        assertThat(laoCai.get("reasons")).extracting(JsonNode::asText).anyMatch(r -> r.contains("without a new level"));

        String md = Files.readString(out.resolve("report.md"));
        assertThat(md).contains("| 79 | Thành phố Hồ Chí Minh | blocked | 8 |", "provinces ready**")
                .doesNotContain("Cấp huyện");

        CliHarness.Result relaxed = target.run("report", "--output", out.toString(), "--province", "79",
                "--block-reject-percent", "20", "--risk-reject-percent", "20", "--risk-split-percent", "30",
                "--format", "json");
        assertThat(relaxed.exitCode()).as(relaxed.toString()).isZero();
        JsonNode one = Json.mapper().readTree(relaxed.out());
        assertThat(one.get("provinces")).hasSize(1);
        assertThat(one.get("national").get("provinces").asInt()).isEqualTo(34);
        assertThat(province(one, "79").get("status").asText()).isEqualTo("AT_RISK");
        assertThat(province(one, "79").get("reasons")).extracting(JsonNode::asText)
                .containsExactly("procedure list not re-published");

        // The progress table from the same real runs, as of today: with these thresholds nothing of Hồ Chí Minh's
        // data is open; Lào Cai's list is published but leaves district-level procedures without a level.
        assertThat(one.get("indicators")).extracting(i -> i.get("id").asText()).containsExactly("data-remapped",
                "agency-codes", "procedures-published", "commune-procedures-published");
        assertThat(indicator(one, "data-remapped").get("missing")).extracting(m -> m.get("code").asText())
                .doesNotContain("79").contains("15");
        assertThat(indicator(one, "agency-codes").get("done").asInt()).isEqualTo(2);
        assertThat(indicator(one, "agency-codes").get("missing")).extracting(m -> m.get("code").asText())
                .as("Lào Cai's clean register, validated after the one with mistakes").doesNotContain("15", "79");
        assertThat(indicator(one, "procedures-published").get("missing")).hasSize(33)
                .extracting(m -> m.get("code").asText()).doesNotContain("15");
        assertThat(indicator(one, "commune-procedures-published").get("done").asInt()).isZero();
        assertThat(indicator(one, "commune-procedures-published").get("source").asText()).isEqualTo("derived");

        // Rules for the two procedures left without a level (1.009994, 1.009995) move them to the communes: the new
        // list replaces Lào Cai's, and its commune-level procedures count.
        CliHarness.Result complete = target.run("procedures", "republish", "--catalog",
                procedures.resolve("lao-cai-10.csv").toString(), procedures.resolve("yen-bai-15.csv").toString(),
                "--rules", RULES_WITHOUT_ORPHANS.toString(), "--output-dir", temp.resolve("lists-2").toString());
        assertThat(complete.exitCode()).as(complete.toString()).isIn(0, 1);
        CliHarness.Result after = target.run("report", "--output", out.toString(), "--province", "15",
                "--format", "json");
        assertThat(after.exitCode()).as(after.toString()).isZero();
        JsonNode moved = Json.mapper().readTree(after.out());
        assertThat(indicator(moved, "commune-procedures-published").get("done").asInt()).isEqualTo(1);
        assertThat(indicator(moved, "commune-procedures-published").get("missing"))
                .extracting(m -> m.get("code").asText()).doesNotContain("15");
        assertThat(province(moved, "15").get("procedures").get("orphans").asInt()).isZero();
        assertThat(moved.get("leftOut")).filteredOn(r -> r.get("kind").asText().equals("procedures"))
                .extracting(r -> r.get("reason").asText()).containsExactly("replaced by later runs for its provinces");

        // A bad checklist is exit 3, and leaves no empty output folder behind.
        Path badChecklist = Files.writeString(temp.resolve("bad.csv"),
                "province_code,indicator,done_on,evidence\n01,forms,2026-13-01,x\n");
        Path notMade = temp.resolve("not-made");
        CliHarness.Result bad = target.run("report", "--output", notMade.toString(), "--checklist",
                badChecklist.toString());
        assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(3);
        assertThat(bad.err()).contains("bad.csv line 2: done_on '2026-13-01' is not a date");
        assertThat(notMade).doesNotExist();

        CliHarness.Result unknown = target.run("report", "--output", out.toString(), "--province", "99");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("province 99 is not one of the 34 provinces");
        CliHarness.Result badFormat = target.run("report", "--output", out.toString(), "--formats", "pdf");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("'pdf' is not one of html, md, json");
    }

    private static JsonNode indicator(JsonNode report, String id) {
        for (JsonNode i : report.get("indicators")) {
            if (i.get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + id);
    }

    private static JsonNode province(JsonNode report, String code) {
        for (JsonNode p : report.get("provinces")) {
            if (p.get("code").asText().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("no province " + code);
    }
}
