package vn.dvhc.infra.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * Why a server could not start, kept in {@code <home>/dvhc.server.failed} so that the process that started it
 * (and is waiting for it) reports the real reason, with its exit code, instead of "the server did not start".
 */
final class StartFailure {

    private StartFailure() {
    }

    /** Records the failure for the waiting client and returns it for this process to report too. */
    static DvhcException record(HomeFiles files, DvhcException failure) {
        Properties properties = new Properties();
        properties.setProperty("code", failure.code().name());
        properties.setProperty("message", failure.getMessage());
        if (failure.hint() != null) {
            properties.setProperty("hint", failure.hint());
        }
        Path file = files.startFailure();
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            properties.store(out, "why the dvhc database server of this home could not start");
        } catch (IOException e) {
            failure.addSuppressed(e);
            return failure;
        }
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    /** The failure a server left, if any. */
    static Optional<DvhcException> read(HomeFiles files) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(files.startFailure(), StandardCharsets.UTF_8)) {
            properties.load(in);
            return Optional.of(new DvhcException(ErrorCode.valueOf(properties.getProperty("code")),
                    properties.getProperty("message"), null, properties.getProperty("hint")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
