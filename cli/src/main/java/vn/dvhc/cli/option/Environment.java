package vn.dvhc.cli.option;

import java.io.Console;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Map;

/** The process environment as the CLI sees it; tests pass their own. */
public record Environment(Map<String, String> variables, Path workingDirectory, boolean terminal) {

    /** Set by the launcher: whether stderr, where the progress bar goes, is a terminal. */
    public static final String STDERR_TTY = "DVHC_STDERR_TTY";
    /** {@code 1}: print where the command's time went on stderr ({@code vn.dvhc.common.Timeline}). */
    public static final String PROFILE = "DVHC_PROFILE";
    /** {@code 0}: the launchers run without their class-data archive. */
    public static final String CDS = "DVHC_CDS";

    public static Environment system() {
        String stderr = System.getenv(STDERR_TTY);
        return new Environment(System.getenv(), Path.of("").toAbsolutePath(),
                stderr != null ? stderr.equals("1") : isTerminal());
    }

    public String variable(String name) {
        return variables.get(name);
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
