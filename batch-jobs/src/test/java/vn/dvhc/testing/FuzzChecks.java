package vn.dvhc.testing;

import vn.dvhc.error.DvhcException;

/**
 * The properties every parser's fuzz target checks besides "no other exception": an error says which file it is
 * about, and where the input has lines, which line.
 */
public final class FuzzChecks {

    private FuzzChecks() {
    }

    /** The error names the file (its location ends with the file's name). */
    public static void namesFile(DvhcException error, String file) {
        if (error.location() == null || error.location().file() == null || !error.location().file().endsWith(file)) {
            throw new IllegalStateException("an error that does not name " + file + ": " + error.describe(), error);
        }
    }

    /** The error names the file and a line of it (1 or more). */
    public static void namesLine(DvhcException error, String file) {
        namesFile(error, file);
        if (error.location().line() < 1) {
            throw new IllegalStateException("an error without a line of " + file + ": " + error.describe(), error);
        }
    }

    /** A property that must hold of what parsed. */
    public static void check(boolean property, String what) {
        if (!property) {
            throw new IllegalStateException(what);
        }
    }
}
