package vn.dvhc.remap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.dvhc.common.ProgressSink;
import vn.dvhc.testing.BuiltInChain;

/**
 * Test helper: a file through the production pieces of one partition, without Spring Batch or a database: the
 * inspector finds the layout, the reader reads every record, the remapper remaps them against the built-in chain
 * (pre-2025 → 2026-04-30).
 */
final class RemapRows {

    /** What came out: the output rows and reject rows as text (no headers), the counters, the rows' digest. */
    record Result(String output, String rejects, RemapCounts counts, ExecutionContext digestContext) {
    }

    private static final Map<String, RemapTable> TABLES = new HashMap<>();

    private RemapRows() {
    }

    static Result remap(Path file, String encoding, boolean padCodes, OnSplit onSplit) throws IOException {
        TextEncoding text = TextEncoding.of(encoding);
        RemapSettings settings = new RemapSettings(file, "unused", file.resolveSibling("out.csv"),
                file.resolveSibling("out.csv.rejects.csv"), null, null, null, "pre-2025", "2026-04-30", null,
                onSplit, null, encoding, 1000, 1, RemapSettings.FailOn.NEVER, null, 0, padCodes, null, false, null);
        InputLayout layout = InputInspector.inspect(settings, text);
        RemapTable table = table(text, layout.delimiter(), onSplit);
        BlockReader reader = new BlockReader(file, layout, text, new Partition(0, layout.dataStart(), Files.size(file),
                layout.dataLine()), 1000, ProgressSink.NONE);
        BlockRemapper remapper = new BlockRemapper(table, null, layout, text, padCodes);
        ExecutionContext context = new ExecutionContext();
        reader.open(context);
        StringBuilder output = new StringBuilder();
        StringBuilder rejects = new StringBuilder();
        RemapCounts counts = new RemapCounts();
        RowsDigest rows = new RowsDigest(null);
        try {
            for (RecordBlock block = reader.read(); block != null; block = reader.read()) {
                OutputBlock out = remapper.process(block);
                output.append(new String(out.output.bytes(), 0, out.output.length(), text.charset()));
                rejects.append(new String(out.rejects.bytes(), 0, out.rejects.length(), text.charset()));
                counts.add(out.counts);
                rows.add(out.rows);
            }
            rows.save(context);
        } finally {
            reader.close();
        }
        return new Result(output.toString(), rejects.toString(), counts, context);
    }

    static synchronized RemapTable table(TextEncoding encoding, char delimiter, OnSplit onSplit) {
        return TABLES.computeIfAbsent(encoding.charset().name() + delimiter + onSplit,
                k -> RemapTable.build(BuiltInChain.table(), onSplit, encoding, delimiter, false));
    }
}
