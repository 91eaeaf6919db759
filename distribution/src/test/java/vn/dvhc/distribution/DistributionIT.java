package vn.dvhc.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zip as a user gets it: unpacked into an empty folder (nothing of the checkout on the class path), run
 * through bin/dvhc with only a JDK on the PATH, as the README's "Install" section says.
 */
@Tag("slow")
class DistributionIT {

    @TempDir
    static Path temp;

    private static Path app;

    /** The runtime folder of any warm process a command here would start (decision 0018): the test's, not the user's. */
    private static WarmFolder warm;

    @BeforeAll
    static void unzip() throws IOException {
        Path zip = Path.of(System.getProperty("dvhc.zip"));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = temp.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(temp)).as("entry inside the folder: %s", entry.getName()).isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        app = temp.resolve("dvhc-" + System.getProperty("dvhc.version"));
        warm = WarmFolder.in(temp);
        // ZipInputStream does not restore Unix modes; unzip does (the assembly stores 0755 for bin/dvhc).
        Files.setPosixFilePermissions(app.resolve("bin/dvhc"), java.util.Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
    }

    @AfterAll
    static void stopWarmProcesses() throws IOException {
        warm.stop();
    }

    @Test
    void versionHelpAndTheDemoRunFromTheZipAlone() throws Exception {
        assertThat(run("--version").out()).contains("dvhc " + System.getProperty("dvhc.version"));
        LauncherRun help = run("--help");
        assertThat(help.out()).contains("remap", "reference", "jobs", "Exit codes:");
        try (var archives = Files.list(temp.resolve("cache/dvhc"))) {
            assertThat(archives.map(p -> p.getFileName().toString()))
                    .as("help and version make a small class-data archive of their own in the user's cache")
                    .singleElement().asString().startsWith("dvhc-help-").endsWith(".jsa");
        }
        LauncherRun demo = run("--home", temp.resolve("home").toString(), "demo");
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("rows read = 18 written + 4 rejected", "Phường Sài Gòn");
        assertThat(temp.resolve("home/dvhc.mv.db")).exists();
        try (var archives = Files.list(temp.resolve("cache/dvhc"))) {
            assertThat(archives.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("dvhc-help-")))
                    .as("the first job command makes the class-data archive in the user's cache")
                    .singleElement().asString().startsWith("dvhc-").endsWith(".jsa");
        }
        LauncherRun again = run("--home", temp.resolve("home").toString(), "reference", "list");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).doesNotContain("preparing").as("nothing the launcher sets is an unknown setting")
                .doesNotContain("warning");
        assertThat(Files.readString(temp.resolve("home/logs/server.log")))
                .as("the new home is a copy of the template in the jar, not made by the migrations")
                .contains("from this build's template").doesNotContain("Migrating schema");
        String[] serverArguments = serverArguments(temp.resolve("home"));
        assertThat(serverArguments)
                .as("the home's server starts with the command's class-data archive")
                .anyMatch(argument -> argument.startsWith("-XX:SharedArchiveFile=" + temp.resolve("cache/dvhc/dvhc-")));
        assertThat(serverArguments)
                .as("the heap in transparent huge pages exactly where the kernel offers them (the command's too)")
                .filteredOn("-XX:+UseTransparentHugePages"::equals).hasSize(hugePagesOffered() ? 1 : 0);
        assertThat(help.out()).as("no JVM warning on stdout").doesNotContain("[warning]");
        Path without = temp.resolve("home-without-huge-pages");
        LauncherRun off = run(Map.of("DVHC_JAVA_OPTS", "-XX:-UseTransparentHugePages"), "--home", without.toString(),
                "reference", "list");
        assertThat(off.code()).as(off.err()).isZero();
        assertThat(serverArguments(without))
                .as("switched off in DVHC_JAVA_OPTS, the last flag counts for the server as for the command")
                .filteredOn(argument -> argument.endsWith("UseTransparentHugePages"))
                .containsExactly("-XX:-UseTransparentHugePages");
    }

    // The command line of the home's running server. Read from /proc: ProcessHandle.Info has no arguments for a
    // command line as long as the server's class path.
    private static String[] serverArguments(Path home) throws IOException {
        String server = Files.readString(home.resolve("dvhc.server.lock"), StandardCharsets.US_ASCII).trim();
        return Files.readString(Path.of("/proc", server, "cmdline"), StandardCharsets.UTF_8).split("\0");
    }

    private static boolean hugePagesOffered() throws IOException {
        Path enabled = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        return Files.isReadable(enabled)
                && Files.readString(enabled).matches("(?s).*\\[(always|madvise)\\].*");
    }

    /**
     * A short run gets the C1 compiler alone, on one thread where the machine has at most two processors (the JVM's
     * two C1 threads took the second core from the command); a DVHC_JAVA_OPTS that chooses the compilers still starts,
     * although the JVM refuses both compilers on one thread.
     */
    @Test
    void shortRunsCompileOnOneThreadWhereTwoProcessorsAreAll() throws Exception {
        String home = temp.resolve("home-compilers").toString();
        String cache = temp.resolve("cache-compilers").toString();
        LauncherRun flags = run(Map.of("DVHC_JAVA_OPTS", "-XX:+PrintFlagsFinal", "XDG_CACHE_HOME", cache), "--home",
                home, "reference", "lookup", "26740");
        assertThat(flags.code()).as(flags.err()).isZero();
        assertThat(flags.out()).containsPattern("TieredStopAtLevel += 1 .*\\{command line\\}");
        assertThat(flags.out()).containsPattern(fewProcessors() ? "CICompilerCount += 1 .*\\{command line\\}"
                : "CICompilerCount += \\d+ .*\\{ergonomic\\}");
        LauncherRun both = run(Map.of("DVHC_JAVA_OPTS", "-XX:TieredStopAtLevel=4", "XDG_CACHE_HOME", cache), "--home",
                home, "reference", "lookup", "26740");
        assertThat(both.code()).as(both.err()).isZero();
        assertThat(both.out()).startsWith("26740 in pre-2025");
    }

    private static boolean fewProcessors() throws IOException {
        Path online = Path.of("/sys/devices/system/cpu/online");
        return Files.isReadable(online) && Files.readString(online).trim().matches("0|0-1");
    }

    /**
     * On Java 25 and later the launcher keeps an AOT cache instead of a class-data archive, for help and for jobs, and
     * gives it to the home's server too; what the JVM says about the cache never reaches the command's output. Skipped
     * where no Java 25 or later is installed under /usr/lib/jvm (this machine kind has Temurin's).
     */
    @Test
    void onJava25TheLauncherKeepsAnAotCache() throws Exception {
        Optional<Path> java25 = javaFrom(25);
        Assumptions.assumeTrue(java25.isPresent(), "no Java 25 or later under /usr/lib/jvm");
        Path cache = temp.resolve("cache25");
        Map<String, String> env = Map.of("DVHC_JAVA_CMD", java25.get().toString(), "XDG_CACHE_HOME", cache.toString());
        Path home = temp.resolve("home25");
        LauncherRun help = run(env, "--help");
        assertThat(help.out()).startsWith("Carry data through").doesNotContain("[warning]");
        LauncherRun lookup = run(env, "--home", home.toString(), "reference", "lookup", "26740");
        assertThat(lookup.code()).as(lookup.err()).isZero();
        assertThat(lookup.out()).isEqualTo(run(Map.of(), "--home", temp.resolve("home17").toString(), "reference",
                "lookup", "26740").out());
        try (var archives = Files.list(cache.resolve("dvhc"))) {
            assertThat(archives.map(p -> p.getFileName().toString()).sorted())
                    .as("an AOT cache for help and one for jobs").hasSize(2).allMatch(name -> name.endsWith(".aot"));
        }
        assertThat(serverArguments(home))
                .as("the home's server starts with the command's AOT cache")
                .anyMatch(argument -> argument.startsWith("-XX:AOTCache=" + cache.resolve("dvhc/dvhc-")));
    }

    // A java binary under /usr/lib/jvm whose release file says Java `feature` or later.
    private static Optional<Path> javaFrom(int feature) throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java"))).filter(home -> {
                try {
                    return Files.readAllLines(home.resolve("release")).stream()
                            .filter(line -> line.startsWith("JAVA_VERSION=\""))
                            .map(line -> line.substring("JAVA_VERSION=\"".length()).split("[.\"]")[0])
                            .anyMatch(major -> major.matches("\\d+") && Integer.parseInt(major) >= feature);
                } catch (IOException e) {
                    return false;
                }
            }).sorted().map(home -> home.resolve("bin/java")).findFirst();
        }
    }

    /** The zip's launcher hands short commands after the first to a warm process (decision 0018). */
    @Test
    void aSecondShortCommandIsHandedToTheWarmProcess() throws Exception {
        WarmFolder own = WarmFolder.in(Files.createDirectory(temp.resolve("warm-test")));
        Map<String, String> env = Map.of("DVHC_WARM", "1", "XDG_RUNTIME_DIR", own.runtime().toString(),
                "DVHC_PROFILE", "1");
        String home = temp.resolve("home-warm").toString();
        try {
            LauncherRun first = run(env, "--home", home, "reference", "lookup", "26740");
            assertThat(first.code()).as(first.err()).isZero();
            assertThat(first.err()).as("none listens yet: its own JVM").doesNotContain("client up to the warm process");
            own.awaitSocket();
            LauncherRun handed = run(env, "--home", home, "reference", "lookup", "26740");
            assertThat(handed.code()).as(handed.err()).isZero();
            assertThat(handed.out()).isEqualTo(first.out());
            assertThat(handed.err()).contains("client up to the warm process");
        } finally {
            own.stop();
        }
    }

    @Test
    void shipsTheLauncherForWindowsCompletionAndManPages() throws IOException {
        assertThat(Files.readString(app.resolve("bin/dvhc.cmd"))).contains("\r\n", "vn.dvhc.cli.Dvhc");
        String completion = Files.readString(app.resolve("share/bash-completion/completions/dvhc"));
        assertThat(completion).contains("complete -F _complete_dvhc", "remap", "jobs", "--input");
        String man = Files.readString(app.resolve("share/man/man1/dvhc-remap.1"));
        assertThat(man).startsWith("'\\\" t").contains(".TH \"DVHC\\-REMAP\"", "\\-\\-input");
        assertThat(app.resolve("share/man/man1/dvhc.1")).exists();
        assertThat(app.resolve("sample-data/remap/ho-khau-trich-xuat.csv")).exists();
        try (var jars = Files.list(app.resolve("lib"))) {
            assertThat(jars.map(p -> p.getFileName().toString())).contains("dvhc-cli-" + System.getProperty(
                    "dvhc.version") + ".jar").noneMatch(name -> name.contains("junit") || name.contains("zonky"));
        }
    }

    private static LauncherRun run(String... args) throws Exception {
        return run(Map.of(), args);
    }

    private static LauncherRun run(Map<String, String> more, String... args) throws Exception {
        return LauncherRun.of(app.resolve("bin/dvhc"), temp, env -> {
            env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
            env.remove("DVHC_HOME");
            env.put("XDG_CACHE_HOME", temp.resolve("cache").toString());
            env.put("DVHC_WARM", "0");
            env.put("XDG_RUNTIME_DIR", warm.runtime().toString());
            env.putAll(more);
        }, args);
    }
}
