package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvhc.jooq.Tables.AGENCY_FINDING;
import static vn.dvhc.jooq.Tables.AGENCY_RUN;
import static vn.dvhc.jooq.Tables.AGENCY_RUN_PROVINCE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.dvhc.common.CsvTable;
import vn.dvhc.common.Json;
import vn.dvhc.infra.Database;
import vn.dvhc.testing.TestDatabases;

/**
 * {@code dvhc agencies validate|allocate} through the real command line on a real H2 and a real PostgreSQL, on the
 * registers of {@code sample-data/agencies/}: the new Lào Cai (15, agency code H38) and its 99 communes.
 */
class AgenciesIT {

    private static final Path SAMPLES = CliHarness.projectRoot().resolve("sample-data/agencies");
    private static final Path CLEAN = SAMPLES.resolve("lao-cai-clean.csv");
    private static final Path MISTAKES = SAMPLES.resolve("lao-cai-with-mistakes.csv");
    private static final String AS_OF = "2026-07-01";

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theCleanRegisterOfAMergedProvinceHasNoErrorAndNoWarningAndCoversEveryCommune(TestDatabases.Kind kind) {
        CliHarness.Target target = CliHarness.target(kind, temp.resolve("home"));
        CliHarness.Result result = target.run("agencies", "validate", CLEAN.toString(), "--as-of", AS_OF,
                "--fail-on", "warning");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("121 agencies, as of 2026-07-01 (release 2026-04-30)",
                "Findings: 0 errors, 0 warnings, 99 infos",
                "Province 15 Tỉnh Lào Cai: 121 agencies; 99 of 99 communes have a People's Committee code (100.0%)");
        try (Database db = Database.open(target.settings(), 2)) {
            DSLContext dsl = db.dsl();
            var run = dsl.selectFrom(AGENCY_RUN).fetchSingle();
            assertThat(run.getErrors()).isZero();
            assertThat(run.getWarnings()).isZero();
            assertThat(run.getRegisterFile()).isEqualTo(CLEAN.toString());
            var province = dsl.selectFrom(AGENCY_RUN_PROVINCE).fetchSingle();
            assertThat(province.getProvinceCode()).isEqualTo("15");
            assertThat(province.getCommunes()).isEqualTo(99);
            assertThat(province.getCommunesCovered()).isEqualTo(99);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theRegisterWithMistakesFindsEachMistakeStoresItAndFailsOnErrors(TestDatabases.Kind kind) throws Exception {
        CliHarness.Target target = CliHarness.target(kind, temp.resolve("home"));
        CliHarness.Result text = target.run("agencies", "validate", MISTAKES.toString(), "--as-of", AS_OF);
        assertThat(text.exitCode()).as(text.toString()).isEqualTo(1);
        assertThat(text.out()).contains(
                "line 7     error    layout                 000.0.00.H38",
                "line 29    error    district-body          H38.25",
                "           Ủy ban nhân dân huyện Bảo Yên is a district-level body, still active on 2026-07-01",
                "line 30    error    retired-reused         H38.22",
                "line 21    warning  level1-merged          H63.05",
                "register   error    coverage               15 Tỉnh Lào Cai",
                "           2 communes have no commune People's Committee code: Phường Nam Cường (04273), "
                        + "Phường Văn Phú (04279)",
                "Findings: 11 errors, 4 warnings, 98 infos",
                "97 of 99 communes have a People's Committee code (98.0%); 8 errors, 4 warnings",
                "No province (the code does not say which): 3 errors, 0 warnings");
        assertThat(text.out()).as("coverage is one line per province unless --show info")
                .doesNotContain("Phường Nam Cường (04273) has no commune People's Committee code");
        assertThat(text.out()).doesNotContain("not-in-qcvn          ").contains("Not listed (--show info lists them)");

        Set<String> rules = Set.of("layout", "text-hygiene", "field-value", "parent-missing", "duplicate-code",
                "level1-merged", "level1-unknown", "district-body", "retired-reused", "unit-gone", "name-unit",
                "duplicate-agency", "coverage", "not-in-qcvn");
        CliHarness.Result json = target.run("agencies", "validate", MISTAKES.toString(), "--as-of", AS_OF,
                "--format", "json", "--fail-on", "never");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode doc = Json.mapper().readTree(json.out());
        assertThat(doc.get("summary").get("errors").asInt()).isEqualTo(11);
        assertThat(doc.get("findings")).hasSize(11 + 4 + 98);
        JsonNode first = doc.get("findings").get(0);
        assertThat(first.get("rule").asText()).isEqualTo("layout");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("line").asInt()).isEqualTo(7);
        assertThat(first.get("hint").asText()).isNotBlank();
        Set<String> found = new java.util.TreeSet<>();
        doc.get("findings").forEach(f -> found.add(f.get("rule").asText()));
        assertThat(found).isEqualTo(new java.util.TreeSet<>(rules));

        Path junit = temp.resolve("reports/agencies.xml");
        CliHarness.Result xml = target.run("agencies", "validate", MISTAKES.toString(), "--as-of", AS_OF,
                "--format", "junit", "--output", junit.toString(), "--fail-on", "warning");
        assertThat(xml.exitCode()).as(xml.toString()).isEqualTo(1);
        assertThat(xml.out()).contains("Findings: 11 errors, 4 warnings, 98 infos", "Wrote 113 findings as junit to "
                + junit);
        Document report = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        Element suite = report.getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("21");
        assertThat(suite.getAttribute("failures")).as("every error and warning rule fails, infos do not")
                .isEqualTo(String.valueOf(rules.size() - 1));
        assertThat(report.getElementsByTagName("failure").getLength()).isEqualTo(rules.size() - 1);

        Path csv = temp.resolve("findings.csv");
        target.run("agencies", "validate", MISTAKES.toString(), "--as-of", AS_OF, "--format", "csv", "--output",
                csv.toString());
        List<CsvTable.Row> rows = CsvTable.read(csv).records();
        assertThat(rows.get(0).fields()).containsExactly("line", "rule", "severity", "code", "province", "message",
                "hint");
        assertThat(rows).hasSize(1 + 113);
        assertThat(Files.list(temp).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")))
                .as("no temporary file is left").isEmpty();

        try (Database db = Database.open(target.settings(), 2)) {
            DSLContext dsl = db.dsl();
            assertThat(dsl.fetchCount(AGENCY_RUN)).as("every check is its own run").isEqualTo(4);
            long last = dsl.select(org.jooq.impl.DSL.max(AGENCY_RUN.JOB_EXECUTION_ID)).from(AGENCY_RUN).fetchSingle().value1();
            assertThat(dsl.fetchCount(AGENCY_FINDING, AGENCY_FINDING.JOB_EXECUTION_ID.eq(last))).isEqualTo(113);
            assertThat(dsl.selectFrom(AGENCY_RUN_PROVINCE).where(AGENCY_RUN_PROVINCE.JOB_EXECUTION_ID.eq(last))
                    .fetchSingle().getCommunesCovered()).isEqualTo(97);
        }
        CliHarness.Result cutover = target.run("report", "--province", "15", "--format", "json", "--output",
                temp.resolve("report").toString(), "--as-of", AS_OF);
        assertThat(cutover.exitCode()).as(cutover.toString()).isZero();
        JsonNode agencies = Json.mapper().readTree(Files.readString(temp.resolve("report/report.json")))
                .get("provinces").get(0).get("agencies");
        assertThat(agencies.get("errors").asInt()).isEqualTo(11 - 3);
        assertThat(agencies.get("communesCovered").asInt()).isEqualTo(97);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void allocateProposesCodesForTheCommunesWithoutOneAndChangesNothingInTheRegister(TestDatabases.Kind kind)
            throws IOException {
        CliHarness.Target target = CliHarness.target(kind, temp.resolve("home"));
        byte[] register = Files.readAllBytes(MISTAKES);
        Path out = temp.resolve("proposed.csv");
        CliHarness.Result result = target.run("agencies", "allocate", MISTAKES.toString(), "--as-of", AS_OF,
                "--output", out.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Proposed 2 codes (pattern {level1}.{seq:3}, release 2026-04-30)",
                "15 (H38): 99 communes, 97 with a code, 2 proposed");
        List<CsvTable.Row> rows = CsvTable.read(out).records();
        Set<String> taken = CsvTable.read(MISTAKES).records().stream().map(r -> r.get(0)).collect(Collectors.toSet());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).fields()).startsWith("H38.300", "Ủy ban nhân dân phường Nam Cường", "H38", "04273",
                "2026-04-30", "proposed");
        assertThat(rows.get(2).get(0)).as("after the highest code of the pattern, H38.299").isEqualTo("H38.301");
        assertThat(rows.subList(1, 3)).noneMatch(r -> taken.contains(r.get(0)));
        assertThat(Files.readAllBytes(MISTAKES)).as("the register is never written").isEqualTo(register);

        CliHarness.Result again = target.run("agencies", "allocate", MISTAKES.toString(), "--as-of", AS_OF,
                "--output", out.toString());
        assertThat(again.exitCode()).as(again.toString()).isEqualTo(6);
        byte[] first = Files.readAllBytes(out);
        CliHarness.Result rerun = target.run("agencies", "allocate", MISTAKES.toString(), "--as-of", AS_OF,
                "--output", out.toString(), "--rerun");
        assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
        assertThat(Files.readAllBytes(out)).as("deterministic").isEqualTo(first);
        CliHarness.Result fromStart = target.run("agencies", "allocate", MISTAKES.toString(), "--as-of", AS_OF,
                "--output", out.toString(), "--start", "101");
        assertThat(fromStart.exitCode()).as(fromStart.toString()).isZero();
        assertThat(CsvTable.read(out).records()).extracting(r -> r.get(0)).as("the codes the mistakes removed are free")
                .containsExactly("code", "H38.150", "H38.151");

        CliHarness.Result proposedValidates = target.run("agencies", "validate", out.toString(), "--as-of", AS_OF,
                "--fail-on", "warning");
        assertThat(proposedValidates.out()).contains("Findings: 0 errors, 0 warnings");
    }

    @Test
    void badInputIsAnInputErrorNamingFileAndLineAndStoresNothing() throws IOException {
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, temp.resolve("home"));
        Path noCode = temp.resolve("no-code.csv");
        Files.writeString(noCode, "ma,ten\nH38,UBND tỉnh Lào Cai\n");
        CliHarness.Result header = target.run("agencies", "validate", noCode.toString());
        assertThat(header.exitCode()).as(header.toString()).isEqualTo(3);
        assertThat(header.err()).contains("no-code.csv line 1", "no column code or agency_code", "docs/agency-rules.md")
                .doesNotContain("at vn.dvhc");
        Path cut = temp.resolve("cut.csv");
        Files.writeString(cut, "code,name\nH38,UBND tỉnh Lào Cai\nH38.01,\"Sở Nội\n");
        CliHarness.Result quote = target.run("agencies", "validate", cut.toString());
        assertThat(quote.exitCode()).as(quote.toString()).isEqualTo(3);
        assertThat(quote.err()).contains("cut.csv line 3");
        CliHarness.Result missing = target.run("agencies", "validate", temp.resolve("nothing.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).contains("file not found");
        CliHarness.Result pattern = target.run("agencies", "allocate", CLEAN.toString(), "--output",
                temp.resolve("p.csv").toString(), "--pattern", "{seq}");
        assertThat(pattern.exitCode()).isEqualTo(2);
        assertThat(pattern.err()).contains("needs {level1}");
        try (Database db = Database.open(target.settings(), 2)) {
            assertThat(db.dsl().fetchCount(AGENCY_RUN)).isZero();
        }
    }
}
