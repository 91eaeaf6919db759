package vn.dvhc.common;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * The temporary part files a partitioned job writes a file through (docs/decisions/0032): one per partition beside the
 * file, {@code .<name>.dvhc-<job instance>-part<k>.tmp}, so the final move is a rename on the same file system; cut
 * back on restart to the length the last commit recorded; joined in order into part 0, which is then renamed to the
 * file, so the file's name never holds a half-written file.
 */
public final class PartFiles {

    private static final Logger LOG = LogManager.getLogger(PartFiles.class);

    private PartFiles() {
    }

    /** Partition {@code index}'s part of {@code file}, named after the job instance (the same on every restart). */
    public static Path part(Path file, long jobInstanceId, int index) {
        return temp(file, jobInstanceId, "part" + index);
    }

    /** A work file of the job instance beside {@code file}: {@code .<name>.dvhc-<job instance>-<what>.tmp}. */
    public static Path temp(Path file, long jobInstanceId, String what) {
        return file.resolveSibling("." + file.getFileName() + ".dvhc-" + jobInstanceId + "-" + what + ".tmp");
    }

    /** The parts of {@code file} of this job instance that exist now, in name order. */
    public static List<Path> existing(Path file, long jobInstanceId) {
        // Listed and matched by name, not by a glob: a file's name may hold the glob's special characters.
        String prefix = "." + file.getFileName() + ".dvhc-" + jobInstanceId + "-part";
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(".tmp")
                        && name.substring(prefix.length(), name.length() - ".tmp".length()).matches("\\d+");
            }).sorted().toList();
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.IO_FAILED, "cannot list the folder: " + e.getMessage(),
                    Location.of(folder), "check its permissions", e);
        }
    }

    /** Cuts a part back to what the last commit recorded: anything after it was written by a run that died. */
    public static void cutBack(FileChannel channel, Path file, long position) throws IOException {
        if (channel.size() < position) {
            throw new DvhcException(ErrorCode.IO_FAILED, "the temporary file is shorter (" + channel.size()
                    + " bytes) than the last commit recorded (" + position + ")", Location.of(file),
                    "it was changed or cut by something else; run the command again with --rerun to start over");
        }
        channel.truncate(position);
        channel.position(position);
    }

    /**
     * Appends parts 1..n to part 0 (cut back to its committed length first, so that a repeated join gives the same
     * bytes) and renames it to {@code target}. Part 0 missing with a target of the expected length means an earlier
     * join got as far as the rename before it died.
     *
     * @param parts   the partitions' parts, in order
     * @param lengths their committed lengths, in the same order
     */
    public static void join(List<Path> parts, List<Long> lengths, Path target) throws IOException {
        Path first = parts.get(0);
        long total = lengths.stream().mapToLong(Long::longValue).sum();
        if (!Files.exists(first)) {
            if (Files.exists(target) && Files.size(target) == total) {
                return;
            }
            throw new DvhcException(ErrorCode.IO_FAILED, "the temporary file is missing", Location.of(first),
                    "something removed it; run the command again with --rerun to start over");
        }
        try (FileChannel out = FileChannel.open(first, StandardOpenOption.WRITE)) {
            out.truncate(lengths.get(0));
            out.position(lengths.get(0));
            for (int k = 1; k < parts.size(); k++) {
                long length = lengths.get(k);
                try (FileChannel in = FileChannel.open(parts.get(k), StandardOpenOption.READ)) {
                    for (long done = 0; done < length; ) {
                        done += in.transferTo(done, length - done, out);
                    }
                }
            }
            if (parts.size() > 1) {
                out.force(false);
            }
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.IO_FAILED, "cannot write " + first.getFileName() + ": " + e.getMessage(),
                    Location.of(first), "check the space left in " + first.getParent() + ", then run the command again", e);
        }
        FileChannel replaced = holdOpen(target);
        try {
            Files.move(first, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            closeInBackground(replaced);
        }
    }

    /**
     * The file a rename is about to replace, held open: rename(2) then only unlinks it, and the file system frees its
     * blocks when the channel closes instead of inside the rename (about 0.1 s of the job for a 290 MB output on ext4,
     * docs/benchmarks.md). A process killed meanwhile leaves nothing behind: the kernel frees the file when it closes
     * the process's files. Only on POSIX file systems (Windows may refuse to replace an open file); null otherwise,
     * or when there is no such file.
     */
    private static FileChannel holdOpen(Path target) {
        if (!target.getFileSystem().supportedFileAttributeViews().contains("posix") || !Files.isRegularFile(target)) {
            return null;
        }
        try {
            return FileChannel.open(target, StandardOpenOption.READ);
        } catch (IOException e) {
            // Unreadable (or gone meanwhile): the rename replaces it as before, only without the head start.
            LOG.debug("{} is replaced without being held open: {}", target, e.toString());
            return null;
        }
    }

    private static void closeInBackground(FileChannel replaced) {
        if (replaced == null) {
            return;
        }
        Thread closer = new Thread(() -> {
            try {
                replaced.close();
            } catch (IOException e) {
                LOG.warn("could not close the replaced file: {}", e.toString());
            }
        }, "dvhc:replaced-file");
        closer.setDaemon(true);
        closer.start();
    }

    /** The parts of a file, partitions 0 to {@code count - 1}. */
    public static List<Path> parts(Path file, long jobInstanceId, int count) {
        List<Path> parts = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            parts.add(part(file, jobInstanceId, k));
        }
        return parts;
    }
}
