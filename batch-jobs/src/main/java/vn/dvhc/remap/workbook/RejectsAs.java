package vn.dvhc.remap.workbook;

/** Where {@link WorkbookOutput} puts the rejected rows of a workbook input. */
public enum RejectsAs {
    /**
     * A CSV file (UTF-8 with a byte-order mark, so that Excel reads the Vietnamese text right): {@code line, reason,
     * detail} and the header, then per rejected row its sheet row, reason, detail and cells as text.
     */
    CSV,
    /** A second sheet, {@value WorkbookOutput#REJECTS_SHEET}, in the output workbook: the same columns, cells typed as in the input. */
    SHEET
}
