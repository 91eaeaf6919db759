package vn.dvhc.report;

import java.util.Locale;

import vn.dvhc.domain.readiness.ProvinceFacts;
import vn.dvhc.domain.readiness.Readiness;

/**
 * report.html: one self-contained file — inline CSS and SVG, no script, no font, image or link to fetch — readable
 * on screen and printable on A4 (landscape; the table header repeats on every page).
 */
final class HtmlReport {

    private static final String STYLE = """
            body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1b1f23;
                   margin: 24px; font-size: 13px; }
            h1 { font-size: 20px; margin: 0 0 4px; }
            .sub { color: #57606a; margin: 0 0 16px; }
            .national { font-size: 18px; font-weight: 600; margin: 8px 0; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border-bottom: 1px solid #d0d7de; padding: 4px 6px; text-align: left; vertical-align: top; }
            th { background: #f6f8fa; font-weight: 600; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            .status { border-radius: 3px; padding: 1px 6px; white-space: nowrap; font-weight: 600; }
            .ready { background: #dafbe1; color: #116329; }
            .at-risk { background: #fff8c5; color: #7d4e00; }
            .blocked { background: #ffebe9; color: #a40e26; }
            .reasons { color: #57606a; font-size: 12px; }
            .legend span { display: inline-block; margin-right: 12px; }
            .sw { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: middle; }
            @page { size: A4 landscape; margin: 12mm; }
            @media print {
              body { margin: 0; font-size: 10px; }
              thead { display: table-header-group; }
              tr { page-break-inside: avoid; }
            }
            """;
    private static final String MAPPED = "#2da44e";
    private static final String RESOLVED = "#54aeff";
    private static final String SPLIT = "#d4a72c";
    private static final String REJECTED = "#cf222e";

    private HtmlReport() {
    }

    static String write(CutoverReport report) {
        CutoverReport.National n = report.national();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Báo cáo sẵn sàng chuyển đổi — ").append(esc(n.line())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<h1>Báo cáo sẵn sàng chuyển đổi đơn vị hành chính</h1>\n")
                .append("<p class=\"sub\">Cutover readiness report · release ").append(esc(report.releaseId()))
                .append(" in force on ").append(report.asOf()).append(" · generated ")
                .append(esc(report.generatedAt())).append(" by dvhc</p>\n");
        h.append("<p class=\"national\" id=\"national\">").append(esc(n.line())).append(" · ")
                .append(n.atRisk()).append(" at risk (có rủi ro) · ").append(n.blocked())
                .append(" blocked (bị chặn)").append(report.indicators().isEmpty() ? ""
                        : " · weakest indicator: " + esc(MarkdownReport.weakest(report))).append("</p>\n");
        nationalBar(h, n);
        h.append("<p>Remapped rows: ").append(n.rows()).append(" — mapped ").append(n.mapped() + n.alias())
                .append(", in split communes ").append(n.split()).append(esc(n.resolvedText()))
                .append(", rejected ").append(n.rejected())
                .append(n.rejectedUnattributed() > 0 ? " (" + n.rejectedUnattributed() + " with no province)" : "")
                .append(".</p>\n");
        h.append("<p class=\"legend\"><span><i class=\"sw\" style=\"background:").append(MAPPED)
                .append("\"></i>mapped</span><span><i class=\"sw\" style=\"background:").append(RESOLVED)
                .append("\"></i>resolved (law or rule)</span><span><i class=\"sw\" style=\"background:").append(SPLIT)
                .append("\"></i>split</span><span><i class=\"sw\" style=\"background:").append(REJECTED)
                .append("\"></i>rejected</span></p>\n");
        h.append("<table id=\"provinces\">\n<thead><tr><th>Mã</th><th>Tỉnh, thành phố</th><th>Trạng thái</th>")
                .append("<th>Remap coverage</th><th>Rows</th><th>Mapped</th><th>Resolved (law / rule)</th>")
                .append("<th>Split</th><th>Rejected</th>")
                .append("<th>Agency codes (errors / warnings)</th><th>Communes with a code</th>")
                .append("<th>Procedures (tỉnh / xã)</th><th>Orphans</th><th>Reasons</th></tr></thead>\n<tbody>\n");
        for (CutoverReport.Province p : report.provinces()) {
            row(h, p);
        }
        h.append("</tbody>\n</table>\n");
        ProgressSection.write(h, report);
        h.append("<h2 style=\"font-size:15px\">Runs used</h2>\n<ul>\n");
        if (report.runs().isEmpty()) {
            h.append("<li>none: run dvhc remap, dvhc agencies validate and dvhc procedures republish first</li>\n");
        }
        for (CutoverReport.SourceRun run : report.runs()) {
            h.append("<li>").append(esc(run.kind())).append(" #").append(run.executionId()).append(", ")
                    .append(esc(run.finishedAt())).append(": ").append(esc(run.what())).append("</li>\n");
        }
        h.append("</ul>\n<p class=\"reasons\">").append(esc(report.leftOutSummary())).append("</p>\n");
        h.append("<p class=\"reasons\">Thresholds: ").append(esc(MarkdownReport.thresholds(report)))
                .append(".</p>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void row(StringBuilder h, CutoverReport.Province p) {
        ProvinceFacts.Remap r = p.remap();
        ProvinceFacts.Agencies a = p.agencies();
        ProvinceFacts.Procedures pr = p.procedures();
        h.append("<tr class=\"province\" data-code=\"").append(esc(p.code())).append("\"><td>").append(esc(p.code()))
                .append("</td><td>").append(esc(p.name())).append("</td><td><span class=\"status ")
                .append(css(p.status())).append("\">").append(p.status().label()).append("</span></td><td>");
        coverageBar(h, r);
        h.append("</td><td class=\"n\">").append(r == null ? "–" : r.rows())
                .append("</td><td class=\"n\">").append(r == null ? "–" : r.mapped() + r.alias())
                .append("</td><td class=\"n\">")
                .append(r == null ? "–" : r.resolvedByLaw() + " / " + r.resolvedByRule())
                .append("</td><td class=\"n\">").append(r == null ? "–" : r.split())
                .append("</td><td class=\"n\">").append(r == null ? "–" : r.rejected())
                .append("</td><td>").append(a == null ? "–" : a.errors() + " / " + a.warnings())
                .append("</td><td>").append(a == null ? "–" : a.communesCovered() + "/" + a.communes())
                .append("</td><td>").append(pr == null ? "–" : pr.byLevel().getOrDefault("tinh", 0) + " / "
                        + pr.byLevel().getOrDefault("xa", 0))
                .append("</td><td class=\"n\">").append(pr == null ? "–" : pr.orphans())
                .append("</td><td class=\"reasons\">").append(esc(String.join("; ", p.reasons())))
                .append("</td></tr>\n");
    }

