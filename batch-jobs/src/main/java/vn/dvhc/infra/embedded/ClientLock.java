package vn.dvhc.infra.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * The shared lock on {@code <home>/dvhc.clients.lock} that every process holds while it uses the home's database:
 * the server does not stop while anyone holds it, and the operating system releases it when a process dies.
 * One channel per file and JVM, counted: the JVM refuses a second lock on a file it already locks, and closing
 * any channel of a file may drop all of the process's locks on it.
 */
final class ClientLock {

    private static final Logger LOG = LogManager.getLogger(ClientLock.class);
    private static final Map<Path, ClientLock> HELD = new HashMap<>();
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private int users;

    private ClientLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits while a server holds the lock exclusively to stop (a moment); then the caller may start another. */
    static synchronized ClientLock acquire(HomeFiles files) {
        Path file = files.clientsLock();
        ClientLock held = HELD.get(file);
        if (held == null) {
            held = open(file);
            HELD.put(file, held);
        }
        held.users++;
        return held;
    }

    void release() {
        synchronized (ClientLock.class) {
            if (--users > 0) {
                return;
            }
            HELD.remove(file);
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // The operating system releases it with the process anyway.
                LOG.debug("cannot release {}: {}", file, e.getMessage());
            }
        }
    }

    private static ClientLock open(Path file) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                long pause = 5;
                while (true) {
                    FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
                    if (lock != null) {
                        return new ClientLock(file, channel, lock);
                    }
                    if (System.nanoTime() > deadline) {
                        throw new DvhcException(ErrorCode.DB_UNAVAILABLE, "the database server of " + file.getParent()
                                + " has been stopping for " + WAIT.toSeconds() + " s", null,
                                "see " + file.resolveSibling("logs").resolve("dvhc.log") + "; if it hangs, end it");
                    }
                    Thread.sleep(pause);
                    pause = Math.min(100, pause * 2);
                }
            } catch (RuntimeException | InterruptedException e) {
                channel.close();
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    throw new DvhcException(ErrorCode.JOB_FAILED, "interrupted while waiting for " + file, null, null, e);
                }
                throw (RuntimeException) e;
            }
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.IO_FAILED, "cannot lock " + file + ": " + e.getMessage(), null,
                    "check that the home folder is writable", e);
        }
    }
}
