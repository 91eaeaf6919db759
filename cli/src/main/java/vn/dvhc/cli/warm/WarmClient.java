package vn.dvhc.cli.warm;

import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.logging.log4j.LogManager;
import sun.misc.Signal;

import vn.dvhc.cli.option.Environment;
import vn.dvhc.common.Timeline;
import vn.dvhc.error.ExitCode;

/**
 * Hands a short command line to the warm process of this build and prints what it answers (decision 0018); the
 * launchers ask for it with {@code -Ddvhc.warm=FOLDER}. When no warm process takes the command (none runs yet: then one
 * is started for the next commands; it is busy with another; it is of another build), nothing has run and the
 * caller runs the command itself, as it would without one.
 */
public final class WarmClient {

    /**
     * The system property by which the launchers hand a short run to the warm process (unless {@code DVHC_WARM=0}):
     * the folder of its socket.
     */
    public static final String WARM_RUN = "dvhc.warm";

    /** How long a warm process may take to say whether it takes the command; it answers at once unless stuck. */
    private static final long ANSWER_MILLIS = 2_000;

    private WarmClient() {
    }

    /**
     * The folder of the warm process's socket, when the launcher asked for one: a system property of this JVM alone,
     * not an environment variable, which the processes it starts (the home's database server, a warm process) would
     * inherit.
     */
    public static Optional<Path> asked() {
        String folder = System.getProperty(WARM_RUN, "");
        return folder.isBlank() || !Path.of(folder).isAbsolute() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    /**
     * Runs {@code args} in the warm process with this process's folder and environment, printing its output here.
     *
     * @param folder    where the warm process's socket is ({@link #asked})
     * @param mainClass what runs a warm process, started when none runs
     * @return its exit code, or empty when it did not run there
     */
    public static OptionalInt run(List<String> args, Environment environment, Path folder, String mainClass,
                                  PrintStream out, PrintStream err) {
        Map<String, String> variables = environment.variables();
        WarmPlace place = WarmPlace.in(folder).orElse(null);
        if (place == null) {
            return OptionalInt.empty();
        }
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalInt.empty();
        }
        try (Frames frames = new Frames(channel)) {
            try {
                channel.connect(UnixDomainSocketAddress.of(place.socket()));
            } catch (IOException e) {
                // No process of this build listens: one is started for the commands after this one, once this one
                // has run here. Started at once, its JVM took 0.3-0.5 s of the two cores from this command.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> startQuietly(place, mainClass), "warm-start"));
                return OptionalInt.empty();
            }
            List<Instant> starts = "1".equals(variables.get(Environment.PROFILE)) ? Timeline.starts() : null;
            frames.send(new Frames.Request(environment.workingDirectory(), args, variables,
                    starts == null ? null : starts.get(0), starts == null ? null : starts.get(1)));
            if (!taken(frames)) {
                return OptionalInt.empty();
            }
            // From GO on the command is the warm process's: whatever happens, it is never run here as well.
            return OptionalInt.of(output(frames, place, out, err));
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    /** Whether the process took the command; a stuck one is given up (its socket closed) after a while. */
    private static boolean taken(Frames frames) {
        AtomicBoolean answered = new AtomicBoolean();
        CompletableFuture.delayedExecutor(ANSWER_MILLIS, TimeUnit.MILLISECONDS).execute(() -> {
            if (answered.compareAndSet(false, true)) {
                closeQuietly(frames);
            }
        });
        try {
            int answer = frames.readType();
            return answered.compareAndSet(false, true) && answer == Frames.TAKEN;
        } catch (IOException e) {
            return false;
        }
    }

    private static int output(Frames frames, WarmPlace place, PrintStream out, PrintStream err) {
        AtomicBoolean interrupted = new AtomicBoolean();
        try {
            frames.send(Frames.GO);
            Signal.handle(new Signal("INT"), signal -> {
                interrupted.set(true);
                try {
                    frames.send(Frames.INTERRUPT);
                } catch (IOException e) {
                    // The command has ended: its exit code is on its way, or the process is gone.
                    err.println("dvhc: cannot pass on Ctrl-C: " + e.getMessage());
                }
            });
            for (int type = frames.readType(); type != -1; type = frames.readType()) {
                if (type == Frames.OUT) {
                    out.write(frames.readBytes());
                    out.flush();
                } else if (type == Frames.ERR) {
                    err.write(frames.readBytes());
                    err.flush();
                } else if (type == Frames.EXIT) {
                    return frames.readExit();
                }
            }
        } catch (IOException e) {
            // As the end of the stream: the process is gone.
            LogManager.getLogger(WarmClient.class).debug("the warm process's socket: {}", e.getMessage());
        }
        if (interrupted.get()) {
            return ExitCode.INTERRUPTED.value();
        }
        err.println("dvhc: error: the warm process ended during the command (its log: " + place.log()
                + "); run the same command to resume, or with DVHC_WARM=0 to run it in a JVM of its own");
        return ExitCode.JOB_FAILED.value();
    }

    private static void startQuietly(WarmPlace place, String mainClass) {
        try {
            WarmServer.start(place, mainClass);
        } catch (IOException | RuntimeException e) {
            // The command has run: the next ones run in their own JVMs as well.
            LogManager.getLogger(WarmClient.class).debug("cannot start a warm process: {}", e.getMessage());
        }
    }

    private static void closeQuietly(Frames frames) {
        try {
            frames.close();
        } catch (IOException e) {
            // Given up either way: the process finds the client gone when it answers.
            LogManager.getLogger(WarmClient.class).debug("closing the warm process's socket: {}", e.getMessage());
        }
    }
}
