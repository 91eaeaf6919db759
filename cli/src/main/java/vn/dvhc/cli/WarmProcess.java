package vn.dvhc.cli;

import java.io.IOException;
import java.nio.file.Path;

import vn.dvhc.cli.warm.WarmServer;

/**
 * The main class of the warm process that runs short commands of one build (decision 0018, {@link WarmServer}):
 * {@code WarmProcess FOLDER}, started by the first command that finds none.
 */
public final class WarmProcess {

    private WarmProcess() {
    }

    public static void main(String[] args) throws IOException {
        // jOOQ's banner and tips would only clutter the log file (as in Dvhc.main).
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        WarmServer.serve(Path.of(args[0]), (arguments, environment, out, err, interruption) ->
                Dvhc.run(arguments, environment, out, err, context -> context.interruption(interruption)));
        // Threads a command left behind (a pool's housekeeping) must not keep an idle process alive.
        System.exit(0);
    }
}
