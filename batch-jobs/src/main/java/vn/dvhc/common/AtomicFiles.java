package vn.dvhc.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Writes a whole file under its name or not at all: first to a hidden temporary file beside it, then moved into
 * place (atomically where the file system can). A failed write leaves the previous file, if any, untouched.
 */
public final class AtomicFiles {

    /** Writes a file's text. */
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** UTF-8 text; {@code what} names the file in the error ("the report", "--output"). */
    public static void write(Path target, String what, Content content) {
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            try (OutputStream stream = Files.newOutputStream(temp);
                 Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw new DvhcException(ErrorCode.IO_FAILED, "cannot write " + what + ": " + e.getMessage(),
                    Location.of(target), "check the free space and the permissions of its folder", e);
        }
    }
}
