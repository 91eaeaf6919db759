package vn.dvhc.remap;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import vn.dvhc.remap.address.AddressColumns;

/**
 * What a {@code remapJob} run means, typed; {@link RemapJob} turns it into job parameters and back.
 *
 * @param inputSha256 the input's content, which identifies the run (not its path)
 * @param rejects     the rejects file; with a workbook output, the output itself when the rejects are a sheet of it
 * @param asOf        the date the target release was chosen for; null for the newest
 * @param broker      the Artemis broker of remote partitions; null for threads of this process
 * @param partitions  with a broker: how many partitions the input is cut into
 * @param padCodes    {@code --pad-codes}: codes that lost their leading zeros are read with them ({@link CodePadding})
 * @param dataset     {@code --dataset}: the name the report counts the run under; null to count it by its rows
 * @param workbook    the input is an .xlsx workbook (recognised by its content), converted to CSV by the job
 * @param chunk       rows per commit ({@code --chunk}), or {@link #DEFAULT_CHUNK}
 * @param sheet       with a workbook: the worksheet to read; null for the first
 * @param splits      the split rules, match column and worklist; {@link SplitOptions#NONE} without them
 * @param addresses   the address or unit-name columns named by the operator ({@link AddressColumns#NONE} when none)
 */
public record RemapSettings(Path input, String inputSha256, Path output, Path rejects, String communeColumn,
                            String districtColumn, String provinceColumn, String from, String to, LocalDate asOf,
                            OnSplit onSplit, String delimiter, String encoding, int chunk, int threads, FailOn failOn,
                            String broker, int partitions, boolean padCodes, String dataset, boolean workbook,
                            String sheet, SplitOptions splits, AddressColumns addresses) {

    /** {@code chunk} when {@code --chunk} is not given: the job chooses by what it reads (RemapWorkerStepConfig). */
    public static final int DEFAULT_CHUNK = 0;

    public RemapSettings {
        addresses = addresses == null ? AddressColumns.NONE : addresses;
    }

    /** Without address or unit-name columns. */
    public RemapSettings(Path input, String inputSha256, Path output, Path rejects, String communeColumn,
                         String districtColumn, String provinceColumn, String from, String to, LocalDate asOf,
                         OnSplit onSplit, String delimiter, String encoding, int chunk, int threads, FailOn failOn,
                         String broker, int partitions, boolean padCodes, String dataset, boolean workbook,
                         String sheet, SplitOptions splits) {
        this(input, inputSha256, output, rejects, communeColumn, districtColumn, provinceColumn, from, to, asOf, onSplit,
                delimiter, encoding, chunk, threads, failOn, broker, partitions, padCodes, dataset, workbook, sheet,
                splits, AddressColumns.NONE);
    }

    /** Without split rules or worklist, nor address or unit-name columns. */
    public RemapSettings(Path input, String inputSha256, Path output, Path rejects, String communeColumn,
                         String districtColumn, String provinceColumn, String from, String to, LocalDate asOf,
                         OnSplit onSplit, String delimiter, String encoding, int chunk, int threads, FailOn failOn,
                         String broker, int partitions, boolean padCodes, String dataset, boolean workbook,
                         String sheet) {
        this(input, inputSha256, output, rejects, communeColumn, districtColumn, provinceColumn, from, to, asOf, onSplit,
                delimiter, encoding, chunk, threads, failOn, broker, partitions, padCodes, dataset, workbook, sheet,
                SplitOptions.NONE);
    }

    /** When the run ends with exit code 1. */
    public enum FailOn { REJECT, SPLIT, NEVER }

    /** Whether partitions run on workers behind a broker rather than on threads of this process. */
    public boolean remote() {
        return broker != null;
    }

    /** Whether the output is written as an .xlsx workbook (by its name; only for a workbook input). */
    public boolean workbookOutput() {
        return isWorkbookName(output);
    }

    /** Whether the rejects go to a sheet of the output workbook rather than to a CSV file. */
    public boolean rejectsInSheet() {
        return workbookOutput() && rejects.equals(output);
    }

    /** Whether a file is named as an .xlsx workbook. */
    public static boolean isWorkbookName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * Whether split rows may be resolved, so that the output gets the columns {@code remap_basis} and
     * {@code match_note}: with {@code --on-split population} or {@code --split-rules}. Without them the output keeps
     * the seven columns, byte for byte as before.
     */
    public boolean resolvesSplits() {
        return onSplit == OnSplit.POPULATION || splits.rules() != null;
    }
}
