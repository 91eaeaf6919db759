package vn.dvhc.cli.warm;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages between a command line and the warm process over its socket (decision 0018): each a type byte, then
 * its body. The client sends {@link #REQUEST}; the warm process answers {@link #TAKEN} or {@link #BUSY}; only after
 * the client's {@link #GO} does the command run, so a client that gave up waiting never leaves a command running
 * behind it. Then the warm process sends the command's {@link #OUT} and {@link #ERR} bytes and its {@link #EXIT}
 * code, and the client may send {@link #INTERRUPT} (Ctrl-C).
 */
final class Frames implements AutoCloseable {

    static final byte REQUEST = 'R';
    static final byte TAKEN = 'T';
    static final byte BUSY = 'B';
    static final byte GO = 'G';
    static final byte INTERRUPT = 'I';
    static final byte OUT = 'O';
    static final byte ERR = 'E';
    static final byte EXIT = 'X';

    private static final long NO_INSTANT = Long.MIN_VALUE;

    /**
     * What a client asks for: a command line, in its folder, with its environment variables; for {@code DVHC_PROFILE}
     * also when its JVM and its {@code main} started (else null).
     */
    record Request(Path workingDirectory, List<String> args, Map<String, String> variables, Instant jvmStarted,
                   Instant mainStarted) {
    }

    /** Output of the command: its bytes as one frame. */
    record Output(byte type, byte[] bytes) {
    }

    private final SocketChannel channel;
    private final DataInputStream in;
    private final DataOutputStream out;

    Frames(SocketChannel channel) {
        this.channel = channel;
        // Not Channels.newInputStream/newOutputStream: on Java 17 both lock the channel's blocking lock, so a
        // thread waiting for the next frame would block the one writing the command's output.
        this.in = new DataInputStream(new BufferedInputStream(new ChannelInput(channel)));
        this.out = new DataOutputStream(new BufferedOutputStream(new ChannelOutput(channel)));
    }

    synchronized void send(Request request) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(body);
        string(data, request.workingDirectory().toString());
        data.writeInt(request.args().size());
        for (String arg : request.args()) {
            string(data, arg);
        }
        data.writeInt(request.variables().size());
        for (Map.Entry<String, String> variable : request.variables().entrySet()) {
            string(data, variable.getKey());
            string(data, variable.getValue());
        }
        data.writeLong(millis(request.jvmStarted()));
        data.writeLong(millis(request.mainStarted()));
        out.writeByte(REQUEST);
        out.writeInt(body.size());
        body.writeTo(out);
        out.flush();
    }

    /** The request, or null when the client went away first. */
    Request readRequest() throws IOException {
        if (readType() != REQUEST) {
            return null;
        }
        in.readInt();
        Path folder = Path.of(string(in));
        int count = in.readInt();
        List<String> args = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            args.add(string(in));
        }
        int variables = in.readInt();
        Map<String, String> environment = new LinkedHashMap<>();
        for (int i = 0; i < variables; i++) {
            environment.put(string(in), string(in));
        }
        Instant jvmStarted = instant(in.readLong());
        return new Request(folder, List.copyOf(args), environment, jvmStarted, instant(in.readLong()));
    }

    synchronized void send(byte type) throws IOException {
        out.writeByte(type);
        out.flush();
    }

    synchronized void send(byte type, byte[] bytes, int offset, int length) throws IOException {
        out.writeByte(type);
        out.writeInt(length);
        out.write(bytes, offset, length);
        out.flush();
    }

    synchronized void sendExit(int code) throws IOException {
        out.writeByte(EXIT);
        out.writeInt(code);
        out.flush();
    }

    /** The next frame's type; -1 at the end of the stream. */
    int readType() throws IOException {
        return in.read();
    }

    /** The body of an {@link #OUT} or {@link #ERR} frame. */
    byte[] readBytes() throws IOException {
        return in.readNBytes(in.readInt());
    }

    /** The body of an {@link #EXIT} frame. */
    int readExit() throws IOException {
        return in.readInt();
    }

    /** A stream of the command's output, one frame per write. */
    OutputStream output(byte type) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                send(type, bytes, offset, length);
            }
        };
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private static long millis(Instant instant) {
        return instant == null ? NO_INSTANT : instant.toEpochMilli();
    }

    private static Instant instant(long millis) {
        return millis == NO_INSTANT ? null : Instant.ofEpochMilli(millis);
    }

    private static void string(DataOutputStream data, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        data.writeInt(bytes.length);
        data.write(bytes);
    }

    private static String string(DataInputStream data) throws IOException {
        int length = data.readInt();
        byte[] bytes = data.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static final class ChannelInput extends InputStream {
        private final SocketChannel channel;

        ChannelInput(SocketChannel channel) {
            this.channel = channel;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            return length == 0 ? 0 : channel.read(ByteBuffer.wrap(bytes, offset, length));
        }
    }

    private static final class ChannelOutput extends OutputStream {
        private final SocketChannel channel;

        ChannelOutput(SocketChannel channel) {
            this.channel = channel;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }
}
