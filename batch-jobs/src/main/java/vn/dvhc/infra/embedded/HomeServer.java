package vn.dvhc.infra.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * The one process that opens a home's embedded database and serves it to every dvhc process of that home over
 * H2's TCP protocol on the loopback interface. It prepares a new home (or upgrades an old one) on a copy that is
 * moved into place only when complete, and stops by itself once no dvhc process has used it for the idle time.
 *
 * <p>Why a process of its own (docs/decisions/0011-home-database-server.md): with H2's automatic mixed mode the
 * first process served the others and took the database away when it ended, failing their running jobs; and a
 * kill -9 in the middle of a large transaction left H2 to recover it, which in H2 2.5 can break an index. Here a
 * killed dvhc process is just a closed connection whose transaction the server rolls back.
 */
public final class HomeServer {

    private static final Logger LOG = LogManager.getLogger(HomeServer.class);

    /**
     * WRITE_DELAY=0: a commit is on disk when it returns. MAX_COMPACT_TIME=0: no compaction when the database
     * closes (the H2 2.x code path behind lost or doubled chunks, h2database#4123, #4247). FILE_LOCK=FS: an
     * operating-system lock, freed at once when a process dies (H2's default lock file makes the next open wait
     * about ten seconds after a kill). DB_CLOSE_DELAY=-1 and DB_CLOSE_ON_EXIT=FALSE: only this class closes it.
     */
    static final String OPEN_OPTIONS = ";WRITE_DELAY=0;MAX_COMPACT_TIME=0;FILE_LOCK=FS;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";

    /** How long a server waits for the next command before it stops. */
    public static final Duration DEFAULT_IDLE = Duration.ofSeconds(60);

    private static final Duration POLL = Duration.ofMillis(200);

    private final HomeFiles files;
    private final Duration idle;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    /**
     * The process serving (or preparing) the home, if one does: the server writes its pid into the lock it holds.
     */
    public static Optional<ProcessHandle> running(Path home) {
        HomeFiles files = new HomeFiles(home);
        try (FileChannel channel = FileChannel.open(files.serverLock(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock free = channel.tryLock();
            if (free != null) {
                free.release();
                return Optional.empty();
            }
            return Optional.of(Files.readString(files.serverLock(), StandardCharsets.US_ASCII).trim())
                    .filter(pid -> pid.matches("\\d+")).flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)));
        } catch (OverlappingFileLockException e) {
            return Optional.of(ProcessHandle.current());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code HomeServer HOME [IDLE_SECONDS]}: serves without the command line's logging set-up. */
    public static void main(String[] args) {
        serve(Path.of(args[0]), Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_IDLE.toSeconds()));
    }

    private HomeServer(HomeFiles files, Duration idle) {
        this.files = files;
        this.idle = idle;
    }

    /**
     * Serves the home until it has been idle for {@code idle} (zero: until the process is told to stop). Returns
     * at once if another process already serves it.
     *
     * @return true if this process served the home, false if another one does
     * @throws DvhcException if the database cannot be prepared or opened; the reason is also left in
     *                       {@link HomeFiles#startFailure()} for the process that is waiting for this server
     */
    public static boolean serve(Path home, Duration idle) {
        HomeFiles files = new HomeFiles(home);
        try {
            Files.createDirectories(files.logs());
            try (FileChannel channel = FileChannel.open(files.serverLock(), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
                if (lock == null) {
                    LOG.info("the database of {} is already served by another process", files.dir());
                    return false;
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
                Files.deleteIfExists(files.startFailure());
                new HomeServer(files, idle).run();
                return true;
            }
        } catch (IOException e) {
            throw StartFailure.record(files, new DvhcException(ErrorCode.IO_FAILED, "cannot use the home folder "
                    + files.dir() + ": " + e.getMessage(), null, "check that it is writable, or choose another --home", e));
        }
    }

    private void run() throws IOException {
        String schema;
        try {
            schema = HomePreparation.prepare(files);
        } catch (DvhcException e) {
            throw StartFailure.record(files, e);
        }
        String key = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        Connection keeper;
        Server tcp;
        try {
            keeper = open(files.databaseName());
            tcp = Server.createTcpServer("-tcpPort", "0", "-key", key, files.databaseName(), "-ifExists").start();
        } catch (SQLException e) {
            throw StartFailure.record(files, DamagedStore.orUnavailable(files, e));
        }
        Thread hook = new Thread(this::requestStop, "dvhc-server-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            new ServerFile(ProcessHandle.current().pid(), tcp.getPort(), key, schema).write(files.serverFile());
            LOG.info("serving {} on 127.0.0.1:{} (schema {}, stops after {} s idle)", files.database(), tcp.getPort(),
                    schema, idle.toSeconds());
            awaitIdle();
        } finally {
            shutDown(tcp, keeper);
            stopped.countDown();
            if (stopRequested.getCount() > 0) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
    }

    /** A SIGTERM (or the end of the JVM) stops serving cleanly: the database is closed, not left to recovery. */
    private void requestStop() {
        stopRequested.countDown();
        try {
            stopped.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // Idle means: no process holds the clients' shared lock. Checked by trying to hold it exclusively, and held
    // so while shutting down, so that a client arriving meanwhile waits, finds no server and starts a new one.
    private void awaitIdle() throws IOException {
        long idleSince = System.nanoTime();
        try (FileChannel clients = FileChannel.open(files.clientsLock(), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            while (true) {
                try {
                    if (stopRequested.await(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (!Files.exists(files.serverFile())) {
                    LOG.info("{} was removed: stopping", files.serverFile());
                    return;
                }
                FileLock lock = clients.tryLock();
                if (lock == null) {
                    idleSince = System.nanoTime();
                } else if (!idle.isZero() && System.nanoTime() - idleSince >= idle.toNanos()) {
                    LOG.info("no dvhc process used {} for {} s: stopping", files.dir(), idle.toSeconds());
                    Files.deleteIfExists(files.serverFile());
                    return; // the lock goes with the channel, after the database is closed
                } else {
                    lock.release();
                }
            }
        } finally {
            Files.deleteIfExists(files.serverFile());
        }
    }

    private void shutDown(Server tcp, Connection keeper) {
        tcp.stop();
        try (Statement statement = keeper.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("closing {} failed: {}", files.database(), e.getMessage());
        }
        LOG.info("stopped serving {}", files.database());
    }

    static Connection open(String databaseName) throws SQLException {
        return dataSource(databaseName).getConnection();
    }

    /**
     * H2's own data source, not {@code DriverManager}: that would first load every JDBC driver on the class path
     * (Oracle's starts JMX and JFR), a cost paid at every server start for drivers it never uses.
     */
    static JdbcDataSource dataSource(String databaseName) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url(databaseName));
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    static String url(String databaseName) {
        return "jdbc:h2:file:" + databaseName + OPEN_OPTIONS;
    }
}
