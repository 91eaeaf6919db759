package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import vn.dvhc.cli.warm.WarmClient;

/**
 * dvhc in a child JVM (same class path as the test), for tests that kill processes for real or run several of
 * them at once. Its stderr (the log, with {@code -v}) is read line by line on a thread of its own and kept;
 * {@link #awaitLine} blocks until a line appears, without sleeping. Stdout goes to a file.
 */
final class ChildDvhc implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;
    private final String killText;
    private int killCountdown;
    private boolean ended;

    private ChildDvhc(Process process, String killText, int killOccurrence) {
        this.process = process;
        this.killText = killText;
        this.killCountdown = killOccurrence;
        this.reader = new Thread(this::readErr, "child-" + process.pid() + "-stderr");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code dvhc --home … -v --no-progress <database options> args…} against the target's database. */
    static ChildDvhc start(CliHarness.Target target, Path stdout, List<String> args) {
        return start(target, stdout, args, null, 0);
    }

    /**
     * Starts the child and kills it -9 the moment its stderr shows the n-th line containing the text: the kill comes
     * from the thread that reads the line, with no hand-over in between, so that the child has not gone much further.
     */
    static ChildDvhc startKilledAt(CliHarness.Target target, Path stdout, List<String> args, String text, int occurrence) {
        return start(target, stdout, args, text, occurrence);
    }

    /**
     * Starts the child as a client of the warm process (decision 0018) in {@code folder}, the warm process's socket
     * in {@code runtime/dvhc} (as the launchers choose it in {@code XDG_RUNTIME_DIR}), killed -9 at the n-th stderr
     * line containing the text if given.
     */
    static ChildDvhc startWarm(CliHarness.Target target, Path folder, Path runtime, Path stdout, List<String> args,
                               String killText, int occurrence) {
        return start(target, stdout, args, killText, occurrence, builder -> {
            builder.command().add(1, "-D" + WarmClient.WARM_RUN + "=" + runtime.resolve("dvhc"));
            builder.directory(folder.toFile());
        });
    }

    private static ChildDvhc start(CliHarness.Target target, Path stdout, List<String> args, String killText,
                                   int killOccurrence) {
        return start(target, stdout, args, killText, killOccurrence, builder -> { });
    }

    private static ChildDvhc start(CliHarness.Target target, Path stdout, List<String> args, String killText,
                                   int killOccurrence, Consumer<ProcessBuilder> adjust) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Dvhc.class.getName(),
                "--home", target.home().toString(), "-v", "--no-progress"));
        command.addAll(target.dbArgs());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile());
        builder.environment().putAll(target.env());
        adjust.accept(builder);
        try {
            return new ChildDvhc(builder.start(), killText, killOccurrence);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readErr() {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                if (killText != null && line.contains(killText) && --killCountdown == 0) {
                    process.destroyForcibly();
                }
                synchronized (this) {
                    lines.add(line);
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // The child was killed while we read: what it printed so far is kept.
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    /** Blocks until the n-th stderr line containing the text; false if the child's stderr ended first. */
    synchronized boolean awaitLine(String text, int occurrence) throws InterruptedException {
        int checked = 0;
        int seen = 0;
        while (true) {
            for (; checked < lines.size(); checked++) {
                if (lines.get(checked).contains(text) && ++seen == occurrence) {
                    return true;
                }
            }
            if (ended) {
                return false;
            }
            wait();
        }
    }

    /** kill -9: no shutdown hook, no finally. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("killed child ended").isTrue();
    }

    /** Ctrl-C: SIGINT to the child alone, as a terminal sends it to its foreground process. */
    void interrupt() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -INT %d", process.pid()).isZero();
    }

    long pid() {
        return process.pid();
    }

    /** Waits for the child to exit on its own and returns its exit code. */
    int exitCode() throws InterruptedException {
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("child ended:\n%s", log()).isTrue();
        return process.exitValue();
    }

    /** Waits for the child to end, killed or not. */
    void awaitEnd() throws InterruptedException {
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("child ended:\n%s", log()).isTrue();
    }

    /** Waits at most this long for the child to end by itself (a kill after a random time). */
    void awaitEnd(long millis) throws InterruptedException {
        process.waitFor(millis, TimeUnit.MILLISECONDS);
    }

    synchronized int lineCount() {
        return lines.size();
    }

    synchronized String log() {
        return String.join("\n", lines);
    }

    /** SIGTERM (the worker's shutdown hook stops it), then kill -9 if it lingers. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
