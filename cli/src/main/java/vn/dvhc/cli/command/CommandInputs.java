package vn.dvhc.cli.command;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import vn.dvhc.common.JobParams;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/** Checks of command-line values that several commands share, each failing with the documented exit code. */
final class CommandInputs {

    private CommandInputs() {
    }

    /** An existing readable file, as an absolute path. */
    static Path readable(Path file, String option) {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            boolean exists = Files.exists(path);
            throw new DvhcException(exists ? ErrorCode.INPUT_UNREADABLE : ErrorCode.INPUT_NOT_FOUND,
                    exists ? "not a readable file" : "file not found", Location.of(path), "check " + option);
        }
        return path;
    }

    /**
     * An existing file or folder (an input that may be either, as a reference import's), as an absolute path. The
     * error names the path as given, and its hint no option: the path may have come as --input or as the positional
     * argument.
     */
    static Path existing(Path fileOrFolder) {
        Path path = fileOrFolder.toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new DvhcException(ErrorCode.INPUT_NOT_FOUND, "no such file or folder", Location.of(fileOrFolder),
                    "check the path");
        }
        return path;
    }

    /** A file to write: its folder exists (it is created) and is writable. */
    static Path writableFile(Path file, String option) {
        Path path = file.toAbsolutePath().normalize();
        Path dir = path.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.OUTPUT_NOT_WRITABLE, "cannot create the folder: " + e.getMessage(),
                    Location.of(dir), "choose another " + option, e);
        }
        if (!Files.isWritable(dir) || Files.isDirectory(path)) {
            throw new DvhcException(ErrorCode.OUTPUT_NOT_WRITABLE, Files.isDirectory(path)
                    ? "a folder is in the way" : "cannot write in the folder", Location.of(path),
                    "choose another " + option);
        }
        return path;
    }

    /**
     * A file a job will write, checked as {@link #writableFile}; an existing file is replaced only with
     * {@code --overwrite} or when an earlier run of the same job wrote it (a restart or re-run is not an overwrite).
     */
    static Path newFile(Path file, String option, boolean overwrite, Predicate<Path> writtenByThisJob) {
        Path path = writableFile(file, option);
        if (!overwrite && Files.exists(path) && !writtenByThisJob.test(path)) {
            throw new DvhcException(ErrorCode.OUTPUT_EXISTS, "the file exists and no earlier run of this command wrote it",
                    Location.of(path), "choose another " + option + ", or add --overwrite to replace it");
        }
        return path;
    }

    /**
     * The parameters of a run, with the file the command writes from its result ({@link JobParams#RESULT_FILE}),
     * when there is one.
     */
    static JobParameters withResultFile(JobParameters parameters, Path file) {
        return file == null ? parameters : new JobParametersBuilder(parameters)
                .addString(JobParams.RESULT_FILE, file.toString(), false).toJobParameters();
    }

    /**
     * The input given as {@code --input} (every command's convention) or, as the first releases took it, as a
     * positional argument: exactly one of the two.
     */
    static Path input(Path option, Path positional) {
        if (option != null && positional != null) {
            throw new DvhcException(ErrorCode.USAGE, "the input is given twice: --input " + option + " and " + positional,
                    null, "give it once, as --input FILE");
        }
        if (option == null && positional == null) {
            throw new DvhcException(ErrorCode.USAGE, "missing required option: '--input=<file>'", null,
                    "e.g. --input agencies.csv");
        }
        return option != null ? option : positional;
    }

    /** A folder to write in, created if missing, as an absolute path. */
    static Path writableFolder(Path folder, String option) {
        Path dir = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.OUTPUT_NOT_WRITABLE, "cannot create the folder: " + e.getMessage(),
                    Location.of(dir), "choose another " + option, e);
        }
        if (!Files.isWritable(dir)) {
            throw new DvhcException(ErrorCode.OUTPUT_NOT_WRITABLE, "cannot write in the folder", Location.of(dir),
                    "choose another " + option);
        }
        return dir;
    }

    /**
     * A folder a job will create if missing, as an absolute path: it is a writable folder, or the nearest thing
     * above it that exists is a writable folder. Creates nothing, so a run that fails before writing (a bad input
     * read by the job) leaves no empty folder behind.
     */
    static Path folderToCreate(Path folder, String option) {
        Path dir = folder.toAbsolutePath().normalize();
        Path existing = dir;
        while (!Files.exists(existing) && existing.getParent() != null) {
            existing = existing.getParent();
        }
        if (!Files.isDirectory(existing)) {
            throw new DvhcException(ErrorCode.OUTPUT_NOT_WRITABLE, "a file is in the way of the folder",
                    Location.of(existing), "choose another " + option);
        }
        if (!Files.isWritable(existing)) {
            throw new DvhcException(ErrorCode.OUTPUT_NOT_WRITABLE, "cannot write in the folder", Location.of(existing),
                    "choose another " + option);
        }
        return dir;
    }

    static Charset charset(String encoding) {
        try {
            return Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new DvhcException(ErrorCode.USAGE, "--encoding '" + encoding + "' is not a known character set",
                    null, "e.g. UTF-8 or windows-1258", e);
        }
    }
}
