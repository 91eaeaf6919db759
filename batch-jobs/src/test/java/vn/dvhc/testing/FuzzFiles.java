package vn.dvhc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary folder for fuzz targets whose parser reads a file, made once per JVM and deleted on exit. */
public final class FuzzFiles {

    private static Path dir;

    private FuzzFiles() {
    }

    public static synchronized Path folder() {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("dvhc-fuzz");
                dir.toFile().deleteOnExit();
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
