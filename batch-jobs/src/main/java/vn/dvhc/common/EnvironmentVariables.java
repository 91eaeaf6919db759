package vn.dvhc.common;

import java.util.Map;

/**
 * The environment variables a job may read (a password named by an option): the command line's, which it injects
 * into the job's context, so that a job never reads the process environment itself and a test can give its own.
 * Never stored: a variable's value does not become a job parameter, and is not logged.
 */
public record EnvironmentVariables(Map<String, String> values) {

    /** A job run without the command line's: no variable is set. */
    public static final EnvironmentVariables NONE = new EnvironmentVariables(Map.of());

    public EnvironmentVariables {
        values = Map.copyOf(values);
    }

    /** The variable's value, or null when it is not set. */
    public String get(String name) {
        return values.get(name);
    }

    @Override
    public String toString() {
        // Values may be secrets: a log or an exception message shows the names only.
        return "EnvironmentVariables" + values.keySet();
    }
}
