package vn.dvhc.catalog.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import vn.dvhc.common.CsvTable;
import vn.dvhc.common.Sha256;
import vn.dvhc.common.StrictText;
import vn.dvhc.domain.SourceFile;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Where the files of an import come from: a folder on disk, or the product's own resources for the built-in
 * releases. Every file read is recorded with its SHA-256.
 */
public interface SourceFiles {

    boolean exists(String name);

    byte[] bytes(String name);

    /** Where the files are, for messages. */
    String describe();

    /** How a file is named in messages: its path as the user gave it. */
    String label(String name);

    default CsvTable table(String name) {
        byte[] bytes = bytes(name);
        String label = label(name);
        return CsvTable.parse(StrictText.decode(bytes, StandardCharsets.UTF_8, label), label, ',');
    }

    default SourceFile record(String name) {
        byte[] bytes = bytes(name);
        return new SourceFile(name, Sha256.of(bytes), bytes.length);
    }

    static SourceFiles folder(Path dir) {
        return new SourceFiles() {
            @Override
            public boolean exists(String name) {
                return Files.isRegularFile(dir.resolve(name));
            }

            @Override
            public byte[] bytes(String name) {
                return StrictText.readBytes(dir.resolve(name));
            }

            @Override
            public String describe() {
                return dir.toString();
            }

            @Override
            public String label(String name) {
                return dir.resolve(name).toString();
            }
        };
    }

    /** Files on the class path under {@code base} (e.g. {@code vn/dvhc/catalog/builtin/}). */
    static SourceFiles classpath(String base) {
        ClassLoader loader = SourceFiles.class.getClassLoader();
        return new SourceFiles() {
            @Override
            public boolean exists(String name) {
                return loader.getResource(base + name) != null;
            }

            @Override
            public byte[] bytes(String name) {
                try (InputStream in = loader.getResourceAsStream(base + name)) {
                    if (in == null) {
                        throw new NoSuchFileException(base + name);
                    }
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new DvhcException(ErrorCode.INTERNAL_ERROR, "built-in reference file missing: " + base + name,
                            Location.of(base + name, 0), "the installation is damaged: reinstall dvhc", e);
                }
            }

            @Override
            public String describe() {
                return "built-in (" + base + ")";
            }

            @Override
            public String label(String name) {
                return "built-in " + name;
            }
        };
    }
}
