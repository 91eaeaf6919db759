package vn.dvhc.infra.embedded;

import java.nio.file.Path;

/** A home folder whose embedded database is reached through its server, started with the launcher if need be. */
public record EmbeddedHome(Path dir, ServerLauncher launcher) {

    public EmbeddedHome {
        dir = dir.toAbsolutePath().normalize();
    }

    public HomeFiles files() {
        return new HomeFiles(dir);
    }
}
