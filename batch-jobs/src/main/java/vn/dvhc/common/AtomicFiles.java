package vn.dvhc.common;

import java.io.BufferedOutputStream;
import java.io.FilterWriter;
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

    /** Writes a file's bytes. */
    public interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** UTF-8 text; {@code what} names the file in the error ("the report", "--output"). */
    public static void write(Path target, String what, Content content) {
        writeBytes(target, what, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            // The content may close its writer (a CSVPrinter in try-with-resources): the stream stays ours to finish.
            content.writeTo(new FilterWriter(out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            });
            out.flush();
        });
    }

    /**
     * Bytes, through a buffer. A {@link DvhcException} (or any other) thrown by {@code content} also removes the
     * temporary file, and goes on unchanged.
     */
    public static void writeBytes(Path target, String what, Bytes content) {
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temp, e);
            throw new DvhcException(ErrorCode.IO_FAILED, "cannot write " + what + ": " + e.getMessage(),
                    Location.of(target), "check the free space and the permissions of its folder", e);
        } catch (RuntimeException e) {
            deleteQuietly(temp, e);
            throw e;
        }
    }

    private static void deleteQuietly(Path temp, Exception failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }
}
