package vn.dvhc.cli.warm;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import vn.dvhc.cli.option.Environment;
import vn.dvhc.cli.run.Interruption;
import vn.dvhc.common.Timeline;
import vn.dvhc.error.ExitCode;

/**
 * The warm process's work: it runs the short commands of one build, one at a time, handed over by {@link WarmClient}
 * (decision 0018), so that a command finds its classes loaded and its code compiled by the commands before it.
 * Started by the first client that finds none, it ends after {@link #IDLE} without a command, or after the command
 * it runs when its jar has changed.
 * <p>
 * A command here must die as a command in its own JVM dies: when its client goes away (kill -9, a closed terminal)
 * the process halts at once, leaving the job as a killed process leaves it, for the same command to resume. So a
 * command is only ever run while its client is there to see it end.
 */
public final class WarmServer {

    /** Runs one command line, as {@code Dvhc.run} does, with Ctrl-C routed to the given interruption. */
    @FunctionalInterface
    public interface Commands {
        int run(String[] args, Environment environment, PrintWriter out, PrintWriter err, Interruption interruption);
    }

    /** How long the process waits for a command before it ends. */
    static final Duration IDLE = Duration.ofSeconds(120);

    private final ServerSocketChannel server;
    private final Duration idle;
    private final String build;
    private final Commands commands;
    private final Selector selector;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile long lastCommandEnded = System.nanoTime();

    private WarmServer(ServerSocketChannel server, Selector selector, Duration idle, String build, Commands commands) {
        this.server = server;
        this.idle = idle;
        this.selector = selector;
        this.build = build;
        this.commands = commands;
    }

    /** Serves the build's socket in {@code folder} until idle; returns at once if another process serves it. */
    public static void serve(Path folder, Commands commands) throws IOException {
        serve(folder, commands, IDLE);
    }

