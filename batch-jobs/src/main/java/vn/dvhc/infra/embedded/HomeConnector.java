package vn.dvhc.infra.embedded;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * Reaches a home's database server, starting it when none runs. Several processes may arrive at once: each takes
 * the clients' shared lock first (so no server stops under it), then uses the server that the server file names,
 * or starts one; a second server started by a race sees the first one's lock and ends at once.
 */
public final class HomeConnector {

    /** Preparing a new home takes seconds; a machine under load may take a minute. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Set<String> HUGE_PAGES = Set.of("-XX:+UseTransparentHugePages", "-XX:-UseTransparentHugePages");

    private HomeConnector() {
    }

    /** The way to a home's database, valid until closed: while it is held, the server does not stop. */
    public static final class Lease implements AutoCloseable {
        private final String url;
        private final String schema;
        private final boolean created;
        private final ClientLock lock;

        private Lease(String url, String schema, boolean created, ClientLock lock) {
            this.url = url;
            this.schema = schema;
            this.created = created;
            this.lock = lock;
        }

        /** How to connect: the server's loopback URL with its key (user {@code sa}, no password). */
        public String url() {
            return url;
        }

        /** The schema version the server brought the database to. */
        public String schema() {
            return schema;
        }

        /**
         * Whether the home's database was made for this connection (a new home): by the server this process
         * started. Of several processes that find no database at once, only that one says so.
         */
        public boolean created() {
            return created;
        }

        @Override
        public void close() {
            lock.release();
        }
    }

    public static Lease connect(EmbeddedHome home) {
        HomeFiles files = home.files();
        try {
            Files.createDirectories(files.logs());
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.IO_FAILED, "cannot create the home folder " + files.dir() + ": "
                    + e.getMessage(), null, "choose a writable folder with --home or DVHC_HOME", e);
        }
        ClientLock lock = ClientLock.acquire(files);
        try {
            boolean existed = Files.exists(files.database());
            Reached reached = findOrStart(files, home.launcher());
            return new Lease(reached.server().url(), reached.server().schema(), !existed && reached.startedHere(), lock);
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    /** The server used, and whether this process started it (it then prepared the database it serves). */
    private record Reached(ServerFile server, boolean startedHere) {
    }

    private static Reached findOrStart(HomeFiles files, ServerLauncher launcher) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Process started = null;
        long pause = 5;
        while (true) {
            Optional<ServerFile> server = ServerFile.read(files.serverFile());
            if (server.isPresent() && serving(server.get())) {
                return new Reached(server.get(), started != null && started.pid() == server.get().pid());
            }
            if (started != null && !started.isAlive()) {
                if (started.exitValue() != 0) {
                    throw startFailure(files, started.exitValue());
                }
                started = null; // another process won the race to serve this home
            }
            if (started == null && HomeServer.running(files.dir()).isEmpty()) {
                started = launch(files, launcher);
            }
            if (System.nanoTime() > deadline) {
                throw new DvhcException(ErrorCode.DB_UNAVAILABLE, "the database server of " + files.dir()
                        + " did not start within " + START_TIMEOUT.toMinutes() + " minutes", null,
                        "see " + files.serverOutput() + " and " + files.logs().resolve("dvhc.log"));
            }
            sleep(pause);
            pause = Math.min(50, pause * 2);
        }
    }

    private static boolean serving(ServerFile server) {
        if (ProcessHandle.of(server.pid()).filter(ProcessHandle::isAlive).isEmpty()) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Process launch(HomeFiles files, ServerLauncher launcher) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx256m"));
        List<String> arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        command.addAll(classDataSharing(arguments));
        command.addAll(hugePages(arguments));
        command.addAll(List.of("-cp", absoluteClassPath()));
        command.addAll(launcher.mainAndArguments(files.dir()));
        try {
            // The server outlives this process: its output goes to a file, never to this process's pipes (a CI
            // runner reading them would wait for the server to end).
            Process process = new ProcessBuilder(command).directory(files.dir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(files.serverOutput().toFile()))
                    .start();
            process.getOutputStream().close();
            return process;
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.DB_UNAVAILABLE, "cannot start the database server of " + files.dir()
                    + ": " + e.getMessage(), null, "check the Java installation (" + command.get(0) + ")", e);
        }
    }

    /**
     * The class-data archive (or, on Java 25 and later, the AOT cache) this process was started with (scripts/dvhc and
     * the distribution's launcher make one per build), for the server too: its classes are largely the same, and it
     * then starts in about 0.4 s less CPU time (docs/decisions/0080-home-template.md). An archive that does not fit is
     * ignored by the JVM, silently.
     */
    private static List<String> classDataSharing(List<String> arguments) {
        for (String option : List.of("-XX:AOTCache=", "-XX:SharedArchiveFile=")) {
            List<String> archives = arguments.stream().filter(argument -> argument.startsWith(option)).toList();
            if (!archives.isEmpty()) {
                // The last one counts, as for the JVM; the server runs in the home folder, so the path is made absolute.
                Path archive = Path.of(archives.get(archives.size() - 1).substring(option.length())).toAbsolutePath();
                return option.equals("-XX:AOTCache=") ? List.of(option + archive, "-Xlog:aot*=off")
                        : List.of(option + archive, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
            }
        }
        return List.of();
    }

    /**
     * Transparent huge pages for the server's heap as this process has them: the launchers ask for them only where the
     * kernel offers them, which the JVM would otherwise warn about, and the last of the flags counts, as for the JVM
     * ({@code DVHC_JAVA_OPTS=-XX:-UseTransparentHugePages} comes after the launcher's; decision 0016).
     */
    private static List<String> hugePages(List<String> arguments) {
        return arguments.stream().filter(HUGE_PAGES::contains).reduce((earlier, later) -> later).map(List::of)
                .orElse(List.of());
    }

    // The server runs in the home folder, so relative class-path entries must be made absolute first.
    private static String absoluteClassPath() {
        return String.join(File.pathSeparator, Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString()).toList());
    }

    private static DvhcException startFailure(HomeFiles files, int exitValue) {
        return StartFailure.read(files).orElseGet(() -> new DvhcException(ErrorCode.DB_UNAVAILABLE,
                "the database server of " + files.dir() + " ended with exit code " + exitValue + ": "
                        + lastLine(files.serverOutput()), null, "see " + files.serverOutput()));
    }

    private static String lastLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1);
        } catch (IOException e) {
            return "no output (" + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DvhcException(ErrorCode.JOB_FAILED, "interrupted while waiting for the database server", null, null, e);
        }
    }
}
