package vn.dvhc.cli.warm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmServerTest {

    @TempDir
    Path temp;

    @Test
    void anIdleProcessEndsAndLeavesNothingButWhatItHadToSay() throws IOException {
        WarmPlace place = WarmPlace.in(temp.resolve("dvhc")).orElseThrow();
        Files.createFile(place.log()); // as WarmServer.start makes it for the process's output
        Files.writeString(place.folder().resolve("warm-0123456789abcdef.log"), "another build's process said this\n");

        serveUntilIdle(place);
        assertThat(files(place)).as("the socket, the lock and an empty log are gone")
                .containsExactly("warm-0123456789abcdef.log");

        Files.writeString(place.log(), "warm: a client went away before its command ran\n");
        serveUntilIdle(place);
        assertThat(files(place)).as("a log with something in it stays")
                .containsExactlyInAnyOrder("warm-0123456789abcdef.log", place.log().getFileName().toString());
    }

    private static void serveUntilIdle(WarmPlace place) throws IOException {
        WarmServer.serve(place.folder(), (args, environment, out, err, interruption) -> 0, Duration.ofMillis(50));
    }

    private static List<String> files(WarmPlace place) throws IOException {
        try (Stream<Path> files = Files.list(place.folder())) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
