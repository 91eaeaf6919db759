package vn.dvhc.remap;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Exclusive use of a partition's temporary file, across processes (a file lock) and inside one (file locks are
 * per process). A worker of a dead manager may still be writing a part when the restarted run hands the partition
 * to another worker, or to another consumer of the same worker: the old one fails at its next commit (the recovery
 * changed its step execution) and closes the file, and only then may the new one cut it back and write.
 */
final class PartLock implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(PartLock.class);
    private static final Map<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

    private final Semaphore inProcess;
    private final FileLock file;

    private PartLock(Semaphore inProcess, FileLock file) {
        this.inProcess = inProcess;
        this.file = file;
    }

    /** Waits until nothing else writes {@code path}, then holds it until {@link #close()}. */
    static PartLock acquire(Path path, FileChannel channel) throws IOException {
        Semaphore semaphore = IN_PROCESS.computeIfAbsent(path.toAbsolutePath(), p -> new Semaphore(1));
        if (!semaphore.tryAcquire()) {
            LOG.warn("{} is being written by another partition run in this process; waiting for it to end",
                    path.getFileName());
            semaphore.acquireUninterruptibly();
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                LOG.warn("{} is being written by another process; waiting for it to end", path.getFileName());
                lock = channel.lock();
            }
            return new PartLock(semaphore, lock);
        } catch (IOException | RuntimeException e) {
            semaphore.release();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            file.release();
        } finally {
            inProcess.release();
        }
    }
}
