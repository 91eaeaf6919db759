package vn.dvhc.remap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import vn.dvhc.common.PartFiles;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Writes one partition's output rows and reject rows to its temporary files. A commit saves lengths that are on
 * disk, with the counters of the rows before them; a restart cuts the files back to those lengths, so a kill (or a
 * power loss) at any moment leaves no duplicate and no gap. Partition 0 starts with the headers.
 *
 * <p>The bytes of a commit are forced to disk on a thread of the writer's own while the next chunk is read and
 * remapped, and the next commit saves their lengths (and {@link BlockReader} the matching input position): the
 * force, a few milliseconds of waiting per commit, is off the partition's path. The commit that reaches the end of
 * the partition forces its bytes at once and saves the end, so a completed partition always records all its rows.
 */
class PartWriter implements ItemStreamWriter<OutputBlock> {

    private static final Logger LOG = LogManager.getLogger(PartWriter.class);
    static final String OUTPUT_POSITION = "remap.writer.output";
    static final String REJECTS_POSITION = "remap.writer.rejects";
    static final String[] NEW_COLUMNS = {"new_province_code", "new_province_name", "new_commune_code",
            "new_commune_name", "new_commune_type", "remap_status", "remap_candidates"};
    /** After the seven, when split rows may be resolved ({@link RemapSettings#resolvesSplits()}). */
    static final String[] BASIS_COLUMNS = {"remap_basis", "match_note"};

    private final Path input;
    private final InputLayout layout;
    private final Path outputPart;
    private final Path rejectsPart;
    private final boolean first;
    private final int partition;
    private final long partitionEnd;
    private final boolean basisColumns;
    private FileChannel output;
    private FileChannel rejects;
    private PartLock lock;
    private RemapCounts counts;
    /** The sum of the row hashes of the rows written or rejected ({@link RowsDigest}), saved with the counters. */
    private RowsDigest rows;
    /** The input offset after the last block written: the partition's end means the last commit. */
    private long readTo;
    /** Forces the parts to disk in the background; its last task, and the lengths and counters it makes durable. */
    private ExecutorService flusher;
    private Future<?> flushing;
    private ExecutionContext pending;

    PartWriter(Path input, InputLayout layout, RemapFiles files, Partition partition, boolean basisColumns) {
        this.basisColumns = basisColumns;
        this.input = input;
        this.layout = layout;
        this.outputPart = files.outputPart(partition.index());
        this.rejectsPart = files.rejectsPart(partition.index());
        this.first = partition.index() == 0;
        this.partition = partition.index();
        this.partitionEnd = partition.end();
        this.readTo = partition.start();
    }

