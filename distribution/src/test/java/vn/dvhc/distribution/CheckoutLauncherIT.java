package vn.dvhc.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
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
    void withDvhcWarmAShortRunIsHandedToTheWarmProcessAndOneReadingStdinRunsInItsOwnJvm() throws Exception {
        Assumptions.assumeFalse(sourcesNewerThanTheJar(), "sources changed since the jar was built");
        Path runtime = Files.createDirectory(temp.resolve("runtime"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        String home = temp.resolve("home").toString();
        Consumer<Map<String, String>> warm = env -> {
            env.put("DVHC_WARM", "1");
            env.put("XDG_RUNTIME_DIR", runtime.toString());
            env.put("DVHC_PROFILE", "1");
        };
        LauncherRun first = runWithInput("", warm, "--home", home, "reference", "lookup", "26740");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).as("no warm process yet: its own JVM").doesNotContain("client up to the warm process");
        Path folder = runtime.resolve("dvhc");
        try {
            awaitSocket(folder);
            LauncherRun handed = runWithInput("", warm, "--home", home, "reference", "lookup", "26740");
            assertThat(handed.code()).as(handed.err()).isZero();
            assertThat(handed.out()).isEqualTo(first.out());
            assertThat(handed.err()).contains("client up to the warm process");

            LauncherRun stdin = runWithInput("P3 Q10 HCM\n", warm, "--home", home, "reference", "lookup", "-");
            assertThat(stdin.code()).as(stdin.err()).isZero();
            assertThat(stdin.out()).contains("27190");
            assertThat(stdin.err()).as("standard input is the terminal's: its own JVM")
                    .doesNotContain("client up to the warm process");
        } finally {
            for (Path lock : locks(folder)) {
                ProcessHandle.of(Long.parseLong(Files.readString(lock).trim())).ifPresent(ProcessHandle::destroy);
            }
        }
    }

    // The first command starts the warm process in the background: it listens once its socket is there.
    private static void awaitSocket(Path folder) throws Exception {
        try (WatchService watch = folder.getFileSystem().newWatchService()) {
            folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!hasSocket(folder)) {
                WatchKey key = watch.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                assertThat(key).as("a warm process listens in %s within 60 s", folder).isNotNull();
                key.pollEvents();
                key.reset();
            }
        }
    }

    private static boolean hasSocket(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".sock"));
        }
    }

    private static List<Path> locks(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".lock")).toList();
        }
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
            env.remove("DVHC_WARM");
            more.accept(env);
        }, args);
    }
}