    static void serve(Path folder, Commands commands, Duration idle) throws IOException {
        WarmPlace place = new WarmPlace(folder, WarmPlace.thisBuild());
        try (FileChannel lockChannel = FileChannel.open(place.lock(), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock lock = lockChannel.tryLock()) {
            if (lock == null) {
                // Another client started the build's warm process a moment before this one.
                return;
            }
            // Which process holds it, for whoever looks (its command line is too long for ps to show whole).
            lockChannel.truncate(0).write(ByteBuffer.wrap(
                    Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
            Files.deleteIfExists(place.socket());
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                 Selector selector = Selector.open()) {
                server.bind(UnixDomainSocketAddress.of(place.socket()));
                new WarmServer(server, selector, idle, place.build(), commands).serve();
            } finally {
                // Nothing stays of a process that ended but what it had to say: each rebuild makes a key of its own.
                // The lock file goes while still held, so a process that starts now locks a new one.
                Files.deleteIfExists(place.socket());
                Files.deleteIfExists(place.lock());
                if (Files.exists(place.log()) && Files.size(place.log()) == 0) {
                    Files.deleteIfExists(place.log());
                }
            }
        }
    }

    /**
     * Starts the warm process for {@code place} in the background with this JVM's Java, options and class path, its
     * output to the place's log: it outlives this process and holds none of its pipes (a CI runner reading them would
     * wait for it).
     * <p>
     * A shell starts it and ends at once, so that it is no child of this JVM: while a child runs, a thread of this
     * JVM waits for it in native code, and the JVM's exit then waits 0.3 s for that thread before it gives up.
     */
    static void start(WarmPlace place, String mainClass) throws IOException {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "\"$0\" \"$@\" &"));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // This JVM's options but for the one that made it a client, C1 alone included: against both compilers, the
        // process's first command took 1.2 s instead of 1.6 s, its 41st to 80th 0.36-0.39 s instead of 0.41-0.44 s,
        // with half the CPU and 50 MB less memory (docs/benchmarks.md).
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> !argument.startsWith("-D" + WarmClient.WARM_RUN + "="))
                .forEach(command::add);
        // The process runs in the place's folder: relative class-path entries are made absolute first.
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
        command.addAll(List.of("-cp", classPath, mainClass, place.folder().toString()));
        Process process = new ProcessBuilder(command).directory(place.folder().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(place.log().toFile()))
                .start();
        process.getOutputStream().close();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                throw new IOException("the shell that starts the warm process did not end within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the warm process", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("the shell that starts the warm process ended with " + process.exitValue());
        }
    }

    private void serve() throws IOException {
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
        boolean rebuilt = false;
        while (true) {
            long left = idle.toMillis() - Duration.ofNanos(System.nanoTime() - lastCommandEnded).toMillis();
            if (!busy.get() && (rebuilt || left <= 0)) {
                return;
            }
            // While a command runs, until it ends (it wakes the selector) or a client comes.
            selector.select(busy.get() ? 0 : left);
            selector.selectedKeys().clear();
            SocketChannel client = server.accept();
            if (client == null) {
                continue;
            }
            client.configureBlocking(true);
            // A changed jar is not this process's code any more: it serves no one, and ends after the command it runs.
            rebuilt = rebuilt || !build.equals(WarmPlace.thisBuild());
            if (rebuilt || !busy.compareAndSet(false, true)) {
                refuse(client);
                continue;
            }
            new Thread(() -> command(client), "command").start();
        }
    }

    private static void refuse(SocketChannel client) {
        try (Frames frames = new Frames(client)) {
            frames.send(Frames.BUSY);
        } catch (IOException e) {
            // The client is gone: it runs the command itself either way.
            System.err.println("warm: a refused client went away: " + e.getMessage());
        }
    }

    private void command(SocketChannel client) {
        try (Frames frames = new Frames(client)) {
            Frames.Request request = frames.readRequest();
            if (request == null) {
                return;
            }
            frames.send(Frames.TAKEN);
            if (frames.readType() != Frames.GO) {
                return;
            }
            run(request, frames, commands);
        } catch (IOException e) {
            System.err.println("warm: a client went away before its command ran: " + e.getMessage());
        } finally {
            lastCommandEnded = System.nanoTime();
            busy.set(false);
            selector.wakeup();
        }
    }

    private static void run(Frames.Request request, Frames frames, Commands commands) throws IOException {
        PrintWriter out = new PrintWriter(frames.output(Frames.OUT), true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(frames.output(Frames.ERR), true, StandardCharsets.UTF_8);
        AtomicBoolean running = new AtomicBoolean(true);
        Interruption interruption = new Interruption(err, () -> quit(frames, err));
        Thread client = new Thread(() -> watch(frames, interruption, running), "client");
        client.setDaemon(true);
        client.start();
        // No progress bar: it would be drawn on this process's stderr, and a short command has little to show.
        Environment environment = new Environment(request.variables(), request.workingDirectory(), false, false,
                Path.of(System.getProperty("user.home")));
        Timeline.handedOver(request.jvmStarted(), request.mainStarted());
        int exit = commands.run(request.args().toArray(String[]::new), environment, out, err, interruption);
        out.flush();
        err.flush();
        running.set(false);
        frames.sendExit(exit);
    }

    /** The client's frames: Ctrl-C, or its end, which while the command runs ends this process. */
    private static void watch(Frames frames, Interruption interruption, AtomicBoolean running) {
        try {
            while (frames.readType() == Frames.INTERRUPT) {
                interruption.interrupt();
            }
        } catch (IOException e) {
            // The same as the end of the stream: the client is gone.
        }
        if (running.get()) {
            // As a kill of the command's own JVM would: nothing more is written, the job is left to be resumed.
            System.err.println("warm: the client went away during its command; ending as a killed command would");
            Runtime.getRuntime().halt(ExitCode.INTERRUPTED.value());
        }
    }

    /** Ctrl-C twice: the command's exit code to the client, then this process ends at once, as Dvhc.main would. */
    private static void quit(Frames frames, PrintWriter err) {
        err.flush();
        try {
            frames.sendExit(ExitCode.INTERRUPTED.value());
        } catch (IOException e) {
            System.err.println("warm: cannot tell the client: " + e.getMessage());
        }
        Runtime.getRuntime().halt(ExitCode.INTERRUPTED.value());
    }
}
