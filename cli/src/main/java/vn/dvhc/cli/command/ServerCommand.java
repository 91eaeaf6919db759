package vn.dvhc.cli.command;

import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import vn.dvhc.cli.logging.Logging;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.infra.embedded.HomeServer;

/**
 * {@code dvhc server}: serves the home's embedded database to the other dvhc processes of that home. Every command
 * starts it when it is not running, so nobody needs to; run it by hand to keep it warm ({@code --idle-timeout 0}).
 */
@Command(name = "server", mixinStandardHelpOptions = true,
        header = "Serve the home's embedded database to the dvhc commands of that home (started automatically).",
        description = {
                "The embedded database of a home (<home>/dvhc.mv.db) is opened by one process only: this one. Every "
                        + "other dvhc command of the home connects to it over the loopback interface, so that many "
                        + "commands can run at once and a killed command never leaves the database to be recovered. "
                        + "Commands start it when it is not running, and it stops after --idle-timeout seconds "
                        + "without a command. A new home is prepared here (schema and built-in releases) and moved "
                        + "into place only when complete.",
                "It listens on 127.0.0.1 only, on a free port, and accepts only the random key written in "
                        + "<home>/dvhc.server (readable by its owner only). Not used with --db."},
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc server --idle-timeout 0      # serve until stopped (Ctrl-C)",
                "  dvhc --home /srv/dvhc server"})
public final class ServerCommand implements Callable<Integer> {

    /** What a command adds when it starts the server for itself (detached from its terminal). */
    public static final String BACKGROUND = "--background";

    @Option(names = "--idle-timeout", paramLabel = "<seconds>", defaultValue = "60",
            description = "Stop after this many seconds without a dvhc command using the database; 0: never. "
                    + "Default: ${DEFAULT-VALUE}.")
    long idleTimeout;

    @Option(names = BACKGROUND, hidden = true,
            description = "Started by another command: ignore the interrupt and hang-up of its terminal.")
    boolean background;

    private final CliContext cli;

    public ServerCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (idleTimeout < 0) {
            throw new DvhcException(ErrorCode.USAGE, "--idle-timeout must be 0 or more seconds", null, null);
        }
        Logging.configure(cli.global(), cli.err(), "server");
        if (cli.global().usesExternalDatabase()) {
            throw new DvhcException(ErrorCode.USAGE, "dvhc server serves the embedded database of a home; with --db "
                    + "every command connects to that database itself", null, "leave out --db (and DVHC_DB)");
        }
        if (background) {
            // Ctrl-C in the terminal of the command that started us is meant for that command, not for the
            // server that other commands of the home may be using.
            Signal.handle(new Signal("INT"), SignalHandler.SIG_IGN);
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                Signal.handle(new Signal("HUP"), SignalHandler.SIG_IGN);
            }
        } else {
            cli.err().println("dvhc server: serving " + cli.global().home().toAbsolutePath().normalize()
                    + (idleTimeout == 0 ? " until stopped" : " until idle for " + idleTimeout + " s"));
            cli.err().flush();
        }
        boolean served = HomeServer.serve(cli.global().home(), Duration.ofSeconds(idleTimeout));
        if (!served && !background) {
            cli.err().println("dvhc server: another process already serves this home");
        }
        return 0;
    }
}
