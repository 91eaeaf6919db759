package vn.dvhc.infra;

import java.nio.file.Path;

import vn.dvhc.infra.embedded.EmbeddedHome;
import vn.dvhc.infra.embedded.ServerLauncher;

/**
 * How to reach the database that holds everything: the catalog, the Spring Batch job repository and the run
 * records. The default is the embedded H2 database of the home folder, served to every dvhc process of that home
 * by one server process ({@link vn.dvhc.infra.embedded.HomeServer}).
 *
 * @param password never from the command line: the CLI reads it from an environment variable or a prompt
 * @param home     the embedded home whose server gives the real URL, or null for a database named by its URL
 */
public record DatabaseSettings(String url, String user, String password, EmbeddedHome home) {

    public DatabaseSettings(String url, String user, String password) {
        this(url, user, password, null);
    }

    /** The embedded default: {@code <home>/dvhc.mv.db}, through the home's server. */
    public static DatabaseSettings embedded(Path home, ServerLauncher launcher) {
        EmbeddedHome embedded = new EmbeddedHome(home, launcher);
        return new DatabaseSettings("jdbc:h2:file:" + embedded.files().dir().resolve("dvhc"), "sa", "", embedded);
    }

    public static DatabaseSettings embedded(Path home) {
        return embedded(home, ServerLauncher.DEFAULT);
    }

    /** The URL without any password parameter, for messages and logs. */
    public String maskedUrl() {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + maskedUrl() + ", user=" + user + "]";
    }
}
