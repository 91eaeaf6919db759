package vn.dvhc.remap;

import java.util.Arrays;

/** A growable byte buffer without the locking of ByteArrayOutputStream: output rows are built in one. */
final class ByteSink {

    private byte[] bytes;
    private int length;

    ByteSink(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    void write(byte[] source, int from, int count) {
        ensure(count);
        System.arraycopy(source, from, bytes, length, count);
        length += count;
    }

    void write(byte[] source) {
        write(source, 0, source.length);
    }

    void write(byte b) {
        ensure(1);
        bytes[length++] = b;
    }

    /** A non-negative number in ASCII digits. */
    void writeNumber(long value) {
        write(Long.toString(value).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