    // A 120 × 12 bar: mapped, resolved (by law or by rule), split (still open) and rejected shares of the
    // province's rows, each from its own count (a remainder would show resolved rows as rejected).
    static void coverageBar(StringBuilder h, ProvinceFacts.Remap r) {
        if (r == null || r.rows() == 0) {
            h.append("–");
            return;
        }
        double mapped = 120.0 * (r.mapped() + r.alias()) / r.rows();
        double resolved = 120.0 * (r.resolvedByLaw() + r.resolvedByRule()) / r.rows();
        double split = 120.0 * r.split() / r.rows();
        double rejected = 120.0 * r.rejected() / r.rows();
        h.append("<svg width=\"120\" height=\"12\" viewBox=\"0 0 120 12\" role=\"img\" aria-label=\"")
                .append(String.format(Locale.ROOT, "%.1f%% mapped, %.1f%% resolved, %.1f%% split, %.1f%% rejected",
                        mapped / 1.2, resolved / 1.2, split / 1.2, rejected / 1.2)).append("\">");
        rect(h, 0, mapped, MAPPED);
        rect(h, mapped, resolved, RESOLVED);
        rect(h, mapped + resolved, split, SPLIT);
        rect(h, mapped + resolved + split, rejected, REJECTED);
        h.append("</svg>");
    }

    private static void nationalBar(StringBuilder h, CutoverReport.National n) {
        double total = Math.max(1, n.provinces());
        double ready = 600 * n.ready() / total;
        double risk = 600 * n.atRisk() / total;
        h.append("<svg width=\"600\" height=\"16\" viewBox=\"0 0 600 16\" role=\"img\" aria-label=\"")
                .append(esc(n.line())).append("\">");
        rect(h, 0, ready, MAPPED);
        rect(h, ready, risk, SPLIT);
        rect(h, ready + risk, 600 - ready - risk, REJECTED);
        h.append("</svg>\n");
    }

    private static void rect(StringBuilder h, double x, double width, String colour) {
        if (width > 0) {
            h.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"0\" width=\"%.2f\" height=\"100%%\" fill=\"%s\"/>",
                    x, width, colour));
        }
    }

    private static String css(Readiness status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
