package vn.dvhc.infra.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * The home to oneself, for a repair: no dvhc command uses it (the clients' lock held exclusively, so new ones
 * wait), and no server serves it (a running one is asked to stop, as at the end of its idle time, and the server
 * lock is held so that none starts).
 */
final class ExclusiveHome implements AutoCloseable {

    private static final Duration SERVER_STOP = Duration.ofSeconds(60);

    private final FileChannel clients;
    private final FileChannel server;

    private ExclusiveHome(FileChannel clients, FileChannel server) {
        this.clients = clients;
        this.server = server;
    }

    static ExclusiveHome take(HomeFiles files) throws IOException {
        FileChannel clients = FileChannel.open(files.clientsLock(), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock alone = tryLock(clients);
            if (alone == null) {
                throw new DvhcException(ErrorCode.JOB_RUNNING, "other dvhc commands are using the home " + files.dir(),
                        null, "wait until they end ('dvhc jobs list' shows running jobs), then repair");
            }
            stopServer(files);
            FileChannel server = FileChannel.open(files.serverLock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (server.tryLock() == null) {
                server.close();
                throw new DvhcException(ErrorCode.JOB_RUNNING, "a database server is starting for " + files.dir(), null,
                        "try again in a moment");
            }
            return new ExclusiveHome(clients, server);
        } catch (IOException | RuntimeException e) {
            clients.close();
            throw e;
        }
    }

    // This JVM holding the lock itself (a command that opened the database) counts as in use.
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void stopServer(HomeFiles files) {
        Optional<ProcessHandle> running = HomeServer.running(files.dir()).filter(ProcessHandle::isAlive);
        if (running.isEmpty()) {
            return;
        }
        ProcessHandle process = running.get();
        process.destroy(); // SIGTERM: the server closes the database cleanly
        try {
            process.onExit().get(SERVER_STOP.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new DvhcException(ErrorCode.JOB_RUNNING, "the database server of " + files.dir() + " (pid "
                    + process.pid() + ") did not stop within " + SERVER_STOP.toSeconds() + " s", null,
                    "end it, then repair", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DvhcException(ErrorCode.JOB_FAILED, "interrupted while stopping the database server", null, null, e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            clients.close();
        }
    }
}
