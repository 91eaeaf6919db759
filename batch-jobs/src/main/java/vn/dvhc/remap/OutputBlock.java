package vn.dvhc.remap;

/** What one block of records became: output rows, reject rows, and their counts. */
final class OutputBlock {

    final ByteSink output;
    final ByteSink rejects;
    final RemapCounts counts = new RemapCounts();

    OutputBlock(int outputCapacity) {
        this.output = new ByteSink(outputCapacity);
        this.rejects = new ByteSink(256);
    }
}
