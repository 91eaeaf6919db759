package vn.dvhc.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.error.DvhcException;

class PartFilesTest {

    @TempDir
    Path dir;

    @Test
    void joinsThePartsInOrderUpToTheirCommittedLengths() throws IOException {
        Path target = dir.resolve("out.csv");
        List<Path> parts = PartFiles.parts(target, 7, 3);
        // Part 0 has bytes after its last commit (a run that died): they are cut away.
        Files.writeString(parts.get(0), "a,b\n1,2\nJUNK");
        Files.writeString(parts.get(1), "3,4\n");
        Files.writeString(parts.get(2), "5,6\n");

        PartFiles.join(parts, List.of(8L, 4L, 4L), target);

        assertThat(target).hasContent("a,b\n1,2\n3,4\n5,6\n");
        assertThat(parts.get(0)).doesNotExist();
    }

    @Test
    void replacesAnEarlierOutputAndLeavesNothingElseBehind() throws IOException {
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "the earlier run's output\n".repeat(10_000));
        List<Path> parts = PartFiles.parts(target, 8, 1);
        Files.writeString(parts.get(0), "x\n");

        PartFiles.join(parts, List.of(2L), target);

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("x\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aJoinRepeatedAfterItsRenameFindsTheTargetInPlace() throws IOException {
        Path target = dir.resolve("out.csv");
        List<Path> parts = PartFiles.parts(target, 9, 2);
        Files.writeString(target, "1\n2\n");

        PartFiles.join(parts, List.of(2L, 2L), target);

        assertThat(target).hasContent("1\n2\n");
    }

    @Test
    void aMissingFirstPartWithoutItsTargetIsAnError() {
        Path target = dir.resolve("out.csv");
        List<Path> parts = PartFiles.parts(target, 10, 1);

        assertThatThrownBy(() -> PartFiles.join(parts, List.of(2L), target))
                .isInstanceOf(DvhcException.class)
                .hasMessageContaining("the temporary file is missing");
    }
}
