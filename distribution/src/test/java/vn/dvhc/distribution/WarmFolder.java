package vn.dvhc.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A runtime folder ({@code XDG_RUNTIME_DIR}) of a test's own, so that the warm processes its launcher runs start
 * (decision 0018) are the test's, found and stopped by it, and never the user's.
 */
record WarmFolder(Path runtime) {

    /** A new runtime folder in {@code parent}, private as a user's is. */
    static WarmFolder in(Path parent) throws IOException {
        return new WarmFolder(Files.createDirectory(parent.resolve("runtime"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))));
    }

    /** Where the launchers put the warm processes' sockets in it. */
    Path folder() {
        return runtime.resolve("dvhc");
    }

    /** Waits for a warm process to listen: the first short command starts it in the background. */
    void awaitSocket() throws Exception {
        try (WatchService watch = folder().getFileSystem().newWatchService()) {
            folder().register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!hasSocket()) {
                WatchKey key = watch.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                assertThat(key).as("a warm process listens in %s within 60 s", folder()).isNotNull();
                key.pollEvents();
                key.reset();
            }
        }
    }

    /** Ends the warm processes that run in it (each lock file names its pid). */
    void stop() throws IOException {
        if (!Files.isDirectory(folder())) {
            return;
        }
        for (Path lock : files(".lock")) {
            String pid;
            try {
                pid = Files.readString(lock).trim();
            } catch (NoSuchFileException e) {
                continue; // its process ended since the listing, and removed it
            }
            if (!pid.isEmpty()) {
                ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroy);
            }
        }
    }

    private boolean hasSocket() throws IOException {
        return !files(".sock").isEmpty();
    }

    private List<Path> files(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).toList();
        }
    }
}
