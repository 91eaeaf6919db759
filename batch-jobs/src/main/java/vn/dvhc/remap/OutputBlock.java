package vn.dvhc.remap;

/** What one block of records became: output rows, reject rows, their counts and the sum of their row hashes. */
final class OutputBlock {

    final ByteSink output;
    final ByteSink rejects;
    final RemapCounts counts = new RemapCounts();
    final RowsDigest rows;
    /** The input offset just after the block's records ({@link RecordBlock#endOffset}). */
    final long endOffset;
    /**
     * The slots whose code was read with its leading zeros restored, in the row being remapped: kept here, with the
     * block, and not in the remapper, which remaps blocks on several threads at once.
     */
    int rowPadded;

    OutputBlock(int outputCapacity, long endOffset, TextEncoding encoding) {
        this.rows = new RowsDigest(encoding);
        this.output = new ByteSink(outputCapacity);
        this.rejects = new ByteSink(256);
        this.endOffset = endOffset;
    }
}
