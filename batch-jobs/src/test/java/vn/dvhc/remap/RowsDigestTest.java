package vn.dvhc.remap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.dvhc.testing.Registers;

/**
 * The identity of a dataset by its rows: the same rows in another encoding, with a byte-order mark, CRLF line ends,
 * blank lines or in another order are one dataset; one changed character is another. The sum does not depend on
 * where the file is cut.
 */
class RowsDigestTest {

    private static final String HEADER = "so_dinh_danh,ho_ten,dia_chi,ma_xa";
    private static final List<String> ROWS = List.of(
            "079085001234,Nguyễn Văn Hùng,\"12 Hàm Nghi, Phường Bến Nghé\",26740",
            "079090004567,Trần Thị Mai,\"45 Đinh Tiên Hoàng, Phường Đa Kao\",26737",
            "001093010101,Lê Thuỷ Tiên,thôn Đông,00553",
            "052068013131,Trịnh Văn Đức,Xã Ea Kly,bad");

    @TempDir
    Path temp;

    private String identity(String name, byte[] bytes, String encoding) throws IOException {
        Path file = Files.write(temp.resolve(name), bytes);
        ExecutionContext context = RemapRows.remap(file, encoding, false, OnSplit.FLAG).digestContext();
        return RowsDigest.load(context, null).identity();
    }

