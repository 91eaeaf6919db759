package vn.dvhc.error;

/**
 * The one exception type of dvhc. It says what went wrong, where ({@link Location}), and what to do about it
 * (the hint); its {@link ErrorCode} decides the exit code. The CLI prints it once, without a stack trace
 * unless {@code -v}.
 */
public class DvhcException extends RuntimeException {

    private final ErrorCode code;
    private final transient Location location;
    private final String hint;

    public DvhcException(ErrorCode code, String message) {
        this(code, message, null, null, null);
    }

    public DvhcException(ErrorCode code, String message, Location location, String hint) {
        this(code, message, location, hint, null);
    }

    public DvhcException(ErrorCode code, String message, Location location, String hint, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.location = location;
        this.hint = hint;
    }

    public ErrorCode code() {
        return code;
    }

    public ExitCode exitCode() {
        return code.exitCode();
    }

    /** May be null when the problem has no place in a file. */
    public Location location() {
        return location;
    }

    /** What the user can do about it; may be null. */
    public String hint() {
        return hint;
    }

    /** The message with its location in front, as printed after {@code dvhc: error:}. */
    public String describe() {
        String where = location == null ? "" : location.toString();
        return where.isEmpty() ? getMessage() : where + ": " + getMessage();
    }

    /** With the location, so that a stack trace (and the step's exit description, made from one) names it. */
    @Override
    public String toString() {
        return getClass().getName() + ": " + describe();
    }

    /** Finds the first DvhcException in a cause chain, or null. */
    public static DvhcException find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DvhcException dvhc) {
                return dvhc;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
