package vn.dvhc.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import vn.dvhc.domain.readiness.ProgressTable;

/**
 * The national progress table of report.html: one row per indicator with its N/34, the provinces missing it and an
 * inline SVG chart of N/34 over the reports made so far (x: the as-of dates to scale, y: 0 to the number of
 * provinces). Static markup only, so it prints as it shows.
 */
final class ProgressSection {

    private static final int WIDTH = 220;
    private static final int HEIGHT = 56;
    private static final int PAD = 6;
    private static final String LINE = "#0969da";

    private ProgressSection() {
    }

    static void write(StringBuilder h, CutoverReport report) {
        if (report.indicators().isEmpty()) {
            return;
        }
        h.append("<h2 style=\"font-size:15px\">Tiến độ — national progress, as of ").append(report.asOf())
                .append("</h2>\n<table id=\"progress\">\n<thead><tr><th>Indicator</th><th>Source</th>")
                .append("<th>Done</th><th>Over time</th><th>Missing</th></tr></thead>\n<tbody>\n");
        for (ProgressTable.Row row : report.indicators()) {
            h.append("<tr class=\"indicator\" data-id=\"").append(HtmlReport.esc(row.id())).append("\"><td>")
                    .append(HtmlReport.esc(row.label())).append("<br><span class=\"reasons\">")
                    .append(HtmlReport.esc(row.id())).append("</span></td><td>").append(row.source())
                    .append("</td><td class=\"n\">").append(row.done()).append("/").append(row.total())
                    .append("</td><td>");
            chart(h, row);
            h.append("</td><td class=\"reasons\">").append(HtmlReport.esc(row.missing().stream()
                    .map(p -> p.code() + " " + p.name()).collect(Collectors.joining(", ")))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        for (String note : report.progressNotes()) {
            h.append("<p class=\"reasons\">").append(HtmlReport.esc(note)).append("</p>\n");
        }
    }

    // A line through the counts of the reports, dated to scale; one report is a dot.
    static void chart(StringBuilder h, ProgressTable.Row row) {
        List<ProgressTable.Point> points = row.history();
        LocalDate first = points.get(0).asOf();
        long days = Math.max(1, ChronoUnit.DAYS.between(first, points.get(points.size() - 1).asOf()));
        int total = Math.max(1, row.total());
        h.append("<svg class=\"chart\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(HtmlReport.esc(points.stream()
                        .map(p -> p.asOf() + ": " + p.done() + "/" + row.total()).collect(Collectors.joining("; "))))
                .append("\">");
        h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f6f8fa\" "
                + "stroke=\"#d0d7de\"/>", PAD, PAD, WIDTH - 2 * PAD, HEIGHT - 2 * PAD - 10));
        StringBuilder line = new StringBuilder();
        for (ProgressTable.Point p : points) {
            double x = points.size() == 1 ? WIDTH / 2.0
                    : PAD + (WIDTH - 2.0 * PAD) * ChronoUnit.DAYS.between(first, p.asOf()) / days;
            double y = HEIGHT - PAD - 10 - (HEIGHT - 2.0 * PAD - 10) * p.done() / total;
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            h.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>", x, y, LINE));
        }
        if (points.size() > 1) {
            h.append("<polyline fill=\"none\" stroke=\"").append(LINE).append("\" stroke-width=\"1.5\" points=\"")
                    .append(line.toString().trim()).append("\"/>");
        }
        h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"9\" fill=\"#57606a\">%s</text>",
                PAD, HEIGHT - 2, first));
        if (points.size() > 1) {
            h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"9\" fill=\"#57606a\" "
                    + "text-anchor=\"end\">%s</text>", WIDTH - PAD, HEIGHT - 2, points.get(points.size() - 1).asOf()));
        }
        h.append("</svg>");
    }
}
