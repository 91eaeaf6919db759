package vn.dvhc.infra;

import java.nio.file.Path;

/**
 * How to reach the database that holds everything: the catalog, the Spring Batch job repository and the run
 * records. The default is an embedded H2 file under the home folder.
 *
 * @param password never from the command line: the CLI reads it from an environment variable or a prompt
 */
public record DatabaseSettings(String url, String user, String password) {

    /**
     * The embedded default: {@code <home>/dvhc.mv.db}, shared safely between concurrent dvhc processes. Every
     * commit is written before it returns ({@code WRITE_DELAY=0}; H2 otherwise delays writes by half a second),
     * so a process killed right after a commit has not lost it: a restarted job then finds what it committed.
     */
    public static DatabaseSettings embedded(Path home) {
        return new DatabaseSettings("jdbc:h2:file:" + home.toAbsolutePath().normalize().resolve("dvhc")
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0", "sa", "");
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
