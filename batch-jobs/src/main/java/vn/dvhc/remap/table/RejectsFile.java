package vn.dvhc.remap.table;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import vn.dvhc.common.Csv;
import vn.dvhc.common.PartFiles;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * {@code --rejects FILE} of a table remap: one partition's rejected rows in its part of the file
 * ({@link PartFiles}), a CSV row each: the key columns, {@code reason}, {@code detail} (UTF-8, no BOM, ',' and LF,
 * quoted only where needed); partition 0 starts with the header. At every commit the part is forced to disk and its
 * length saved with the counters; a restart cuts it back to that length, and the chunk written after it is written
 * again, to the same bytes, as the table writes are. The finish step joins the parts into the file.
 */
final class RejectsFile implements ItemStreamWriter<RemappedRow> {

    /** Step execution context key: the part's committed length. */
    static final String POSITION = "remapTable.rejects.position";

    private final Path part;
    private final List<String> header;
    private FileChannel channel;

    /**
     * @param header the key columns, as stored, for partition 0; null for the other partitions
     */
    RejectsFile(Path part, List<String> header) {
        this.part = part;
        this.header = header;
    }

    /** The header line's fields: the key columns, then reason and detail. */
    static List<String> header(TableLayout layout) {
        List<String> fields = new ArrayList<>(layout.key());
        fields.add("reason");
        fields.add("detail");
        return fields;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (context.containsKey(POSITION)) {
                PartFiles.cutBack(channel, part, context.getLong(POSITION));
            } else {
                channel.truncate(0);
                if (header != null) {
                    write(line(header));
                }
            }
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.IO_FAILED, "cannot write the temporary file: " + e.getMessage(),
                    Location.of(part), "check the space and permissions of the --rejects folder", e);
        }
    }

    @Override
    public void write(Chunk<? extends RemappedRow> chunk) throws IOException {
        StringBuilder rows = new StringBuilder();
        for (RemappedRow row : chunk) {
            if (row.rejected()) {
                List<String> fields = new ArrayList<>();
                for (Object value : row.key()) {
                    fields.add(SourceRow.keyText(value));
                }
                fields.add(row.reason().name());
                fields.add(row.detail());
                rows.append(line(fields));
            }
        }
        if (!rows.isEmpty()) {
            write(rows.toString());
        }
    }

    @Override
    public void update(ExecutionContext context) {
        // On disk before the commit records it: a recorded length is always there after a kill or a power loss.
        try {
            channel.force(false);
            context.putLong(POSITION, channel.position());
        } catch (IOException e) {
            throw new ItemStreamException("cannot flush " + part, e);
        }
    }

    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            throw new ItemStreamException("cannot close " + part, e);
        } finally {
            channel = null;
        }
    }

    private static String line(List<String> fields) {
        List<String> quoted = fields.stream().map(f -> Csv.quoteIfNeeded(f, ',')).toList();
        return String.join(",", quoted) + "\n";
    }

    private void write(String text) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }
}
