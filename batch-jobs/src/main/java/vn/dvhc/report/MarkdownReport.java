package vn.dvhc.report;

import java.util.Locale;
import java.util.stream.Collectors;

import vn.dvhc.domain.readiness.ProgressTable;
import vn.dvhc.domain.readiness.ProvinceFacts;

/** report.md: the national line and one table row per province (GitHub-flavoured Markdown). */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String write(CutoverReport report) {
        StringBuilder md = new StringBuilder();
        CutoverReport.National n = report.national();
        md.append("# Cutover readiness — báo cáo sẵn sàng chuyển đổi\n\n");
        md.append("Release ").append(report.releaseId()).append(" in force on ").append(report.asOf())
                .append("; generated ").append(report.generatedAt()).append(" by dvhc.\n\n");
        md.append("**").append(n.line()).append("** (").append(n.atRisk()).append(" at risk, ").append(n.blocked())
                .append(" blocked). Remapped rows: ").append(n.rows()).append(", of which ").append(n.split())
                .append(" in split communes").append(n.resolvedText()).append(" and ").append(n.rejected())
                .append(" rejected.")
                .append(report.indicators().isEmpty() ? "" : " Weakest indicator: " + weakest(report) + ".")
                .append("\n\n");
        md.append("| code | province | status | rows | mapped | resolved (law / rule) | split | rejected "
                + "| agency errors / warnings | communes with a code | procedures (tỉnh / xã) | orphans | reasons |\n");
        md.append("|---|---|---|--:|--:|--:|--:|--:|---|---|---|--:|---|\n");
        for (CutoverReport.Province p : report.provinces()) {
            ProvinceFacts.Remap r = p.remap();
            ProvinceFacts.Agencies a = p.agencies();
            ProvinceFacts.Procedures pr = p.procedures();
            md.append("| ").append(p.code()).append(" | ").append(cell(p.name())).append(" | ")
                    .append(p.status().label()).append(" | ")
                    .append(r == null ? "–" : r.rows()).append(" | ")
                    .append(r == null ? "–" : r.mapped() + r.alias()).append(" | ")
                    .append(r == null ? "–" : r.resolvedByLaw() + " / " + r.resolvedByRule()).append(" | ")
                    .append(r == null ? "–" : r.split()).append(" | ")
                    .append(r == null ? "–" : r.rejected()).append(" | ")
                    .append(a == null ? "–" : a.errors() + " / " + a.warnings()).append(" | ")
                    .append(a == null ? "–" : a.communesCovered() + "/" + a.communes()).append(" | ")
                    .append(pr == null ? "–" : pr.byLevel().getOrDefault("tinh", 0) + " / "
                            + pr.byLevel().getOrDefault("xa", 0)).append(" | ")
                    .append(pr == null ? "–" : pr.orphans()).append(" | ")
                    .append(cell(String.join("; ", p.reasons()))).append(" |\n");
        }
        progress(md, report);
        md.append("\nRuns used: ").append(report.runs().isEmpty() ? "none." : report.runs().stream()
                .map(run -> run.kind() + " #" + run.executionId()).collect(Collectors.joining(", ")) + ".")
                .append(" ").append(report.leftOutSummary())
                .append(" Thresholds: ").append(thresholds(report)).append(".\n");
        return md.toString();
    }

    // The national progress table: one row per indicator, the missing provinces by code.
    private static void progress(StringBuilder md, CutoverReport report) {
        if (report.indicators().isEmpty()) {
            return;
        }
        md.append("\n## Progress as of ").append(report.asOf()).append("\n\n")
                .append("| indicator | label | source | done | missing |\n|---|---|---|--:|---|\n");
        for (ProgressTable.Row row : report.indicators()) {
            md.append("| ").append(row.id()).append(" | ").append(cell(row.label())).append(" | ")
                    .append(row.source()).append(" | ").append(row.done()).append("/").append(row.total())
                    .append(" | ").append(row.missing().stream().map(ProgressTable.Province::code)
                            .collect(Collectors.joining(" "))).append(" |\n");
        }
        if (!report.progressNotes().isEmpty()) {
            md.append("\n");
            report.progressNotes().forEach(note -> md.append("- ").append(cell(note)).append("\n"));
        }
    }

    /** "procedures and forms: 14/34", the indicator the fewest provinces have done. */
    static String weakest(CutoverReport report) {
        return new ProgressTable(report.indicators()).weakest().map(ProgressTable.Row::figure).orElse("");
    }

    static String thresholds(CutoverReport report) {
        var t = report.thresholds();
        return String.format(Locale.ROOT, "blocked above %s%% rejected rows or below %s%% commune coverage; "
                        + "at risk above %s%% rejected or %s%% split rows or below %s%% coverage",
                t.blockRejectPercent(), t.blockCoveragePercent(), t.riskRejectPercent(), t.riskSplitPercent(),
                t.riskCoveragePercent());
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