    @Override
    public void open(ExecutionContext context) {
        counts = RemapCounts.load(context);
        rows = RowsDigest.load(context, null);
        readTo = context.containsKey(BlockReader.OFFSET) ? context.getLong(BlockReader.OFFSET) : readTo;
        pending = null;
        flushing = null;
        flusher = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "remap-flush-" + partition);
            thread.setDaemon(true);
            return thread;
        });
        try {
            output = FileChannel.open(outputPart, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = PartLock.acquire(outputPart, output);
            rejects = FileChannel.open(rejectsPart, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (context.containsKey(OUTPUT_POSITION)) {
                LOG.info("partition {}: resuming after {} rows committed", partition, counts.read);
                PartFiles.cutBack(output, outputPart, context.getLong(OUTPUT_POSITION));
                PartFiles.cutBack(rejects, rejectsPart, context.getLong(REJECTS_POSITION));
            } else {
                output.truncate(0);
                rejects.truncate(0);
                if (first) {
                    writeHeaders();
                }
            }
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.IO_FAILED, "cannot write the temporary file: " + e.getMessage(),
                    Location.of(outputPart), "check the space and permissions of the output folder", e);
        }
    }

    private void writeHeaders() throws IOException {
        byte[] header;
        try (FileChannel in = FileChannel.open(input, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) layout.headerEnd());
            while (buffer.hasRemaining() && in.read(buffer, buffer.position()) > 0) {
                continue;
            }
            header = buffer.array();
        }
        byte delimiter = (byte) layout.delimiter();
        byte[] terminator = layout.terminator().getBytes(StandardCharsets.US_ASCII);
        ByteSink out = new ByteSink(header.length + 256);
        out.write(header);
        for (String column : AddressRows.columns(layout, List.of(NEW_COLUMNS), basisColumns)) {
            out.write(delimiter);
            out.write(column.getBytes(StandardCharsets.US_ASCII));
        }
        out.write(terminator);
        ByteSink rej = new ByteSink(header.length + 64);
        rej.write(header, 0, layout.bomLength());
        for (String column : new String[]{"line", "reason", "detail"}) {
            rej.write(column.getBytes(StandardCharsets.US_ASCII));
            rej.write(delimiter);
        }
        rej.write(header, layout.bomLength(), header.length - layout.bomLength());
        rej.write(terminator.length == 0 ? new byte[]{'\n'} : terminator);
        write(output, out);
        write(rejects, rej);
    }

    @Override
    public void write(Chunk<? extends OutputBlock> chunk) throws IOException {
        for (OutputBlock block : chunk) {
            write(output, block.output);
            write(rejects, block.rejects);
            counts.add(block.counts);
            rows.add(block.rows);
            readTo = block.endOffset;
        }
    }

    private static void write(FileChannel channel, ByteSink bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes.bytes(), 0, bytes.length());
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    @Override
    public void update(ExecutionContext context) {
        // Durable before a commit records it: the lengths saved are always on disk.
        awaitFlush();
        ExecutionContext now = new ExecutionContext();
        try {
            now.putLong(OUTPUT_POSITION, output.position());
            now.putLong(REJECTS_POSITION, rejects.position());
        } catch (IOException e) {
            throw new ItemStreamException("cannot read the length of " + outputPart, e);
        }
        counts.save(now);
        rows.save(now);
        ExecutionContext saved;
        if (readTo >= partitionEnd) {
            force();
            saved = now;
            pending = null;
        } else {
            saved = pending;
            pending = now;
            flushing = flusher.submit(this::force);
        }
        if (saved != null) {
            putAll(saved, context);
            LOG.info("partition {}: committed {} rows ({} written, {} rejected)", partition,
                    saved.getLong(RemapCounts.READ_KEY), saved.getLong(RemapCounts.WRITTEN_KEY),
                    saved.getLong(RemapCounts.REJECTED_KEY));
        }
    }

    static void putAll(ExecutionContext from, ExecutionContext into) {
        for (Map.Entry<String, Object> entry : from.entrySet()) {
            into.put(entry.getKey(), entry.getValue());
        }
    }

    private void force() {
        try {
            output.force(false);
            rejects.force(false);
        } catch (IOException e) {
            throw new ItemStreamException("cannot flush " + outputPart, e);
        }
    }

    private void awaitFlush() {
        if (flushing == null) {
            return;
        }
        try {
            flushing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ItemStreamException("interrupted while flushing " + outputPart, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof ItemStreamException failed ? failed
                    : new ItemStreamException("cannot flush " + outputPart, e.getCause());
        } finally {
            flushing = null;
        }
    }

    @Override
    public void close() {
        try {
            // A failed step's last flush may still be running: it must not find its channels closed.
            awaitFlush();
        } catch (ItemStreamException e) {
            LOG.warn("partition {}: {}", partition, e.getMessage());
        } finally {
            if (flusher != null) {
                flusher.shutdown();
                flusher = null;
            }
        }
        try {
            if (lock != null) {
                lock.close();
            }
            if (output != null) {
                output.close();
            }
            if (rejects != null) {
                rejects.close();
            }
        } catch (IOException e) {
            throw new ItemStreamException("cannot close " + outputPart, e);
        } finally {
            lock = null;
            output = null;
            rejects = null;
        }
    }
}
