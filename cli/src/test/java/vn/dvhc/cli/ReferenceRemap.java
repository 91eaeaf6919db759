package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uninterrupted remap of a register in chunks of 1,000 rows (never failing on rejects): the bytes that every
 * killed, interrupted or distributed run of the same command must write in the end.
 */
record ReferenceRemap(byte[] output, byte[] rejects) {

    static ReferenceRemap run(CliHarness.Target target, Path input, Path output) throws IOException {
        CliHarness.Result run = target.run("remap", "--input", input.toString(), "--output", output.toString(),
                "--fail-on", "never", "--chunk", "1000");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return new ReferenceRemap(Files.readAllBytes(output), Files.readAllBytes(Path.of(output + ".rejects.csv")));
    }
}
