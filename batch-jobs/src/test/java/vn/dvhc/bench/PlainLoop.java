package vn.dvhc.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The yardstick of spec §9: a plain single-threaded loop doing the remap's work — BufferedReader, Commons CSV,
 * a HashMap from old commune code to the seven new columns, CSVPrinter — with nothing else (no job repository,
 * no checks, no rejects, no restart). {@code scripts/bench} runs it beside {@code dvhc remap} on the same file.
 *
 * <pre>java -cp … vn.dvhc.bench.PlainLoop INPUT OUTPUT</pre>
 */
public final class PlainLoop {

    private PlainLoop() {
    }

    public static void main(String[] args) throws IOException {
        long started = System.nanoTime();
        Map<String, String[]> table = table();
        long rows = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            List<String> header = new ArrayList<>(parser.getHeaderNames());
            header.addAll(List.of("new_province_code", "new_province_name", "new_commune_code", "new_commune_name",
                    "new_commune_type", "remap_status", "remap_candidates"));
            printer.printRecord(header);
            int commune = parser.getHeaderNames().indexOf("ma_xa");
            String[] none = {"", "", "", "", "", "UNKNOWN", ""};
            List<String> values = new ArrayList<>(16);
            for (CSVRecord record : parser) {
                values.clear();
                record.forEach(values::add);
                for (String value : table.getOrDefault(record.get(commune).trim(), none)) {
                    values.add(value);
                }
                printer.printRecord(values);
                rows++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%d rows in %.2f s: %.0f rows/s%n", rows, seconds, rows / seconds);
    }

    // Old commune code → the seven new columns, from the built-in 2025-07-01 tables.
    private static Map<String, String[]> table() throws IOException {
        Map<String, String[]> provinces = new HashMap<>();
        for (String[] p : read("new-provinces.csv")) {
            provinces.put(p[0], p);
        }
        Map<String, String[]> communes = new HashMap<>();
        for (String[] c : read("new-communes.csv")) {
            communes.put(c[0], c);
        }
        Map<String, List<String>> targets = new HashMap<>();
        for (String[] m : read("commune-mapping.csv")) {
            if (!m[0].isEmpty()) {
                targets.computeIfAbsent(m[0], k -> new ArrayList<>()).add(m[3]);
            }
        }
        Map<String, String[]> table = new HashMap<>();
        targets.forEach((old, news) -> {
            String[] first = communes.get(news.get(0));
            String[] province = provinces.get(first[3]);
            boolean split = news.size() > 1;
            table.put(old, new String[]{province[0], province[3], split ? "" : first[0], split ? "" : first[4],
                    split ? "" : first[2], split ? "SPLIT" : "MAPPED", String.join("|", news)});
        });
        return table;
    }

    private static List<String[]> read(String name) throws IOException {
        try (InputStream in = PlainLoop.class.getClassLoader().getResourceAsStream("vn/dvhc/catalog/builtin/" + name)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String[]> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                rows.add(lines[i].split(",", -1));
            }
            return rows;
        }
    }
}
