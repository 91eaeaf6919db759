package vn.dvhc.remap.workbook;

/**
 * What {@link WorkbookOutput#write} wrote: rows in the output sheet, rows in the rejects (sheet or CSV). They equal
 * the job's written and rejected counts, or the write fails.
 */
public record WorkbookOutputResult(long written, long rejected) {
}
