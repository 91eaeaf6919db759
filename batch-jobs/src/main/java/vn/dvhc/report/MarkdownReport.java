package vn.dvhc.report;

import java.util.Locale;
import java.util.stream.Collectors;

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
                .append(" rejected.\n\n");
        md.append("| code | province | status | rows | mapped | split | rejected | agency errors / warnings "
                + "| communes with a code | procedures (tỉnh / xã) | orphans | reasons |\n");
        md.append("|---|---|---|--:|--:|--:|--:|---|---|---|--:|---|\n");
        for (CutoverReport.Province p : report.provinces()) {
            ProvinceFacts.Remap r = p.remap();
            ProvinceFacts.Agencies a = p.agencies();
            ProvinceFacts.Procedures pr = p.procedures();
            md.append("| ").append(p.code()).append(" | ").append(cell(p.name())).append(" | ")
                    .append(p.status().label()).append(" | ")
                    .append(r == null ? "–" : r.rows()).append(" | ")
                    .append(r == null ? "–" : r.mapped() + r.alias()).append(" | ")
                    .append(r == null ? "–" : r.split()).append(" | ")
                    .append(r == null ? "–" : r.rejected()).append(" | ")
                    .append(a == null ? "–" : a.errors() + " / " + a.warnings()).append(" | ")
                    .append(a == null ? "–" : a.communesCovered() + "/" + a.communes()).append(" | ")
                    .append(pr == null ? "–" : pr.byLevel().getOrDefault("tinh", 0) + " / "
                            + pr.byLevel().getOrDefault("xa", 0)).append(" | ")
                    .append(pr == null ? "–" : pr.orphans()).append(" | ")
                    .append(cell(String.join("; ", p.reasons()))).append(" |\n");
        }
        md.append("\nRuns used: ").append(report.runs().isEmpty() ? "none." : report.runs().stream()
                .map(run -> run.kind() + " #" + run.executionId()).collect(Collectors.joining(", ")) + ".")
                .append(" ").append(report.leftOutSummary())
                .append(" Thresholds: ").append(thresholds(report)).append(".\n");
        return md.toString();
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
