package vn.dvhc.infra.embedded;

import java.nio.file.Path;
import java.util.List;

/**
 * How a dvhc process starts the server of a home when none runs: the main class and its arguments, run in a new
 * JVM with this process's class path. The command line passes {@code dvhc server --home …}; the default runs
 * {@link HomeServer#main} directly.
 */
@FunctionalInterface
public interface ServerLauncher {

    ServerLauncher DEFAULT = home -> List.of(HomeServer.class.getName(), home.toString());

    /** The main class, then its arguments. */
    List<String> mainAndArguments(Path home);
}
