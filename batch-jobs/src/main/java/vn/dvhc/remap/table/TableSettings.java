package vn.dvhc.remap.table;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import vn.dvhc.common.EnvironmentVariables;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.remap.OnSplit;
import vn.dvhc.remap.RemapSettings;
import vn.dvhc.remap.address.AddressColumns;

/**
 * What a remap of a database table means (spec §5c).
 *
 * @param sourceUrl   the JDBC URL of the database holding the table, without a password
 * @param sourceUser  the user, or null for the driver's default
 * @param passwordEnv the environment variable holding the password, or null for none; read at every start
 * @param table       {@code [SCHEMA.]TABLE} as given
 * @param key         the key columns, as given: the rows are read in this order
 * @param into        {@code [SCHEMA.]NEW_TABLE} of {@code --into}, or null for {@code --in-place}
 * @param asOf        the date the release in force was chosen for, or null for the newest
 * @param rejectsFile the CSV file of {@code --rejects}, or null for the table {@code <target>_rejects}
 * @param threads     how many key ranges are remapped at once ({@code --threads})
 */
public record TableSettings(String sourceUrl, String sourceUser, String passwordEnv, String table, List<String> key,
                            String into, String communeColumn, String districtColumn, String provinceColumn,
                            AddressColumns addresses, String from, String to, LocalDate asOf, OnSplit onSplit,
                            boolean padCodes, String dataset, int chunk, RemapSettings.FailOn failOn,
                            Path rejectsFile, int threads) {

    public TableSettings {
        key = List.copyOf(key);
    }

    /** Rejects in the table {@code <target>_rejects}, one thread. */
    public TableSettings(String sourceUrl, String sourceUser, String passwordEnv, String table, List<String> key,
                         String into, String communeColumn, String districtColumn, String provinceColumn,
                         AddressColumns addresses, String from, String to, LocalDate asOf, OnSplit onSplit,
                         boolean padCodes, String dataset, int chunk, RemapSettings.FailOn failOn) {
        this(sourceUrl, sourceUser, passwordEnv, table, key, into, communeColumn, districtColumn, provinceColumn,
                addresses, from, to, asOf, onSplit, padCodes, dataset, chunk, failOn, null, 1);
    }

    public boolean inPlace() {
        return into == null;
    }

    /**
     * The password from its variable in the command line's environment: null when none is named; a named variable
     * that is not set is a usage error.
     */
    public String password(EnvironmentVariables environment) {
        if (passwordEnv == null) {
            return null;
        }
        String value = environment.get(passwordEnv);
        if (value == null) {
            throw new DvhcException(ErrorCode.USAGE, "the environment variable "
                    + passwordEnv + " (named by --source-password-env) is not set", null,
                    "export it, or name another variable");
        }
        return value;
    }

    /** Where the rows read go: the new table, or the source itself. */
    public TableName target() {
        return TableName.parse(inPlace() ? table : into, inPlace() ? "--table" : "--into");
    }

    /** Whether the rejected rows go to a CSV file ({@code --rejects}) instead of a table. */
    public boolean rejectsToFile() {
        return rejectsFile != null;
    }

    /** {@code <target>_rejects}, beside the target. */
    public TableName rejects() {
        TableName target = target();
        return target.withTable(target.table() + "_rejects");
    }
}
