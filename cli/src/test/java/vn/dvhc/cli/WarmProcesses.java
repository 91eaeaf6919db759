package vn.dvhc.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.StandardOpenOption;
import java.nio.file.WatchService;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The warm processes (decision 0018) of a test's runtime folder ({@code XDG_RUNTIME_DIR}): found by their command
 * line, started by a first command, stopped at the end.
 */
final class WarmProcesses {

    private WarmProcesses() {
    }

    /** A runtime folder as the user's: only its owner may enter. */
    static Path runtimeFolder(Path parent) throws IOException {
        return Files.createDirectory(parent.resolve("runtime"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    /**
     * The warm process of the runtime folder, listening; when none runs, a first command (which runs in its own JVM)
     * starts one, and this waits until it listens.
     */
    static ProcessHandle await(CliHarness.Target target, Path runtime, Path work) throws Exception {
        Optional<ProcessHandle> running = of(runtime);
        if (running.isPresent() && socket(runtime).isPresent()) {
            return running.get();
        }
        // What a halted warm process leaves: the next one replaces it, but then this could not see it appear.
        Optional<Path> stale = socket(runtime);
        if (stale.isPresent()) {
            Files.delete(stale.get());
        }
        try (ChildDvhc first = ChildDvhc.startWarm(target, work, runtime, work.resolve("first-command.out"),
                List.of("reference", "list"), null, 0)) {
            assertThat(first.exitCode()).as(first.log()).isZero();
        }
        Path folder = runtime.resolve("dvhc");
        try (WatchService watch = folder.getFileSystem().newWatchService()) {
            folder.register(watch, ENTRY_CREATE);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (socket(runtime).isEmpty()) {
                WatchKey key = watch.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                assertThat(key).as("a warm process listens within 60 s; %s", describe(folder)).isNotNull();
                key.pollEvents();
                key.reset();
            }
        }
        return of(runtime).orElseThrow();
    }

    /**
     * The warm process of the runtime folder, if one runs: the one that holds its lock file, which names it (its
     * command line, with the test's class path, is longer than the 4,096 characters Java reads of it).
     */
    static Optional<ProcessHandle> of(Path runtime) throws IOException {
        Path folder = runtime.resolve("dvhc");
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path lock : files.filter(file -> file.getFileName().toString().endsWith(".lock")).toList()) {
                try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
                     FileLock free = channel.tryLock()) {
                    if (free == null) {
                        return ProcessHandle.of(Long.parseLong(Files.readString(lock).trim()));
                    }
                } catch (NoSuchFileException e) {
                    // Its process ended since the listing: an ending process removes its lock file.
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the process ends within a minute. */
    static boolean ends(ProcessHandle process) throws Exception {
        return endsWithin(process, 60);
    }

    /** Whether the process ends within so many seconds. */
    static boolean endsWithin(ProcessHandle process, int seconds) throws Exception {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return false;
        }
        return !process.isAlive();
    }

    /** SIGTERM to the runtime folder's warm process, as at the end of a test. */
    static void stop(Path runtime) throws Exception {
        Optional<ProcessHandle> process = of(runtime);
        if (process.isPresent()) {
            process.get().destroy();
            assertThat(ends(process.get())).as("warm process %d ended", process.get().pid()).isTrue();
        }
    }

    // The folder's files, and the warm process's log: what it said when it could not start.
    private static String describe(Path folder) throws IOException {
        StringBuilder text = new StringBuilder("files in " + folder + ":");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                text.append("\n  ").append(file.getFileName());
                if (file.getFileName().toString().endsWith(".log")) {
                    text.append(":\n").append(Files.readString(file));
                }
            }
        }
        return text.toString();
    }

    private static Optional<Path> socket(Path runtime) throws IOException {
        Path folder = runtime.resolve("dvhc");
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".sock")).findFirst();
        }
    }
}
