package vn.dvhc.remap;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.dvhc.common.ProgressSink;
import vn.dvhc.testing.BuiltInChain;

/**
 * The rows' own cost, apart from Spring Batch, the database, the fsyncs and the catalog load: one thread reads a
 * file with {@link BlockReader} (finding records) and remaps every block with {@link BlockRemapper} (encoding check,
 * rows digest, remap) against the built-in chain, nothing written, several passes in one JVM; prints the thread's CPU
 * time per pass, and the reading's part of it (with {@code --threads} the one part not spread over threads), which
 * other processes on a shared machine disturb far less than wall time (docs/benchmarks.md, issue 17).
 * {@code java -XX:+UseSerialGC -Xmx256m -Xmn48m -cp batch-jobs/target/test-classes:batch-jobs/target/classes:cli/target/lib/*
 * vn.dvhc.remap.RemapRowsBench FILE PASSES}
 */
public final class RemapRowsBench {

    private RemapRowsBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int passes = Integer.parseInt(args[1]);
        TextEncoding text = TextEncoding.of("UTF-8");
        RemapSettings settings = new RemapSettings(file, "unused", file.resolveSibling("out.csv"),
                file.resolveSibling("out.csv.rejects.csv"), null, null, null, "pre-2025", "2026-04-30", null,
                OnSplit.FLAG, null, "UTF-8", 1000, 1, RemapSettings.FailOn.NEVER, null, 0, false, null, false, null);
        InputLayout layout = InputInspector.inspect(settings, text);
        RemapTable table = RemapTable.build(BuiltInChain.table(), OnSplit.FLAG, text, layout.delimiter(), false);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int p = 0; p < passes; p++) {
            long cpu = mx.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            BlockReader reader = new BlockReader(file, layout, text, new Partition(0, layout.dataStart(), Files.size(file),
                    layout.dataLine()), 1000, ProgressSink.NONE);
            BlockRemapper remapper = new BlockRemapper(table, null, layout, text, false);
            ExecutionContext context = new ExecutionContext();
            reader.open(context);
            long rows = 0;
            long bytes = 0;
            // The reading thread's share apart: with --threads it is the one part that is not spread.
            long reading = 0;
            while (true) {
                long before = mx.getCurrentThreadCpuTime();
                RecordBlock block = reader.read();
                reading += mx.getCurrentThreadCpuTime() - before;
                if (block == null) {
                    break;
                }
                OutputBlock out = remapper.process(block);
                rows += out.counts.read;
                bytes += out.output.length();
            }
            reader.update(context);
            reader.close();
            System.out.printf("pass %d: cpu %.3f s (read %.3f s) wall %.3f s rows %d out %d%n", p,
                    (mx.getCurrentThreadCpuTime() - cpu) / 1e9, reading / 1e9, (System.nanoTime() - wall) / 1e9, rows, bytes);
        }
    }
}
