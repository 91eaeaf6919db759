package vn.dvhc.remap;

import java.nio.file.Path;
import java.time.LocalDate;

import vn.dvhc.remap.address.AddressColumns;

/**
 * What a {@code remapJob} run means, typed; {@link RemapJob} turns it into job parameters and back.
 *
 * @param inputSha256 the input's content, which identifies the run (not its path)
 * @param asOf        the date the target release was chosen for; null for the newest
 * @param broker      the Artemis broker of remote partitions; null for threads of this process
 * @param partitions  with a broker: how many partitions the input is cut into
 * @param addresses   the address or unit-name columns named by the operator ({@link AddressColumns#NONE} when none)
 */
public record RemapSettings(Path input, String inputSha256, Path output, Path rejects, String communeColumn,
                            String districtColumn, String provinceColumn, String from, String to, LocalDate asOf,
                            OnSplit onSplit, String delimiter, String encoding, int chunk, int threads, FailOn failOn,
                            String broker, int partitions, AddressColumns addresses) {

    public RemapSettings {
        addresses = addresses == null ? AddressColumns.NONE : addresses;
    }

    /** A remap by codes alone. */
    public RemapSettings(Path input, String inputSha256, Path output, Path rejects, String communeColumn,
                         String districtColumn, String provinceColumn, String from, String to, LocalDate asOf,
                         OnSplit onSplit, String delimiter, String encoding, int chunk, int threads, FailOn failOn,
                         String broker, int partitions) {
        this(input, inputSha256, output, rejects, communeColumn, districtColumn, provinceColumn, from, to, asOf, onSplit,
                delimiter, encoding, chunk, threads, failOn, broker, partitions, AddressColumns.NONE);
    }

    /** When the run ends with exit code 1. */
    public enum FailOn { REJECT, SPLIT, NEVER }

    /** Whether partitions run on workers behind a broker rather than on threads of this process. */
    public boolean remote() {
        return broker != null;
    }
}
