package vn.dvhc.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** One run of a launcher (bin/dvhc or scripts/dvhc) as a process: its exit code, stdout and stderr. */
record LauncherRun(int code, String out, String err) {

    /**
     * Runs the launcher with {@code args} in {@code folder} (which also takes its output files), its environment set
     * by {@code env}.
     */
    static LauncherRun of(Path launcher, Path folder, Consumer<Map<String, String>> env, String... args)
            throws Exception {
        return withInput("", launcher, folder, env, args);
    }

    /** The same, with {@code input} as the launcher's standard input. */
    static LauncherRun withInput(String input, Path launcher, Path folder, Consumer<Map<String, String>> env,
                                 String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        env.accept(builder.environment());
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        Path in = Files.writeString(Files.createTempFile(folder, "in", ".txt"), input, StandardCharsets.UTF_8);
        Process process = builder.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s ends within 5 minutes", command).isTrue();
        return new LauncherRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
