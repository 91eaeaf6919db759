package vn.dvhc.remap.workbook;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared strings of a workbook ({@code sharedStrings.xml}), compact and bounded in memory. POI's
 * {@code ReadOnlySharedStringsTable} keeps every string as a Java object: a million distinct names or identity
 * numbers cost 60–100 MB of heap, several million do not fit in {@code -Xmx256m}. Here strings are UTF-8 bytes
 * packed in pages of 1 MiB; the first pages stay in memory up to a budget, later ones go to a temporary file and
 * come back through a small cache of pages. Strings are numbered in the order of first use in the sheet, so a
 * sheet read top to bottom touches the spilled pages mostly in order.
 */
final class SharedStringStore implements Closeable {

    static final long DEFAULT_MEMORY = 32L << 20;
    private static final int PAGE = 1 << 20;
    private static final int MAX_PAGES = 1 << 12;
    private static final int CACHED_PAGES = 8;

    private final Path folder;
    private final long memoryBudget;
    private final List<byte[]> pages = new ArrayList<>();
    private final List<long[]> spilled = new ArrayList<>();
    private final Map<Integer, byte[]> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, byte[]> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    /** Per string: page number in the high 12 bits, offset in the page in the low 20 (a page holds 1 MiB). */
    private int[] refs = new int[1024];
    private int count;
    private byte[] page = new byte[PAGE];
    private int used;
    private long inMemory;
    private Path file;
    private FileChannel channel;

    private SharedStringStore(Path folder, long memoryBudget) {
        this.folder = folder;
        this.memoryBudget = memoryBudget;
    }

    /** An empty store, for a workbook without shared strings. */
    static SharedStringStore empty() {
        return new SharedStringStore(null, 0);
    }

    /** Reads {@code <sst>}: each {@code <si>} is its {@code <t>} text, or its runs' text; phonetic hints are left out. */
    static SharedStringStore read(InputStream sst, Path folder, long memoryBudget) throws XMLStreamException, IOException {
        SharedStringStore store = new SharedStringStore(folder, memoryBudget);
        try {
            XMLStreamReader xml = Xml.reader(sst);
            try {
                StringBuilder text = new StringBuilder();
                int phonetic = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = xml.getLocalName();
                        if (name.equals("si")) {
                            text.setLength(0);
                        } else if (name.equals("rPh")) {
                            phonetic++;
                        } else if (name.equals("t") && phonetic == 0) {
                            text.append(xml.getElementText());
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        String name = xml.getLocalName();
                        if (name.equals("rPh")) {
                            phonetic--;
                        } else if (name.equals("si")) {
                            store.add(CellText.unescape(text.toString()));
                        }
                    }
                }
            } finally {
                xml.close();
            }
            store.finish();
            return store;
        } catch (XMLStreamException | IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    int size() {
        return count;
    }

    void add(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        int need = bytes.length + 5;
        if (used + need > page.length) {
            seal();
            if (pageCount() == MAX_PAGES) {
                throw new IOException("more than 4 GiB of shared strings");
            }
            // A string longer than a page (a crafted file: Excel stops at 32,767 characters) gets a page of its own.
            page = new byte[Math.max(PAGE, need)];
        }
        if (count == refs.length) {
            refs = Arrays.copyOf(refs, count * 2);
        }
        refs[count++] = pageCount() << 20 | used;
        int length = bytes.length;
        while (length >= 0x80) {
            page[used++] = (byte) (length | 0x80);
            length >>>= 7;
        }
        page[used++] = (byte) length;
        System.arraycopy(bytes, 0, page, used, bytes.length);
        used += bytes.length;
        if (page.length > PAGE) {
            seal();
            page = new byte[PAGE];
        }
    }

    private int pageCount() {
        return pages.size();
    }

    // Closes the current page: kept in memory within the budget, else written to the temporary file.
    private void seal() throws IOException {
        if (used == 0) {
            return;
        }
        byte[] full = used == page.length ? page : Arrays.copyOf(page, used);
        if (inMemory + full.length <= memoryBudget || folder == null) {
            pages.add(full);
            spilled.add(null);
            inMemory += full.length;
        } else {
            if (channel == null) {
                file = Files.createTempFile(folder, ".dvhc-strings-", ".tmp");
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE);
            }
            long at = channel.size();
            ByteBuffer buffer = ByteBuffer.wrap(full);
            while (buffer.hasRemaining()) {
                channel.write(buffer, at + buffer.position());
            }
            pages.add(null);
            spilled.add(new long[]{at, full.length});
        }
        used = 0;
    }

    private void finish() throws IOException {
        seal();
        page = null;
    }

    /** The string at {@code index}, or null when there is none. */
    String get(int index) throws IOException {
        if (index < 0 || index >= count) {
            return null;
        }
        int p = refs[index] >>> 20;
        int at = refs[index] & (PAGE - 1);
        byte[] bytes = pages.get(p);
        if (bytes == null) {
            bytes = load(p);
        }
        int length = 0;
        int shift = 0;
        byte b;
        do {
            b = bytes[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        return new String(bytes, at, length, StandardCharsets.UTF_8);
    }

    private byte[] load(int p) throws IOException {
        byte[] bytes = cache.get(p);
        if (bytes == null) {
            long[] where = spilled.get(p);
            bytes = new byte[(int) where[1]];
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, where[0] + buffer.position()) < 0) {
                    throw new IOException("the temporary file of shared strings is shorter than written: " + file);
                }
            }
            cache.put(p, bytes);
        }
        return bytes;
    }

    /** True when some strings went to the temporary file (for tests and logs). */
    boolean spilled() {
        return channel != null;
    }

    @Override
    public void close() throws IOException {
        pages.clear();
        cache.clear();
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
