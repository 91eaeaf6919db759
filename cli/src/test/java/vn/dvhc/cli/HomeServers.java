package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import vn.dvhc.infra.embedded.HomeServer;

/**
 * The database server processes of test homes: found by their command line, stopped or killed. Tests stop the
 * servers of the homes they made, so that dozens of idle servers do not pile up during a build.
 */
final class HomeServers {

    private HomeServers() {
    }

    /** The server process serving (or preparing) the home, as it names itself in its lock file. */
    static List<ProcessHandle> of(Path home) {
        return HomeServer.running(home).stream().toList();
    }

    /** SIGTERM: the server closes the database cleanly, as at the end of its idle time. */
    static void stop(Path home) {
        for (ProcessHandle server : of(home)) {
            server.destroy();
            awaitEnd(server);
        }
    }

    /** SIGKILL: what a power loss does to the server. */
    static void kill(Path home) {
        for (ProcessHandle server : of(home)) {
            server.destroyForcibly();
            awaitEnd(server);
        }
    }

    private static void awaitEnd(ProcessHandle process) {
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("server " + process.pid() + " did not end", e);
        }
        assertThat(process.isAlive()).isFalse();
    }
}
