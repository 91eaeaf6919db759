package vn.dvhc.cli.option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.infra.DatabaseSettings;
import vn.dvhc.infra.embedded.ServerLauncher;

/**
 * The options every command takes (spec §3), given before or after the command name:
 * {@code dvhc --home /data/dvhc remap …} and {@code dvhc remap … --home /data/dvhc} mean the same.
 */
public final class GlobalOptions {

    // jdbc:h2:./x, jdbc:h2:file:../x;OPTIONS: the prefix, the relative file, the options.
    private static final Pattern RELATIVE_H2 = Pattern.compile("(?i)(jdbc:h2:(?:file:)?)(\\.\\.?/[^;]*)(.*)");

    /** Output of the log: human text or one JSON object per line. */
    public enum LogFormat { text, json }

    @Option(names = "--home", paramLabel = "<dir>", scope = ScopeType.INHERIT,
            description = "Folder of the embedded database, the logs and the settings; one per user by default: "
                    + "$DVHC_HOME, else $XDG_DATA_HOME/dvhc, else ~/.local/share/dvhc; on Windows %%LOCALAPPDATA%%\\dvhc.")
    Path home;

    @Option(names = "--db", paramLabel = "<jdbc-url>", scope = ScopeType.INHERIT,
            description = "Use this database for everything (catalog, job repository, run records) instead of the "
                    + "embedded H2 file, e.g. jdbc:postgresql://db.example:5432/dvhc.")
    String db;

    @Option(names = "--db-user", paramLabel = "<user>", scope = ScopeType.INHERIT,
            description = "Database user for --db.")
    String dbUser;

    @Option(names = "--db-password-env", paramLabel = "<var>", scope = ScopeType.INHERIT,
            description = "Name of the environment variable that holds the database password "
                    + "(passwords never go on the command line).")
    String dbPasswordEnv;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print only the result and errors: no warnings, no progress.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Print progress details, the effective configuration and stack traces of errors.")
    boolean verbose;

    @Option(names = "--no-progress", scope = ScopeType.INHERIT,
            description = "No progress bar, even on a terminal.")
    boolean noProgress;

    @Option(names = "--log-format", paramLabel = "<format>", scope = ScopeType.INHERIT,
            description = "Log format on stderr and in <home>/logs/dvhc.log: ${COMPLETION-CANDIDATES}. Default: text.")
    LogFormat logFormat = LogFormat.text;

    private Environment environment = Environment.system();
    private ServerLauncher serverLauncher = ServerLauncher.DEFAULT;

    public void environment(Environment value) {
        this.environment = value;
    }

    public Environment environment() {
        return environment;
    }

    /** How a command starts the home's database server when none runs. */
    public void serverLauncher(ServerLauncher value) {
        this.serverLauncher = value;
    }

    /** True with --db (or DVHC_DB): a database server of the user's, not the home's embedded one. */
    public boolean usesExternalDatabase() {
        return db != null && !db.isBlank();
    }

    /** --home, else the user's default home ({@link DefaultHome}); a usage error if there is none. */
    public Path home() {
        return knownHome().orElseThrow(() -> new DvhcException(ErrorCode.USAGE, "no home folder: "
                + "neither --home nor DVHC_HOME is given, and no user folder is known (HOME is not set)", null,
                "pass --home DIR or set DVHC_HOME; the default is " + DefaultHome.rule()));
    }

    /** --home, else the default home; empty if the environment names no user folder. */
    public Optional<Path> knownHome() {
        return home != null ? Optional.of(home) : DefaultHome.of(environment);
    }

    public boolean quiet() {
        return quiet;
    }

    public boolean verbose() {
        return verbose;
    }

    public boolean progress() {
        return !noProgress && !quiet;
    }

    public LogFormat logFormat() {
        return logFormat;
    }

    /** The database to use: --db, or the embedded H2 file under the home folder. */
    public DatabaseSettings database() {
        if (!usesExternalDatabase()) {
            return DatabaseSettings.embedded(home(), serverLauncher);
        }
        String password = "";
        if (dbPasswordEnv != null) {
            password = environment.variable(dbPasswordEnv);
            if (password == null) {
                throw new DvhcException(ErrorCode.USAGE, "the environment variable " + dbPasswordEnv
                        + " (named by --db-password-env) is not set", null, "export it, or name another variable");
            }
        }
        return new DatabaseSettings(absoluteH2(db, environment.workingDirectory()),
                dbUser == null ? System.getProperty("user.name", "dvhc").toLowerCase(Locale.ROOT) : dbUser, password);
    }

    /**
     * An H2 URL whose file is relative to the working folder ({@code jdbc:h2:./data/dvhc}) with that file made
     * absolute: H2 would take it relative to the process's folder, which for a command in the warm process (decision
     * 0018) is not the user's. Other URLs are returned as they are.
     */
    static String absoluteH2(String url, Path folder) {
        Matcher relative = RELATIVE_H2.matcher(url);
        if (!relative.matches()) {
            return url;
        }
        return relative.group(1) + folder.resolve(relative.group(2)).normalize() + relative.group(3);
    }

    /** These options as a command line would give them, for a command that runs another ({@code dvhc demo}). */
    public List<String> asArguments() {
        List<String> args = new ArrayList<>(List.of("--home", home().toString()));
        if (usesExternalDatabase()) {
            args.addAll(List.of("--db", db));
        }
        if (dbUser != null) {
            args.addAll(List.of("--db-user", dbUser));
        }
        if (dbPasswordEnv != null) {
            args.addAll(List.of("--db-password-env", dbPasswordEnv));
        }
        if (quiet) {
            args.add("-q");
        }
        if (verbose) {
            args.add("-v");
        }
        if (noProgress) {
            args.add("--no-progress");
        }
        args.addAll(List.of("--log-format", logFormat.name()));
        return args;
    }

    /** What the run uses, for {@code -v}: secrets masked. */
    public String describe() {
        return "home = " + home().toAbsolutePath() + System.lineSeparator()
                + "db = " + database().maskedUrl() + System.lineSeparator()
                + "log = " + home().toAbsolutePath().resolve("logs").resolve("dvhc.log");
    }
}
