package vn.dvhc.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, {@code scripts/dvhc}, on the jar this build made: the checkout's launcher shares its
 * JVM options with the zip's {@code bin/dvhc} (distribution/src/lib/dvhc-launcher.bash) and keeps its class-data
 * archives beside the jar.
 */
@Tag("slow")
class CheckoutLauncherIT {

    private static final Path ROOT = Path.of(System.getProperty("dvhc.root")).toAbsolutePath().normalize();

    @TempDir
    Path temp;

    private WarmFolder warm;

    @BeforeEach
    void runtimeFolder() throws IOException {
        warm = WarmFolder.in(temp);
    }

    @Test
    void versionAndALookupRunOnTheBuiltJar() throws Exception {
        // The launcher builds a jar older than the sources; this test must not start Maven inside Maven.
        Assumptions.assumeFalse(sourcesNewerThanTheJar(), "sources changed since the jar was built");
        LauncherRun version = run("--version");
        assertThat(version.code()).as(version.err()).isZero();
        assertThat(version.out()).contains("dvhc " + System.getProperty("dvhc.version"));

        LauncherRun lookup = run("--home", temp.resolve("home").toString(), "reference", "lookup", "26740");
        assertThat(lookup.code()).as(lookup.err()).isZero();
        assertThat(lookup.out()).contains("26740 in pre-2025: Phường Bến Nghé", "Phường Sài Gòn (26740)");
        assertThat(lookup.err()).doesNotContain("warning", "building the jar");
        LauncherRun addresses = runWithInput("P3 Q10 HCM\n", "--home", temp.resolve("home").toString(), "reference",
                "lookup", "-");
        assertThat(addresses.code()).as(addresses.err()).isZero();
        assertThat(addresses.out()).as("an address read from the launcher's stdin").contains("27190");
        try (Stream<Path> files = Files.list(ROOT.resolve("cli/target"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("the help and job archives beside the jar, made by the launcher")
                    .filteredOn(name -> name.endsWith(".jsa") || name.endsWith(".aot"))
                    .anyMatch(name -> name.startsWith("dvhc-help-"))
                    .anyMatch(name -> name.startsWith("dvhc-") && !name.startsWith("dvhc-help-"));
        }
    }

    @Test
    void byDefaultAShortRunIsHandedToTheWarmProcessAndOneReadingStdinRunsInItsOwnJvm() throws Exception {
        Assumptions.assumeFalse(sourcesNewerThanTheJar(), "sources changed since the jar was built");
        String home = temp.resolve("home").toString();
        Consumer<Map<String, String>> byDefault = env -> {
            env.remove("DVHC_WARM");
            env.put("DVHC_PROFILE", "1");
        };
        LauncherRun first = runWithInput("", byDefault, "--home", home, "reference", "lookup", "26740");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).as("no warm process yet: its own JVM").doesNotContain("client up to the warm process");
        warm.awaitSocket();
        LauncherRun handed = runWithInput("", byDefault, "--home", home, "reference", "lookup", "26740");
        assertThat(handed.code()).as(handed.err()).isZero();
        assertThat(handed.out()).isEqualTo(first.out());
        assertThat(handed.err()).contains("client up to the warm process");

        LauncherRun stdin = runWithInput("P3 Q10 HCM\n", byDefault, "--home", home, "reference", "lookup", "-");
        assertThat(stdin.code()).as(stdin.err()).isZero();
        assertThat(stdin.out()).contains("27190");
        assertThat(stdin.err()).as("standard input is the terminal's: its own JVM")
                .doesNotContain("client up to the warm process");

        for (String no : List.of("0", "off")) {
            LauncherRun off = runWithInput("", env -> {
                env.put("DVHC_WARM", no);
                env.put("DVHC_PROFILE", "1");
            }, "--home", home, "reference", "lookup", "26740");
            assertThat(off.code()).as(off.err()).isZero();
            assertThat(off.out()).isEqualTo(first.out());
            assertThat(off.err()).as("DVHC_WARM=%s: its own JVM", no).doesNotContain("client up to the warm process");
        }
    }

    @AfterEach
    void stopWarmProcesses() throws IOException {
        warm.stop();
    }

    private static boolean sourcesNewerThanTheJar() throws IOException {
        Path jar = ROOT.resolve("cli/target/dvhc.jar");
        if (!Files.exists(jar)) {
            return true;
        }
        FileTime built = Files.getLastModifiedTime(jar);
        for (String tree : List.of("pom.xml", "cli/pom.xml", "batch-jobs/pom.xml", "picocli/pom.xml", "cli/src/main",
                "batch-jobs/src/main")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(tree))) {
                if (files.anyMatch(file -> lastModified(file).compareTo(built) > 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private LauncherRun run(String... args) throws Exception {
        return runWithInput("", args);
    }

    private LauncherRun runWithInput(String input, String... args) throws Exception {
        return runWithInput(input, env -> { }, args);
    }

    private LauncherRun runWithInput(String input, Consumer<Map<String, String>> more, String... args)
            throws Exception {
        return LauncherRun.withInput(input, ROOT.resolve("scripts/dvhc"), temp, env -> {
            env.put("DVHC_JAVA_CMD", Path.of(System.getProperty("java.home"), "bin", "java").toString());
            env.remove("DVHC_HOME");
            env.remove("DVHC_JAVA_OPTS");
            // Every command in its own JVM unless a test asks for the warm process (the default), which then is the
            // test's.
            env.put("DVHC_WARM", "0");
            env.put("XDG_RUNTIME_DIR", warm.runtime().toString());
            more.accept(env);
        }, args);
    }
}
