package vn.dvhc.procedures;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * The files of a run under the output directory: {@code <dir>/<new province>/procedures.{csv,xlsx,json}},
 * {@code <dir>/changes.csv}, {@code <dir>/conflicts.csv}, {@code <dir>/summary.json}. Each is written first as a
 * hidden temporary file beside its final name, tagged with the job instance, and moved into place only when the
 * whole run has succeeded: a failed run never leaves a half-written file under a final name.
 */
final class OutputFiles {

    static final List<String> PROVINCE_FILES = List.of("procedures.csv", "procedures.xlsx", "procedures.json");
    static final String CHANGES = "changes.csv";
    static final String CONFLICTS = "conflicts.csv";
    static final String SUMMARY = "summary.json";

    /** Writes one file's content to an output stream. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path dir;
    private final long jobInstanceId;

    OutputFiles(Path dir, long jobInstanceId) {
        this.dir = dir;
        this.jobInstanceId = jobInstanceId;
    }

    Path province(String provinceCode, String name) {
        return dir.resolve(provinceCode).resolve(name);
    }

    Path top(String name) {
        return dir.resolve(name);
    }

    /** Where a file is written before it is moved to {@code target}. */
    Path temp(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + jobInstanceId + ".tmp");
    }

    /** Writes the content to the temporary file of {@code target}. */
    void write(Path target, Content content) {
        Path temp = temp(target);
        try {
            Files.createDirectories(temp.getParent());
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.IO_FAILED, "cannot write " + temp.getFileName() + ": " + e.getMessage(),
                    Location.of(temp), "check the free space and permissions of the output directory, then run the "
                    + "same command again", e);
        }
    }

    boolean written(Path target) {
        return Files.isRegularFile(temp(target));
    }

    /** Moves every temporary file into place, atomically per file where the file system can. */
    List<Path> publish(List<Path> targets) {
        // Refuse before the first move what would stop a later one, so that the set appears whole or not at all.
        for (Path target : targets) {
            if (Files.isDirectory(target)) {
                throw new DvhcException(ErrorCode.OUTPUT_NOT_WRITABLE, "a folder is in the way of an output file",
                        Location.of(target), "move the folder away, then run the same command again");
            }
            if (!written(target)) {
                throw new DvhcException(ErrorCode.IO_FAILED, "the temporary file " + temp(target).getFileName()
                        + " is gone", Location.of(temp(target)), "run the same command again");
            }
        }
        List<Path> moved = new ArrayList<>();
        for (Path target : targets) {
            Path temp = temp(target);
            try {
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    // Some file systems (network shares) cannot rename atomically; the content is complete anyway.
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new DvhcException(ErrorCode.IO_FAILED, "cannot move " + temp.getFileName() + " to "
                        + target.getFileName() + ": " + e.getMessage(), Location.of(target),
                        "check the output directory, then run the same command again", e);
            }
            moved.add(target);
        }
        return moved;
    }
}
