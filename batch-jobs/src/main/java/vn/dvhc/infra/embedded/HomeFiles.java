package vn.dvhc.infra.embedded;

import java.nio.file.Path;

/**
 * The files of a home folder that belong to its embedded database. Only the server process of the home opens
 * the database file; every dvhc process reaches it through that server (docs/decisions/0011).
 *
 * @param dir the home folder, absolute and normalised
 */
public record HomeFiles(Path dir) {

    /** The H2 database name: H2 adds {@code .mv.db}. */
    static final String DATABASE = "dvhc";

    public HomeFiles {
        dir = dir.toAbsolutePath().normalize();
    }

    /** {@code <home>/dvhc.mv.db}: the catalog, the job repository and the run records. */
    public Path database() {
        return dir.resolve(DATABASE + ".mv.db");
    }

    /** The database as H2 names it in a URL: the file without {@code .mv.db}. */
    String databaseName() {
        return dir.resolve(DATABASE).toString();
    }

    /** Where a server process says how to reach it (port, key, pid); present only while it serves. */
    public Path serverFile() {
        return dir.resolve("dvhc.server");
    }

    /** Held exclusively by the server process for its whole life: the operating system frees it on any death. */
    Path serverLock() {
        return dir.resolve("dvhc.server.lock");
    }

    /** Held shared by every process using the database; the server stops only when it can hold it exclusively. */
    Path clientsLock() {
        return dir.resolve("dvhc.clients.lock");
    }

    /** Why the last server could not start, for the process that started it. */
    Path startFailure() {
        return dir.resolve("dvhc.server.failed");
    }

    /** A database being built or upgraded beside the real one, moved over it only when complete. */
    String scratchName(long pid) {
        return dir.resolve(".dvhc-new-" + pid).toString();
    }

    static boolean isScratch(Path file) {
        return file.getFileName().toString().startsWith(".dvhc-new-");
    }

    public Path logs() {
        return dir.resolve("logs");
    }

    /** The server process's own stdout and stderr: what it printed before its log was set up. */
    Path serverOutput() {
        return logs().resolve("server.out");
    }
}
