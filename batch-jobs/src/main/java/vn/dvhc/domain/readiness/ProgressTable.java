package vn.dvhc.domain.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The national progress table: for each indicator, how many of the new provinces have done it ("17/34"), which
 * have not, and the figures of the earlier reports. Field names of {@link Row} are the report JSON's (stable).
 */
public record ProgressTable(List<Row> rows) {

    public ProgressTable {
        rows = List.copyOf(rows);
    }

    /** One indicator: {@code source} is derived or checklist; {@code history} oldest first, this report's last. */
    public record Row(String id, String label, String source, int done, int total, List<Province> missing,
                      List<Point> history) {

        public Row {
            missing = List.copyOf(missing);
            history = List.copyOf(history);
        }

        /** "procedures and forms: 14/34". */
        public String figure() {
            return label + ": " + done + "/" + total;
        }
    }

    /** A province that has not done the indicator. */
    public record Province(String code, String name) {
    }

    /** The count of a report made as of a date. */
    public record Point(LocalDate asOf, int done) {
    }

    /**
     * The table on a date.
     *
     * @param provinces code → name of every new province, in the table's order
     * @param done      indicator id → the provinces that had done it by then
     * @param history   indicator id → the counts of earlier reports as of dates up to {@code asOf} (one as of
     *                  {@code asOf} itself gives way to this table's)
     */
    public static ProgressTable of(Map<String, String> provinces, List<Indicator> indicators,
                                   Map<String, Set<String>> done, Map<String, List<Point>> history, LocalDate asOf) {
        List<Row> rows = new ArrayList<>();
        for (Indicator indicator : indicators) {
            Set<String> doneBy = done.getOrDefault(indicator.id(), Set.of());
            List<Province> missing = new ArrayList<>();
            int count = 0;
            for (Map.Entry<String, String> province : provinces.entrySet()) {
                if (doneBy.contains(province.getKey())) {
                    count++;
                } else {
                    missing.add(new Province(province.getKey(), province.getValue()));
                }
            }
            List<Point> points = new ArrayList<>();
            for (Point earlier : history.getOrDefault(indicator.id(), List.of())) {
                if (!earlier.asOf().equals(asOf)) {
                    points.add(earlier);
                }
            }
            points.add(new Point(asOf, count));
            points.sort(Comparator.comparing(Point::asOf));
            rows.add(new Row(indicator.id(), indicator.label(), indicator.source().label(), count, provinces.size(),
                    missing, points));
        }
        return new ProgressTable(rows);
    }

    /** The indicator the fewest provinces have done (the first of the table among equals); empty without rows. */
    public Optional<Row> weakest() {
        return rows.stream().min(Comparator.comparingInt(Row::done));
    }
}
