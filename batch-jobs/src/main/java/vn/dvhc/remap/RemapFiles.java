package vn.dvhc.remap;

import java.nio.file.Path;

/**
 * The temporary files of a run, in the folders of the output and the rejects file (so the final move is a
 * rename on the same file system): {@code .<name>.dvhc-<job instance>-part<k>.tmp} per partition; part 0
 * becomes the output. They survive a failed run, which resumes from them, and are deleted when the job completes.
 */
record RemapFiles(Path output, Path rejects, long jobInstanceId) {

    Path outputPart(int index) {
        return temp(output, "part" + index);
    }

    Path rejectsPart(int index) {
        return temp(rejects, "part" + index);
    }

    private Path temp(Path file, String what) {
        return file.resolveSibling("." + file.getFileName() + ".dvhc-" + jobInstanceId + "-" + what + ".tmp");
    }
}
