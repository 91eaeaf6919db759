package vn.dvhc.remap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import vn.dvhc.common.ProgressSink;

/**
 * Reads one partition of the input ({@code [start, end)}, aligned on record starts) as blocks of records. Its
 * position (byte offset and line) is saved at each commit; a restart seeks there. The {@link RowsDigest} of the rows
 * is added up by {@link BlockRemapper} and saved by {@link PartWriter}. Like the writer, whose output it must match,
 * a commit saves the
 * position of the commit before it (whose output is on disk by then), and the partition's end as soon as it is
 * reached.
 */
class BlockReader implements ItemStreamReader<RecordBlock> {

    static final String OFFSET = "remap.reader.offset";
    static final String LINE = "remap.reader.line";

    private final Path input;
    private final InputLayout layout;
    private final TextEncoding encoding;
    private final Partition partition;
    private final int blockRows;
    private final ProgressSink progress;
    private FileChannel channel;
    private RecordScanner scanner;
    /** The position to save at the next commit, taken at this one; null before the first. */
    private ExecutionContext pending;

    BlockReader(Path input, InputLayout layout, TextEncoding encoding, Partition partition, int blockRows,
                ProgressSink progress) {
        this.input = input;
        this.layout = layout;
        this.encoding = encoding;
        this.partition = partition;
        this.blockRows = blockRows;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext context) {
        long offset = context.containsKey(OFFSET) ? context.getLong(OFFSET) : partition.start();
        long line = context.containsKey(LINE) ? context.getLong(LINE) : partition.line();
        try {
            channel = FileChannel.open(input, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new ItemStreamException("cannot open " + input, e);
        }
        scanner = new RecordScanner(channel, input.toString(), offset, partition.end(), line,
                (byte) layout.delimiter(), layout.fieldCount(), encoding, layout.wantedColumns());
        pending = null;
        progress.advance(offset - partition.start(), 0);
    }

    @Override
    public RecordBlock read() {
        try {
            long before = scanner.offset();
            RecordBlock block = scanner.next(blockRows);
            if (block != null) {
                progress.advance(block.endOffset - before, block.count);
            }
            return block;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input, e);
        }
    }

    @Override
    public void update(ExecutionContext context) {
        ExecutionContext now = new ExecutionContext();
        now.putLong(OFFSET, scanner.offset());
        now.putLong(LINE, scanner.line());
        if (scanner.offset() >= partition.end()) {
            PartWriter.putAll(now, context);
            pending = null;
        } else {
            if (pending != null) {
                PartWriter.putAll(pending, context);
            }
            pending = now;
        }
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                throw new ItemStreamException("cannot close " + input, e);
            }
            channel = null;
        }
    }
}
