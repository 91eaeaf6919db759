package vn.dvhc.remap;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One part of the input: bytes {@code [start, end)}, beginning on a record start at physical line {@code line}.
 * Kept in the partition's execution context.
 */
record Partition(int index, long start, long end, long line) {

    static final String INDEX = "remap.partition.index";
    static final String START = "remap.partition.start";
    static final String END = "remap.partition.end";
    static final String LINE = "remap.partition.line";

    ExecutionContext toContext() {
        ExecutionContext context = new ExecutionContext();
        context.putInt(INDEX, index);
        context.putLong(START, start);
        context.putLong(END, end);
        context.putLong(LINE, line);
        return context;
    }

    static Partition of(ExecutionContext context) {
        return new Partition(context.getInt(INDEX), context.getLong(START), context.getLong(END), context.getLong(LINE));
    }
}