    private static byte[] utf8(String header, List<String> rows, String lineEnd) {
        return (header + lineEnd + String.join(lineEnd, rows) + lineEnd).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameRowsInAnyEncodingLineEndOrOrderAreOneDataset() throws IOException {
        String utf8 = identity("utf8.csv", utf8(HEADER, ROWS, "\n"), "UTF-8");
        ByteArrayOutputStream cp1258 = new ByteArrayOutputStream();
        TextEncoding windows = TextEncoding.of("windows-1258");
        cp1258.write(windows.encode(HEADER + "\r\n" + String.join("\r\n", ROWS) + "\r\n"));
        assertThat(new String(cp1258.toByteArray(), windows.charset()))
                .as("windows-1258 writes the tone marks apart: the text differs until NFC")
                .isNotEqualTo(HEADER + "\r\n" + String.join("\r\n", ROWS) + "\r\n");
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write(utf8("ma_so,ten,dia chi,Mã xã", ROWS, "\r\n"));
        List<String> shuffled = new ArrayList<>(ROWS);
        Collections.reverse(shuffled);
        List<String> nfd = ROWS.stream().map(r -> Normalizer.normalize(r, Normalizer.Form.NFD)).toList();

        assertThat(identity("cp1258.csv", cp1258.toByteArray(), "windows-1258")).isEqualTo(utf8);
        assertThat(identity("bom-crlf-other-header.csv", bom.toByteArray(), "UTF-8")).isEqualTo(utf8);
        assertThat(identity("reversed.csv", utf8(HEADER, shuffled, "\n"), "UTF-8")).isEqualTo(utf8);
        assertThat(identity("nfd.csv", utf8(HEADER, nfd, "\n"), "UTF-8")).isEqualTo(utf8);
        assertThat(identity("blank-lines.csv", (HEADER + "\n\n" + String.join("\n\n", ROWS) + "\n\n")
                .getBytes(StandardCharsets.UTF_8), "UTF-8")).isEqualTo(utf8);
    }

    @Test
    void anotherCharacterOrARowMoreOrLessIsAnotherDataset() throws IOException {
        String utf8 = identity("utf8.csv", utf8(HEADER, ROWS, "\n"), "UTF-8");
        List<String> changed = new ArrayList<>(ROWS);
        changed.set(2, changed.get(2).replace("Thuỷ", "Thủy"));
        List<String> twice = new ArrayList<>(ROWS);
        twice.add(ROWS.get(0));
        assertThat(identity("changed.csv", utf8(HEADER, changed, "\n"), "UTF-8")).isNotEqualTo(utf8);
        assertThat(identity("twice.csv", utf8(HEADER, twice, "\n"), "UTF-8")).isNotEqualTo(utf8);
        assertThat(identity("fewer.csv", utf8(HEADER, ROWS.subList(0, 3), "\n"), "UTF-8")).isNotEqualTo(utf8);
        assertThat(identity("empty.csv", (HEADER + "\n").getBytes(StandardCharsets.UTF_8), "UTF-8")).isNotEqualTo(utf8);
    }

    @Test
    void partitionsAddedUpGiveTheIdentityOfTheWholeFile() throws IOException {
        Path file = temp.resolve("register.csv");
        Registers.generate(file, 3_000, 11, 5);
        List<String> lines = Files.readAllLines(file);
        String whole = identity("whole.csv", Files.readAllBytes(file), "UTF-8");
        RowsDigest sum = new RowsDigest(null);
        for (List<String> part : List.of(lines.subList(1, 1_001), lines.subList(1_001, 2_500), lines.subList(2_500, 3_001))) {
            String id = "part" + part.size() + ".csv";
            Path partFile = Files.write(temp.resolve(id), utf8(lines.get(0), part, "\n"));
            sum.add(RowsDigest.load(RemapRows.remap(partFile, "UTF-8", false, OnSplit.FLAG).digestContext(), null));
        }
        assertThat(sum.identity()).isEqualTo(whole);
    }

    @Test
    void aPartitionRestartedFromItsLastCommitGoesOnWithTheDigestOfThatCommit() throws IOException {
        Path file = temp.resolve("register.csv");
        Registers.generate(file, 2_500, 5, 5);
        String whole = identity("whole.csv", Files.readAllBytes(file), "UTF-8");
        RemapSettings settings = new RemapSettings(file, "unused", temp.resolve("o.csv"), temp.resolve("o.rej.csv"), null,
                null, null, "pre-2025", "2026-04-30", null, OnSplit.FLAG, null, "UTF-8", 1000, 1,
                RemapSettings.FailOn.NEVER, null, 0, false, null, false, null);
        TextEncoding utf8 = TextEncoding.of("UTF-8");
        InputLayout layout = InputInspector.inspect(settings, utf8);
        Partition all = new Partition(0, layout.dataStart(), Files.size(file), layout.dataLine());
        BlockRemapper remapper = new BlockRemapper(RemapRows.table(utf8, layout.delimiter(), OnSplit.FLAG), null,
                layout, utf8, false);
        RemapFiles files = RemapFiles.of(settings, 1);
        ExecutionContext context = new ExecutionContext();
        BlockReader reader = new BlockReader(file, layout, utf8, all, 700, vn.dvhc.common.ProgressSink.NONE);
        PartWriter writer = new PartWriter(file, layout, files, all, false);
        reader.open(context);
        writer.open(context);
        for (int commit = 0; commit < 2; commit++) {
            writer.write(new Chunk<>(remapper.process(reader.read())));
            reader.update(context);
            writer.update(context);
        }
        writer.write(new Chunk<>(remapper.process(reader.read())));
        reader.close();
        writer.close();
        assertThat(context.getLong(RemapCounts.READ_KEY)).as("the second commit records the first").isEqualTo(700);
        BlockReader restarted = new BlockReader(file, layout, utf8, all, 700, vn.dvhc.common.ProgressSink.NONE);
        PartWriter rewriter = new PartWriter(file, layout, files, all, false);
        restarted.open(context);
        rewriter.open(context);
        for (RecordBlock block = restarted.read(); block != null; block = restarted.read()) {
            rewriter.write(new Chunk<>(remapper.process(block)));
        }
        restarted.update(context);
        rewriter.update(context);
        restarted.close();
        rewriter.close();
        assertThat(context.getLong(RemapCounts.READ_KEY)).isEqualTo(2_500);
        assertThat(RowsDigest.load(context, null).identity())
                .as("the blocks after the recorded commit, lost with the process, are added again, once").isEqualTo(whole);
    }

    @Test
    void theScannersNfcShortcutAgreesWithTheNormalizerOnEveryCharacterItAccepts() {
        StringBuilder text = new StringBuilder();
        List<Integer> codePoints = new ArrayList<>();
        for (int cp = 0x20; cp < 0x10000; cp++) {
            if (!Character.isSurrogate((char) cp) && cp != ',' && cp != '"') {
                codePoints.add(cp);
                text.appendCodePoint(cp).append('\n');
            }
        }
        text.append("o\u0300\nĐặng Ngọc Hải,\"1, xóm Chùa\"\n");
        List<Scans.Scanned> records = Scans.scan(temp, text.toString().getBytes(StandardCharsets.UTF_8),
                TextEncoding.of("UTF-8"));
        int accepted = 0;
        for (int k = 0; k < codePoints.size(); k++) {
            int cp = codePoints.get(k);
            if (records.get(k).nfc()) {
                accepted++;
                String one = new String(Character.toChars(cp));
                assertThat(Normalizer.isNormalized(one, Normalizer.Form.NFC)).as("U+%04X", cp).isTrue();
                assertThat(Normalizer.isNormalized("a" + one, Normalizer.Form.NFC)).as("a + U+%04X", cp).isTrue();
                assertThat(Character.getType(cp)).as("U+%04X is no mark", cp).isNotIn((int) Character.NON_SPACING_MARK,
                        (int) Character.COMBINING_SPACING_MARK, (int) Character.ENCLOSING_MARK);
            }
        }
        assertThat(accepted).as("U+0020–U+02FF and U+1E00–U+1EFF but the comma and the quote")
                .isEqualTo(0x300 - 0x20 - 2 + 0x100);
        assertThat(records.get(codePoints.size()).nfc()).as("a combining mark").isFalse();
        assertThat(records.get(codePoints.size() + 1).nfc()).as("Vietnamese in NFC").isTrue();
    }
}
