package vn.dvhc.remap;

/** What one block of records became: output rows, reject rows, and their counts. */
final class OutputBlock {

    final ByteSink output;
    final ByteSink rejects;
    final RemapCounts counts = new RemapCounts();
    /** The input offset just after the block's records ({@link RecordBlock#endOffset}). */
    final long endOffset;

    OutputBlock(int outputCapacity, long endOffset) {
        this.output = new ByteSink(outputCapacity);
        this.rejects = new ByteSink(256);
        this.endOffset = endOffset;
    }
}
