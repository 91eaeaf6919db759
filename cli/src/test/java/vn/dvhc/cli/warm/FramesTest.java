package vn.dvhc.cli.warm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FramesTest {

    @TempDir
    Path folder;

    @Test
    void aRequestArrivesAsSentWithItsTextInUtf8() throws IOException {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("DVHC_HOME", "/home/người dùng/dvhc");
        variables.put("EMPTY", "");
        Frames.Request sent = new Frames.Request(Path.of("/tmp/Hồ sơ"),
                List.of("remap", "--input", "hộ khẩu.csv", "", "--output=x"), variables,
                Instant.parse("2026-12-07T20:00:00.123Z"), Instant.parse("2026-12-07T20:00:00.351Z"));
        Frames.Request unprofiled = new Frames.Request(Path.of("/"), List.of(), Map.of(), null, null);
        try (Pair pair = Pair.open(folder)) {
            pair.client.send(sent);
            pair.client.send(unprofiled);
            assertThat(pair.server.readRequest()).isEqualTo(sent);
            assertThat(pair.server.readRequest()).isEqualTo(unprofiled);
        }
    }

    @Test
    void outputAndTheExitCodeArriveInOrderAndTheEndOfTheStreamIsMinusOne() throws IOException {
        try (Pair pair = Pair.open(folder)) {
            OutputStream out = pair.server.output(Frames.OUT);
            out.write("Phường Sài Gòn\n".getBytes(StandardCharsets.UTF_8));
            pair.server.output(Frames.ERR).write('!');
            pair.server.sendExit(130);
            pair.server.close();

            assertThat(pair.client.readType()).isEqualTo(Frames.OUT);
            assertThat(new String(pair.client.readBytes(), StandardCharsets.UTF_8)).isEqualTo("Phường Sài Gòn\n");
            assertThat(pair.client.readType()).isEqualTo(Frames.ERR);
            assertThat(pair.client.readBytes()).containsExactly('!');
            assertThat(pair.client.readType()).isEqualTo(Frames.EXIT);
            assertThat(pair.client.readExit()).isEqualTo(130);
            assertThat(pair.client.readType()).isEqualTo(-1);
        }
    }

    @Test
    void aClientThatGoesAwayBeforeItsRequestIsNoRequest() throws IOException {
        try (Pair pair = Pair.open(folder)) {
            pair.client.close();
            assertThat(pair.server.readRequest()).isNull();
        }
    }

    /** Both ends of one connection over a socket in the folder. */
    private record Pair(Frames client, Frames server, ServerSocketChannel listener) implements AutoCloseable {

        static Pair open(Path folder) throws IOException {
            ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            listener.bind(UnixDomainSocketAddress.of(folder.resolve("test.sock")));
            SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(folder.resolve("test.sock")));
            return new Pair(new Frames(client), new Frames(listener.accept()), listener);
        }

        @Override
        public void close() throws IOException {
            client.close();
            server.close();
            listener.close();
        }
    }
}
