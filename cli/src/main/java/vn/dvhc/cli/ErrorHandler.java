package vn.dvhc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.logging.log4j.LogManager;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.ExitCode;
import vn.dvhc.infra.embedded.DamagedStore;
import vn.dvhc.infra.embedded.HomeFiles;

/**
 * Prints every failure once, on stderr, as {@code dvhc: error: <where>: <what>}, then the causes, then what to
 * do. The stack trace only with {@code -v} (it always goes to the log file). An exception that is not a
 * {@link DvhcException} is a bug: exit 5 with a request to report it.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final Dvhc root;

    ErrorHandler(Dvhc root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        DvhcException known = DvhcException.find(e);
        Optional<Path> home = root.global().knownHome();
        if (known == null && !root.global().usesExternalDatabase() && home.isPresent()) {
            known = DamagedStore.find(new HomeFiles(home.get()), e);
        }
        if (known == null) {
            known = new DvhcException(ErrorCode.INTERNAL_ERROR, "internal error: " + e, null,
                    "this is a bug in dvhc: please report it" + home.map(folder -> " with the log "
                            + folder.toAbsolutePath().resolve("logs").resolve("dvhc.log")).orElse(""), e);
        }
        LogManager.getLogger(ErrorHandler.class).debug("command failed", e);
        print(err, known, root.global().verbose(), e);
        return known.exitCode().value();
    }

    static void print(PrintWriter err, DvhcException error, boolean verbose, Throwable original) {
        if (error.code() == ErrorCode.INTERRUPTED) {
            // What the user asked for, not an error: no causes, no stack trace.
            err.println("dvhc: " + error.describe());
            err.flush();
            return;
        }
        err.println("dvhc: error: " + error.describe());
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            String message = firstLine(cause.getMessage());
            if (!message.isBlank() && !error.getMessage().contains(message)) {
                err.println("  caused by: " + message);
            }
        }
        if (error.hint() != null) {
            err.println("  hint: " + error.hint());
        }
        if (verbose) {
            original.printStackTrace(err);
        }
        err.flush();
    }

    // Exception messages of libraries can hold whole stack traces: one line of at most 300 characters is enough here.
    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("dvhc: error: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE.value();
    }
}
