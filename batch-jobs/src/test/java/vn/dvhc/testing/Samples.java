package vn.dvhc.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The files of the checkout's {@code sample-data/} folder. */
public final class Samples {

    private Samples() {
    }

    /** A sample file, e.g. {@code agencies/lao-cai-clean.csv}. */
    public static Path path(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("sample-data"))) {
            dir = dir.getParent();
        }
        return dir.resolve("sample-data").resolve(name);
    }
}
