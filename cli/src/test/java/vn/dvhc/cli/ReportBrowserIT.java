package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.testing.TestDatabases;

/**
 * report.html in a real headless Chromium (Debian's chromium and chromedriver, installed by scripts/ensure-chromium):
 * it renders the 34 provinces, the national line and the progress table with a chart per indicator (three reports
 * of the sample checklist: 27 June and 4 July 2025, then 1 July 2026), the page's own requests (Chrome's performance log, which
 * leaves out the browser's background traffic) are the file itself and nothing else, and it prints on A4 landscape.
 * The browser's way out is a closed local port, so nothing could reach the network anyway. Screenshot and PDF are
 * kept under cli/target/ for people to look at.
 */
@Tag("slow")
class ReportBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path temp;

    private static Path html;

    @BeforeAll
    static void report() {
        // ./mvnw verify installs nothing on the machine: without Chromium this test is skipped, said in the report.
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed: "
                + "skipped; scripts/ensure-chromium installs them (.ci/run does)");
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, temp.resolve("home"));
        String samples = CliHarness.projectRoot().resolve("sample-data").toString();
        assertThat(target.run("demo", "--samples", samples).exitCode()).isZero();
        String checklist = CliHarness.projectRoot().resolve("sample-data/progress/checklist.csv").toString();
        for (String asOf : List.of("2025-06-27", "2025-07-04")) {
            CliHarness.Result earlier = target.run("report", "--output", temp.resolve("earlier").toString(),
                    "--formats", "json", "--checklist", checklist, "--as-of", asOf);
            assertThat(earlier.exitCode()).as(earlier.toString()).isZero();
        }
        CliHarness.Result report = target.run("report", "--output", temp.resolve("report").toString(),
                "--formats", "html", "--as-of", "2026-07-01", "--checklist", checklist);
        assertThat(report.exitCode()).as(report.toString()).isZero();
        html = temp.resolve("report/report.html");
    }

    @Test
    void rendersTheProvincesAndTheNationalLineWithoutAnyNetworkRequest() throws Exception {
        String source = Files.readString(html);
        assertThat(source).doesNotContain("<script", "<link", "@import", "url(", "src=", "data:", "http:", "https:");
        Path target = CliHarness.projectRoot().resolve("cli/target");

        try (ChromeDriverClient browser = new ChromeDriverClient(CHROMEDRIVER, CHROMIUM, chromiumArgs())) {
            browser.open(html.toUri());
            assertThat(browser.script("return document.querySelectorAll('tbody tr.province').length").asInt())
                    .isEqualTo(34);
            assertThat(browser.script("return document.getElementById('national').textContent").asText())
                    .matches("\\d+/34 provinces ready · \\d+ at risk \\(có rủi ro\\) · \\d+ blocked \\(bị chặn\\)"
                            + "( · weakest indicator: .+: \\d+/34)?");
            assertThat(browser.script("return document.querySelector('tr[data-code=\"79\"] td:nth-child(2)')"
                    + ".textContent").asText()).isEqualTo("Thành phố Hồ Chí Minh");
            assertThat(browser.script("return document.querySelectorAll('svg rect').length").asInt()).isPositive();
            assertThat(browser.script("return document.getElementById('national').textContent").asText())
                    .contains(" · weakest indicator: ");
            // A chart per indicator (8 of the checklist; the derived ones too if the demo's runs finished by the
            // date), a line through the three reports, drawn at its size on the page.
            int indicators = browser.script("return document.querySelectorAll('#progress tr.indicator').length")
                    .asInt();
            assertThat(indicators).isGreaterThanOrEqualTo(8);
            assertThat(browser.script("return document.querySelector('tr[data-id=\"forms\"] svg.chart')"
                    + ".getAttribute('aria-label')").asText())
                    .isEqualTo("2025-06-27: 14/34; 2025-07-04: 30/34; 2026-07-01: 30/34");
            assertThat(browser.script("return document.querySelectorAll('svg.chart').length").asInt())
                    .isEqualTo(indicators);
            assertThat(browser.script("return document.querySelector('tr[data-id=\"forms\"] svg.chart')"
                    + ".getBoundingClientRect().width").asInt()).isEqualTo(220);
            // chrome:// and data: URLs are the browser's own start page, served from its binary (the report has
            // no data: URL: checked above), never the network.
            assertThat(browser.pageRequests()).as("requests of the pages")
                    .filteredOn(url -> !url.startsWith("chrome://") && !url.startsWith("chrome-untrusted://")
                            && !url.startsWith("data:"))
                    .containsExactly(html.toUri().toString());
            byte[] png = browser.screenshot();
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            Files.write(target.resolve("report-screenshot.png"), png);
        }

        Path pdf = target.resolve("report.pdf");
        Files.deleteIfExists(pdf);
        List<String> print = new ArrayList<>(List.of(CHROMIUM.toString()));
        print.addAll(chromiumArgs());
        print.addAll(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString()));
        Process process = new ProcessBuilder(print).redirectErrorStream(true)
                .redirectOutput(temp.resolve("chromium.out").toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("chromium ended").isTrue();
        String pdfText = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertThat(pdfText).startsWith("%PDF");
        // A4 landscape, from the report's @page rule: 842 × 595 points.
        assertThat(pdfText).containsPattern("/MediaBox \\[0 0 84[12](\\.\\d+)? 59[45](\\.\\d+)?\\]");
    }

    // Headless, and no way out: every request Chromium itself might make goes to a closed local port.
    private static List<String> chromiumArgs() {
        return List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + temp.resolve("profile"), "--window-size=1400,2000",
                "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>");
    }
}
