package vn.dvhc.cli.option;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The home folder when {@code --home} is not given, one per user (issue 19, decision 0013): {@code $DVHC_HOME},
 * else {@code $XDG_DATA_HOME/dvhc}, else {@code ~/.local/share/dvhc} on Unix-likes and {@code %LOCALAPPDATA%\dvhc}
 * on Windows. One place, so that the configuration file and the commands use the same folder.
 */
public final class DefaultHome {

    static final String DVHC_HOME = "DVHC_HOME";
    static final String XDG_DATA_HOME = "XDG_DATA_HOME";
    static final String LOCAL_APP_DATA = "LOCALAPPDATA";
    static final String HOME = "HOME";

    private DefaultHome() {
    }

    /** The default home of this environment, or empty when nothing names a user folder (no HOME at all). */
    public static Optional<Path> of(Environment environment) {
        String dvhcHome = value(environment, DVHC_HOME);
        if (dvhcHome != null) {
            // Relative to the user's folder, which a warm process (decision 0018; none on Windows) does not share.
            return Optional.of(environment.windows() ? Path.of(dvhcHome) : environment.path(dvhcHome));
        }
        // The XDG base directory specification: a relative value is invalid and ignored.
        String xdg = value(environment, XDG_DATA_HOME);
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg, "dvhc"));
        }
        if (environment.windows()) {
            String local = value(environment, LOCAL_APP_DATA);
            if (local != null) {
                return Optional.of(Path.of(local, "dvhc"));
            }
            return userHome(environment).map(home -> home.resolve("AppData").resolve("Local").resolve("dvhc"));
        }
        return userHome(environment).map(home -> home.resolve(".local").resolve("share").resolve("dvhc"));
    }

    /** Where the default home comes from, for the help and the error when there is none. */
    public static String rule() {
        return "$DVHC_HOME, else $XDG_DATA_HOME/dvhc, else ~/.local/share/dvhc (%LOCALAPPDATA%\\dvhc on Windows)";
    }

    private static Optional<Path> userHome(Environment environment) {
        String home = value(environment, HOME);
        if (home != null && !environment.windows()) {
            return Optional.of(Path.of(home));
        }
        return Optional.ofNullable(environment.userHome());
    }

    private static String value(Environment environment, String name) {
        String value = environment.variable(name);
        return value == null || value.isBlank() ? null : value;
    }
}
