package vn.dvhc.infra.embedded;

import java.sql.SQLException;
import java.util.Locale;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * Tells a damaged embedded database (H2 cannot read its own file or indexes) from other database failures, so
 * that the user is told which file is damaged and how to repair it, with exit code 4, instead of a job failure.
 */
public final class DamagedStore {

    // org.h2.api.ErrorCode: FILE_CORRUPTED_1, ROW_NOT_FOUND_IN_PRIMARY_INDEX, FILE_VERSION_ERROR_1.
    private static final int FILE_CORRUPTED = 90030;
    private static final int ROW_NOT_FOUND_IN_PRIMARY_INDEX = 90143;
    private static final int LOCK_TIMEOUT = 50200;
    /**
     * H2 2.5 reports a row that an index names but the table lost as a lock timeout caused by "Row … not found in
     * primary index"; over the network only the outer message arrives, and its table name is never filled in: a
     * real lock timeout names its table, this one says "{0}".
     */
    private static final String UNNAMED_LOCK = "lock table {0}";

    public static final String REPAIR_HINT = "run 'dvhc doctor --repair': it rebuilds the built-in releases from the "
            + "shipped data and keeps the job history, stored runs and imported releases it can still read "
            + "(the damaged file is kept beside)";

    private DamagedStore() {
    }

    /** The damage named in a failure's cause chain, as the error to report, or null if it is no damage. */
    public static DvhcException find(HomeFiles files, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isDamage(t)) {
                return new DvhcException(ErrorCode.HOME_DAMAGED, "the database of the home " + files.dir()
                        + " is damaged (" + files.database().getFileName() + "): " + describe(t), null,
                        REPAIR_HINT, failure);
            }
        }
        return null;
    }

    static DvhcException orUnavailable(HomeFiles files, SQLException e) {
        DvhcException damaged = find(files, e);
        return damaged != null ? damaged : new DvhcException(ErrorCode.DB_UNAVAILABLE, "cannot open the database "
                + files.database() + ": " + firstLine(e.getMessage()), null,
                "check that the home folder is yours and writable; see " + files.logs().resolve("dvhc.log"), e);
    }

    static boolean isDamage(Throwable t) {
        if (t instanceof SQLException sql
                && (sql.getErrorCode() == FILE_CORRUPTED || sql.getErrorCode() == ROW_NOT_FOUND_IN_PRIMARY_INDEX
                || sql.getErrorCode() == LOCK_TIMEOUT && String.valueOf(sql.getMessage()).contains(UNNAMED_LOCK))) {
            return true;
        }
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        return t.getClass().getName().equals("org.h2.mvstore.MVStoreException")
                && (message.contains("corrupt") || message.contains("chunk"));
    }

    /** The damage in words: H2's own message, or what its unnamed lock timeout means. */
    static String describe(Throwable t) {
        String message = firstLine(t.getMessage());
        return message.contains(UNNAMED_LOCK) ? "an index names a row that its table no longer holds" : message;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
