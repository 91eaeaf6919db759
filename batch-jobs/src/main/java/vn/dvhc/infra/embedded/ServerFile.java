package vn.dvhc.infra.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * What a running server publishes in {@code <home>/dvhc.server}: its process, the loopback port it listens on,
 * the random key that is the only database name it accepts (so that only someone who can read this file, which
 * is private to its owner, can connect), and the schema version it brought the database to.
 */
record ServerFile(long pid, int port, String key, String schema) {

    /** The JDBC URL a client uses. */
    String url() {
        return "jdbc:h2:tcp://127.0.0.1:" + port + "/" + key;
    }

    static Optional<ServerFile> read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            return Optional.of(new ServerFile(Long.parseLong(properties.getProperty("pid")),
                    Integer.parseInt(properties.getProperty("port")), properties.getProperty("key"),
                    properties.getProperty("schema", "")));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Half-written or foreign content: treated as no server, which makes the caller start one.
            return Optional.empty();
        }
    }

    /** Written beside, then moved into place, so that a reader sees the whole file or none. */
    void write(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("pid", Long.toString(pid));
        properties.setProperty("port", Integer.toString(port));
        properties.setProperty("key", key);
        properties.setProperty("schema", schema);
        Path temp = file.resolveSibling(file.getFileName() + "." + pid + ".tmp");
        Files.deleteIfExists(temp);
        Files.createFile(temp);
        restrictToOwner(temp);
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            properties.store(out, "dvhc home database server: how to connect (private)");
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
