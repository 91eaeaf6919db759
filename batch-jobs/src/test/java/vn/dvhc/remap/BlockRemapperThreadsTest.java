package vn.dvhc.remap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.dvhc.common.ProgressSink;

/**
 * {@code --threads N} remaps the blocks of a chunk on N threads with one {@link BlockRemapper} (decision 0036): what
 * it decides for a row must not leak into a row of another block remapped at the same moment. {@code --pad-codes}
 * rows are the test, since whether a row's codes were padded decides its reason, its note and a counter.
 */
class BlockRemapperThreadsTest {

    @TempDir
    Path temp;

    @Test
    void blocksRemappedOnFourThreadsAtOnceGiveTheBytesAndCountsOfOneThread() throws Exception {
        StringBuilder csv = new StringBuilder("id,ma_tinh,ma_huyen,ma_xa\n");
        String[] rows = {"25,227,7933", "25,227,07933", "25,018,7933", "01,018,00553", "25,18,07933", "1,1,1"};
        for (int i = 0; i < 24_000; i++) {
            csv.append(i).append(',').append(rows[i % rows.length]).append('\n');
        }
        Path file = Files.writeString(temp.resolve("in.csv"), csv);
        TextEncoding utf8 = TextEncoding.of("UTF-8");
        RemapSettings settings = new RemapSettings(file, "unused", temp.resolve("o.csv"), temp.resolve("o.rej.csv"),
                null, null, null, "pre-2025", "2026-04-30", null, OnSplit.FLAG, null, "UTF-8", 1000, 4,
                RemapSettings.FailOn.NEVER, null, 0, true, null, false, null);
        InputLayout layout = InputInspector.inspect(settings, utf8);
        List<RecordBlock> blocks = read(file, layout, utf8);
        BlockRemapper remapper = new BlockRemapper(RemapRows.table(utf8, layout.delimiter(), OnSplit.FLAG), null,
                layout, utf8, true);

        List<OutputBlock> one = new ArrayList<>();
        for (RecordBlock block : blocks) {
            one.add(remapper.process(block));
        }
        List<OutputBlock> four = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<OutputBlock>> tasks = blocks.stream()
                    .<Callable<OutputBlock>>map(block -> () -> remapper.process(block)).toList();
            for (Future<OutputBlock> done : threads.invokeAll(tasks)) {
                four.add(done.get());
            }
        } finally {
            threads.shutdown();
        }

        assertThat(one.stream().mapToLong(b -> b.counts.padded).sum()).as("the test has padded rows").isPositive();
        assertThat(one.stream().mapToLong(b -> b.counts.rejected).sum()).as("and rejected ones").isPositive();
        for (int k = 0; k < blocks.size(); k++) {
            assertThat(text(four.get(k).output)).as("output of block " + k).isEqualTo(text(one.get(k).output));
            assertThat(text(four.get(k).rejects)).as("rejects of block " + k).isEqualTo(text(one.get(k).rejects));
            assertThat(four.get(k).counts.padded).as("padded rows of block " + k).isEqualTo(one.get(k).counts.padded);
            assertThat(four.get(k).rows.identity()).isEqualTo(one.get(k).rows.identity());
        }
    }

    private static List<RecordBlock> read(Path file, InputLayout layout, TextEncoding encoding) throws IOException {
        BlockReader reader = new BlockReader(file, layout, encoding, new Partition(0, layout.dataStart(),
                Files.size(file), layout.dataLine()), 100, ProgressSink.NONE);
        reader.open(new ExecutionContext());
        List<RecordBlock> blocks = new ArrayList<>();
        try {
            for (RecordBlock block = reader.read(); block != null; block = reader.read()) {
                blocks.add(block);
            }
        } finally {
            reader.close();
        }
        return blocks;
    }

    private static String text(ByteSink bytes) {
        return new String(bytes.bytes(), 0, bytes.length(), StandardCharsets.UTF_8);
    }
}
