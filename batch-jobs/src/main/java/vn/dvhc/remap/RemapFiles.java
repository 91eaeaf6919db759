package vn.dvhc.remap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * The temporary files of a run, in the folders of the output and the rejects file (so the final move is a
 * rename on the same file system): {@code .<name>.dvhc-<job instance>-part<k>.tmp} per partition; part 0
 * becomes the output. They survive a failed or stopped run, which resumes from them, and are deleted when the job
 * completes, when a later run of the same output completes or starts with --rerun, and when the run is refused or
 * abandoned ({@link RemapJob#restartFiles}).
 */
record RemapFiles(Path output, Path rejects, long jobInstanceId) {

    Path outputPart(int index) {
        return temp(output, "part" + index);
    }

    Path rejectsPart(int index) {
        return temp(rejects, "part" + index);
    }

    /** The part files of this job instance that exist now, output's then rejects'. */
    List<Path> existing() {
        List<Path> parts = new ArrayList<>();
        parts.addAll(existing(output));
        parts.addAll(existing(rejects));
        return parts;
    }

    // Listed and matched by name, not by a glob: an output's name may hold the glob's special characters.
    private List<Path> existing(Path file) {
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

    private Path temp(Path file, String what) {
        return file.resolveSibling("." + file.getFileName() + ".dvhc-" + jobInstanceId + "-" + what + ".tmp");
    }
}
