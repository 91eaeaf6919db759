package vn.dvhc.remap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.dvhc.common.PartFiles;

/**
 * The files of a run besides the input.
 * <ul>
 *   <li>{@link #output()} and {@link #rejects()}: where the merge puts the delimited output and rejects; the
 *       user's files for a delimited input, work files for what a workbook run still turns into sheet terms;</li>
 *   <li>the temporary part files, in the folders of those two (so the final move is a rename on the same file
 *       system): {@code .<name>.dvhc-<job instance>-part<k>.tmp} per partition; part 0 becomes the file;</li>
 *   <li>for a workbook input, work files beside the output, {@code .<output name>.dvhc-<job instance>-<what>}: the
 *       sheet as CSV (what the remap steps read), and the job's output and rejects before they are written back in
 *       sheet terms.</li>
 * </ul>
 * They survive a failed or stopped run, which resumes from them, and are deleted when the job completes, when a
 * later run of the same output completes or starts with --rerun, and when the run is refused or abandoned
 * ({@link RemapJob#restartFiles}). Named after the job
 * instance, they are the same on every restart and differ between two runs writing beside the same output.
 */
record RemapFiles(Path output, Path rejects, long jobInstanceId) {

    static RemapFiles of(RemapSettings settings, long jobInstanceId) {
        if (!settings.workbook()) {
            return new RemapFiles(settings.output(), settings.rejects(), jobInstanceId);
        }
        // A CSV output of a workbook is the job's own output; only the rejects are rewritten to cite sheet rows.
        Path output = settings.workbookOutput() ? work(settings, jobInstanceId, "output.csv") : settings.output();
        return new RemapFiles(output, work(settings, jobInstanceId, "rejects.csv"), jobInstanceId);
    }

    /** The delimited text the remap steps read: the input, or the workbook's sheet converted to CSV. */
    static Path source(RemapSettings settings, long jobInstanceId) {
        return settings.workbook() ? work(settings, jobInstanceId, "sheet.csv") : settings.input();
    }

    /** The work files of a workbook run, deleted when it completes; none for a delimited input. */
    static List<Path> workFiles(RemapSettings settings, long jobInstanceId) {
        if (!settings.workbook()) {
            return List.of();
        }
        RemapFiles files = of(settings, jobInstanceId);
        return settings.workbookOutput() ? List.of(source(settings, jobInstanceId), files.output(), files.rejects())
                : List.of(source(settings, jobInstanceId), files.rejects());
    }

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

    private List<Path> existing(Path file) {
        return PartFiles.existing(file, jobInstanceId);
    }

    private Path temp(Path file, String what) {
        return PartFiles.temp(file, jobInstanceId, what);
    }

    private static Path work(RemapSettings settings, long jobInstanceId, String what) {
        Path output = settings.output().toAbsolutePath();
        return output.resolveSibling("." + output.getFileName() + ".dvhc-" + jobInstanceId + "-" + what);
    }
}
