package vn.dvhc.cli.warm;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Where the warm process of one build listens (decision 0018): a socket in a folder only the user can enter (the
 * launchers choose {@code $XDG_RUNTIME_DIR/dvhc}, else {@code /tmp/dvhc-<uid>}), named after the Java and the class
 * path the process runs (with the sizes and times of its jars) and the JVM's defaults, so that a command is only ever
 * handed to a process of its own build.
 *
 * @param build the build's key: the same for the client and the process it starts
 */
record WarmPlace(Path folder, String build) {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    Path socket() {
        return folder.resolve("warm-" + build + ".sock");
    }

    /** Held by the one warm process of the build for as long as it runs; it holds the process's pid. */
    Path lock() {
        return folder.resolve("warm-" + build + ".lock");
    }

    /** The warm process's own output: what it could not hand to a client. */
    Path log() {
        return folder.resolve("warm-" + build + ".log");
    }

    /**
     * This JVM's place in the folder the launcher chose, or empty where that folder cannot be private: it is made
     * for the user alone, and one that is another user's or that others can enter is never used.
     */
    static Optional<WarmPlace> in(Path folder) {
        try {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            // Another user's folder, or one that others can enter: their process could take our commands.
            if (!attributes.owner().getName().equals(System.getProperty("user.name"))
                    || !attributes.permissions().equals(OWNER_ONLY)) {
                return Optional.empty();
            }
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        return Optional.of(new WarmPlace(folder, thisBuild()));
    }

    /**
     * The build this JVM runs, with the defaults of the JVM that a command's output depends on: a client in another
     * time zone, language or encoding gets a warm process of its own.
     */
    static String thisBuild() {
        return build(System.getProperty("java.home") + ' ' + TimeZone.getDefault().getID() + ' ' + Locale.getDefault()
                + ' ' + Charset.defaultCharset() + ' ' + System.getProperty("sun.jnu.encoding"),
                System.getProperty("java.class.path"));
    }

    /** A build's key: its Java (and defaults) and class path, with each jar's size and time. */
    static String build(String java, String classPath) {
        StringBuilder text = new StringBuilder(java);
        for (File file : classPath(classPath)) {
            text.append('\n').append(file).append(' ').append(file.length()).append(' ').append(file.lastModified());
        }
        // Two checksums, 64 bits: the key names a socket in the user's own folder and guards against no attacker.
        // SHA-256 cost every client 25 ms, to start the JDK's security providers.
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        CRC32C crcC = new CRC32C();
        crcC.update(bytes);
        return HexFormat.of().toHexDigits(crc.getValue() << 32 | crcC.getValue());
    }

    /**
     * The class path's files; for {@code java -jar} (a class path of one jar) also the jars its manifest names, which
     * a checkout's build replaces without always writing the jar again (decision 0018).
     */
    private static List<File> classPath(String classPath) {
        List<File> files = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            files.add(new File(entry).getAbsoluteFile());
        }
        if (files.size() == 1 && files.get(0).isFile()) {
            File jar = files.get(0);
            try (JarFile file = new JarFile(jar, false)) {
                Manifest manifest = file.getManifest();
                String listed = manifest == null ? null
                        : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                if (listed != null && !listed.isBlank()) {
                    for (String name : listed.trim().split("\\s+")) {
                        files.add(new File(jar.getParentFile(), name));
                    }
                }
            } catch (IOException e) {
                // The JVM runs from this jar, so it reads; if it did not, its size and time still tell builds apart.
                return files;
            }
        }
        return files;
    }
}
