package vn.dvhc.cli.option;

import java.io.Console;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Map;

/**
 * The process environment as the CLI sees it; tests pass their own.
 *
 * @param windows  whether the platform's conventions are Windows' (the default home, {@link DefaultHome})
 * @param userHome the user's home folder as the JVM knows it, or null: then only {@code HOME} names it
 */
public record Environment(Map<String, String> variables, Path workingDirectory, boolean terminal, boolean windows,
                          Path userHome) {

    /** Set by the launcher: whether stderr, where the progress bar goes, is a terminal. */
    public static final String STDERR_TTY = "DVHC_STDERR_TTY";
    /** {@code 1}: print where the command's time went on stderr ({@code vn.dvhc.common.Timeline}). */
    public static final String PROFILE = "DVHC_PROFILE";
    /** Set by the launchers: when they started, as bash's {@code $EPOCHREALTIME} (for {@link #PROFILE}). */
    public static final String LAUNCHED = "DVHC_LAUNCHED";
    /** {@code 0}: the launchers run every command in a JVM of its own, none in the warm process (decision 0018). */
    public static final String WARM = "DVHC_WARM";
    /** {@code 0}: the launchers run without their class-data archive. */
    public static final String CDS = "DVHC_CDS";

    /**
     * An environment of these variables alone, on a Unix-like platform: nothing but {@code HOME} (if given) names a
     * user folder, so that a test that forgets {@code --home} is refused instead of writing into the user's data.
     */
    public Environment(Map<String, String> variables, Path workingDirectory, boolean terminal) {
        this(variables, workingDirectory, terminal, false, null);
    }

    public static Environment system() {
        String stderr = System.getenv(STDERR_TTY);
        return new Environment(System.getenv(), Path.of("").toAbsolutePath(),
                stderr != null ? stderr.equals("1") : isTerminal(),
                System.getProperty("os.name", "").startsWith("Windows"), Path.of(System.getProperty("user.home")));
    }

    public String variable(String name) {
        return variables.get(name);
    }

    /**
     * A path as the user wrote it, relative to this environment's working folder: a command run in the warm process
     * (decision 0018) has the folder of the terminal it was typed in, not the process's. {@code -} (standard output)
     * stays as it is.
     */
    public Path path(String value) {
        return value.equals("-") ? Path.of(value) : workingDirectory.resolve(value);
    }

    // Java 22+ returns a Console even when output is redirected and tells the truth through isTerminal();
    // on 17 a redirected process has no Console at all.
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method method = Console.class.getMethod("isTerminal");
            return (Boolean) method.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
