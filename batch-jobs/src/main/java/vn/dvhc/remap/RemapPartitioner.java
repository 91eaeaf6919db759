package vn.dvhc.remap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the data records into byte ranges of about equal size. Each boundary is moved to the next record
 * start with the same scanner the readers use (one sequential pass, no validation), so quoted line breaks
 * never cut a record, and each partition knows the physical line it starts on.
 */
class RemapPartitioner implements Partitioner {

    static final String PARTITION = "partition";

    private final Path input;
    private final InputLayout layout;

    RemapPartitioner(Path input, InputLayout layout) {
        this.input = input;
        this.layout = layout;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        long start = layout.dataStart();
        long size = layout.inputBytes();
        int parts = (int) Math.max(1, Math.min(gridSize, (size - start) / (1 << 16) + 1));
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        try (FileChannel channel = FileChannel.open(input, StandardOpenOption.READ)) {
            RecordScanner scanner = new RecordScanner(channel, input.toString(), start, size, layout.dataLine(),
                    (byte) layout.delimiter(), layout.fieldCount(), null);
            long from = start;
            long fromLine = layout.dataLine();
            for (int k = 0; k < parts; k++) {
                long to = size;
                long toLine = 0;
                if (k < parts - 1) {
                    scanner.advanceTo(start + (size - start) * (k + 1) / parts);
                    to = scanner.offset();
                    toLine = scanner.line();
                }
                partitions.put(PARTITION + k, new Partition(k, from, to, fromLine).toContext());
                from = to;
                fromLine = toLine;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input, e);
        }
        return partitions;
    }
}
