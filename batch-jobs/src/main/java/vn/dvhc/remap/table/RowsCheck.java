package vn.dvhc.remap.table;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import vn.dvhc.common.PartFiles;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * The end of a table remap: every row read is in the target or in the rejects (the table, or the parts of the
 * {@code --rejects} file), and nothing else is, counted in the tables and the file themselves; then the file's parts
 * are joined and moved into place ({@link PartFiles#join}), so that a run that fails this check leaves no file under
 * the name. Repeated whole after a kill: the counts and the join give the same result again.
 */
final class RowsCheck {

    private final TableSource db;
    private final TableLayout layout;
    private final TableSettings settings;

    RowsCheck(TableSource db, TableLayout layout, TableSettings settings) {
        this.db = db;
        this.layout = layout;
        this.settings = settings;
    }

    /**
     * @param rejectsLengths each partition's committed length of its part of the rejects file, in order
     */
    void check(TableCounts counts, long jobInstanceId, List<Long> rejectsLengths) throws IOException {
        if (counts.read != counts.written + counts.rejected) {
            throw new IllegalStateException("rows read (" + counts.read + ") ≠ written (" + counts.written
                    + ") + rejected (" + counts.rejected + ")");
        }
        TargetTable tables = new TargetTable(db, layout);
        boolean inPlace = layout.target().equals(layout.source());
        String status = layout.columns().stream().filter(c -> c.equalsIgnoreCase("remap_status")).findFirst()
                .orElseThrow();
        long source = tables.count(layout.source(), null);
        long written = tables.count(layout.target(), inPlace ? status : null);
        List<Path> parts = settings.rejectsToFile()
                ? PartFiles.parts(settings.rejectsFile(), jobInstanceId, rejectsLengths.size()) : List.of();
        long rejected = settings.rejectsToFile() ? records(parts, rejectsLengths)
                : tables.count(layout.rejects(), null);
        String rejects = settings.rejectsToFile() ? settings.rejectsFile().toString() : layout.rejects().toString();
        if (source != counts.read || written != counts.written || rejected != counts.rejected) {
            throw new DvhcException(ErrorCode.JOB_FAILED, "the tables do not hold what was read: " + layout.source()
                    + " has " + source + " rows and " + counts.read + " were read; " + layout.target() + " holds "
                    + written + " remapped rows for " + counts.written + " written; " + rejects + " holds "
                    + rejected + " for " + counts.rejected + " rejected", null,
                    "was the source table changed during the run? run the same command with --rerun");
        }
        if (settings.rejectsToFile()) {
            PartFiles.join(parts, rejectsLengths, settings.rejectsFile());
            for (Path part : parts.subList(1, parts.size())) {
                Files.deleteIfExists(part);
            }
        }
    }

    // The CSV records of the parts up to their committed lengths, the header of part 0 not counted; or of the file,
    // when an earlier finish got as far as the move. A record ends at a line feed outside quotes (RejectsFile quotes
    // every field that holds one; a doubled quote inside a field toggles twice).
    private long records(List<Path> parts, List<Long> lengths) throws IOException {
        Path file = settings.rejectsFile();
        if (!Files.exists(parts.get(0)) && Files.exists(file)) {
            return lineFeeds(file, Files.size(file)) - 1;
        }
        long records = -1;
        for (int k = 0; k < parts.size(); k++) {
            records += lineFeeds(parts.get(k), lengths.get(k));
        }
        return records;
    }

    private static long lineFeeds(Path part, long length) throws IOException {
        long count = 0;
        boolean quoted = false;
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        try (FileChannel in = FileChannel.open(part, StandardOpenOption.READ)) {
            for (long done = 0; done < length; ) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), length - done));
                int n = in.read(buffer, done);
                if (n < 0) {
                    throw new DvhcException(ErrorCode.IO_FAILED, "the temporary file is shorter than its last commit "
                            + "recorded (" + length + " bytes)", Location.of(part),
                            "run the same command with --rerun to start over");
                }
                for (int i = 0; i < n; i++) {
                    byte b = buffer.get(i);
                    if (b == '"') {
                        quoted = !quoted;
                    } else if (b == '\n' && !quoted) {
                        count++;
                    }
                }
                done += n;
            }
        }
        return count;
    }
}
