package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import vn.dvhc.testing.Registers;
import vn.dvhc.testing.TestDatabases;

/**
 * kill -9 at random points of a command's whole life, then the same command again: it must complete, to the same
 * result as an uninterrupted run, and the home must pass {@code reference verify}. A trial kills either the
 * command alone, when its n-th line of {@code -v} output appears (a point in program order: replayable from the
 * seed), or the command and the home's database server together after a random time (a power loss; this covers
 * the preparation of a new home, which the server does). A remap handed to the warm process is killed through its
 * client, or with the warm process and the server in a power loss.
 */
final class KillStress {

    /** What is killed. */
    enum Scenario {
        REMAP_NEW_HOME, REMAP_WARM_HOME, REFERENCE_IMPORT, AGENCIES_VALIDATE,
        /** The remap handed to the warm process (decision 0018): its client killed, or all of it in a power loss. */
        REMAP_WARM_PROCESS
    }

    /** One kill: at the n-th stderr line of the command, or after a delay together with the server. */
    record Trial(int number, Scenario scenario, boolean powerLoss, int line, long delayMillis) {
        @Override
        public String toString() {
            return "trial " + number + " " + scenario + (powerLoss ? ": command and server killed after "
                    + delayMillis + " ms" : ": command killed at its output line " + line);
        }
    }

    /** A trial that did not end as it must, with what happened. */
    record Failure(Trial trial, String what) {
    }

    private static final String RELEASE = "gso-2025-07-18";

    private final Path work;
    private final Path input;
    private final Path warmTemplate;
    private final Path sharedWarmHome;
    private final Path runtime;
    private final List<String> importArgs;
    private final Map<Scenario, Reference> references = new EnumMap<>(Scenario.class);

    KillStress(Path work) throws IOException {
        this.work = work;
        this.input = work.resolve("register.csv");
        Registers.generate(input, 10_000, 2026, 3);
        this.warmTemplate = work.resolve("warm-template");
        this.sharedWarmHome = work.resolve("warm-home");
        this.runtime = WarmProcesses.runtimeFolder(work);
        CliHarness.Result first = CliHarness.target(TestDatabases.Kind.H2, warmTemplate).run("-q", "reference", "list");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        HomeServers.stop(warmTemplate);
        // The GSO unit exports: 10,794 units written in one transaction, the largest a catalog import makes.
        Path exports = Files.createDirectories(work.resolve("gso"));
        for (String name : List.of("gso-old-communes-2025-07-18.csv", "gso-old-districts-2025-07-18.csv")) {
            Files.copy(CliHarness.official(name), exports.resolve(name));
        }
        this.importArgs = List.of("reference", "import", exports.toString());
    }

    /** The trials of a seed: the scenarios in turn, a random kill point each, one in four a power loss. */
    List<Trial> plan(long seed, int count, List<Scenario> scenarios) throws Exception {
        for (Scenario scenario : scenarios) {
            references.put(scenario, reference(scenario));
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Scenario scenario = scenarios.get(i % scenarios.size());
            Reference reference = references.get(scenario);
            boolean powerLoss = random.nextInt(4) == 0;
            trials.add(new Trial(i + 1, scenario, powerLoss, 1 + random.nextInt(reference.lines()),
                    random.nextLong(reference.millis() + reference.millis() / 10 + 1)));
        }
        return trials;
    }

    /** Runs one trial; null if it ended as it must. */
    Failure run(Trial trial) throws Exception {
        Path home = home(trial);
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, home);
        Path output = work.resolve("out-" + trial.number());
        List<String> args = args(trial.scenario(), output);
        try {
            kill(trial, target, args);
            CliHarness.Result again = target.run(args.toArray(String[]::new));
            String problem = check(trial.scenario(), again, target, output);
            if (problem == null) {
                CliHarness.Result verify = target.run("reference", "verify");
                problem = verify.exitCode() == 0 ? null : "reference verify failed afterwards:\n" + verify;
            }
            return problem == null ? null : new Failure(trial, problem);
        } finally {
            if (!home.equals(sharedWarmHome)) {
                HomeServers.stop(home);
            }
        }
    }

    /** Stops the server of the warm home the trials shared, and the warm process. */
    void finish() throws Exception {
        WarmProcesses.stop(runtime);
        HomeServers.stop(sharedWarmHome);
    }

    // A new home, or a copy of a warm one for an import (which must find its release absent), or the one warm
    // home that the other trials share (its server keeps running between them, as on a user's machine).
    private Path home(Trial trial) throws IOException {
        return switch (trial.scenario()) {
            case REMAP_NEW_HOME -> work.resolve("home-" + trial.number());
            case REFERENCE_IMPORT -> warmCopy(work.resolve("home-" + trial.number()));
            case REMAP_WARM_HOME, AGENCIES_VALIDATE, REMAP_WARM_PROCESS -> {
                if (!Files.exists(sharedWarmHome)) {
                    warmCopy(sharedWarmHome);
                }
                yield sharedWarmHome;
            }
        };
    }

    private Path warmCopy(Path home) throws IOException {
        Files.createDirectories(home);
        Files.copy(warmTemplate.resolve("dvhc.mv.db"), home.resolve("dvhc.mv.db"));
        return home;
    }

    private void kill(Trial trial, CliHarness.Target target, List<String> args) throws Exception {
        Path stdout = work.resolve("child-" + trial.number() + ".out");
        if (trial.scenario() == Scenario.REMAP_WARM_PROCESS) {
            killWarm(trial, target, args, stdout);
            return;
        }
        if (!trial.powerLoss()) {
            try (ChildDvhc child = ChildDvhc.startKilledAt(target, stdout, args, "", trial.line())) {
                child.awaitEnd();
            }
            return;
        }
        try (ChildDvhc child = ChildDvhc.start(target, stdout, args)) {
            child.awaitEnd(trial.delayMillis());
            child.kill();
            HomeServers.kill(target.home());
        }
    }

    private void killWarm(Trial trial, CliHarness.Target target, List<String> args, Path stdout) throws Exception {
        ProcessHandle warm = WarmProcesses.await(target, runtime, work);
        if (trial.powerLoss()) {
            try (ChildDvhc child = ChildDvhc.startWarm(target, work, runtime, stdout, args, null, 0)) {
                child.awaitEnd(trial.delayMillis());
                child.kill();
                warm.destroyForcibly();
                HomeServers.kill(target.home());
            }
            return;
        }
        try (ChildDvhc child = ChildDvhc.startWarm(target, work, runtime, stdout, args, "", trial.line())) {
            child.awaitEnd();
        }
        // A client killed during its command ends the warm process at once; one killed after its last line may have
        // seen the command end, and the process serves on. Either way the same command must then complete.
        WarmProcesses.endsWithin(warm, 5);
    }

    private String check(Scenario scenario, CliHarness.Result again, CliHarness.Target target, Path output)
            throws IOException {
        Reference reference = references.get(scenario);
        return switch (scenario) {
            case REMAP_NEW_HOME, REMAP_WARM_HOME, REMAP_WARM_PROCESS -> {
                if (again.exitCode() != 0 && again.exitCode() != 6) {
                    yield "the remap did not complete:\n" + again;
                }
                yield Files.exists(output) && reference.matches(read(output) + read(Path.of(output + ".rejects.csv")))
                        ? null : "the output differs from an uninterrupted run (" + again + ")";
            }
            case REFERENCE_IMPORT -> {
                if (again.exitCode() != 0 && again.exitCode() != 6) {
                    yield "the import did not complete:\n" + again;
                }
                CliHarness.Result show = target.run("reference", "show", RELEASE);
                yield reference.matches(withoutImportTime(show.out())) ? null
                        : "the imported release differs from an uninterrupted import:\n" + show;
            }
            case AGENCIES_VALIDATE -> again.exitCode() == 1 && reference.matches(withoutExecutionId(read(output)))
                    ? null : "the validation did not give the same findings:\n" + again;
        };
    }

    private List<String> args(Scenario scenario, Path output) {
        return switch (scenario) {
            case REMAP_NEW_HOME, REMAP_WARM_HOME, REMAP_WARM_PROCESS -> List.of("remap", "--input", input.toString(), "--output",
                    output.toString(), "--fail-on", "never", "--chunk", "250");
            case REFERENCE_IMPORT -> importArgs;
            case AGENCIES_VALIDATE -> List.of("agencies", "validate", CliHarness.projectRoot()
                    .resolve("sample-data/agencies/lao-cai-with-mistakes.csv").toString(), "--as-of", "2026-07-01",
                    "--format", "json", "--output", output.toString());
        };
    }

    // An uninterrupted run in a child JVM: how many lines it prints, how long it takes, what it produces.
    private Reference reference(Scenario scenario) throws Exception {
        Path home = work.resolve("reference-" + scenario);
        if (scenario != Scenario.REMAP_NEW_HOME) {
            warmCopy(home);
        }
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, home);
        Path output = work.resolve("reference-" + scenario + ".out");
        long start = System.nanoTime();
        int lines;
        try (ChildDvhc child = ChildDvhc.start(target, work.resolve("reference-" + scenario + ".stdout"),
                args(scenario, output))) {
            int exit = child.exitCode();
            assertThat(exit).as(child.log()).isIn(0, 1);
            lines = child.lineCount();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String result = switch (scenario) {
            case REMAP_NEW_HOME, REMAP_WARM_HOME, REMAP_WARM_PROCESS -> read(output) + read(Path.of(output + ".rejects.csv"));
            case REFERENCE_IMPORT -> withoutImportTime(target.run("reference", "show", RELEASE).out());
            case AGENCIES_VALIDATE -> withoutExecutionId(read(output));
        };
        HomeServers.stop(home);
        return new Reference(lines, millis, result);
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static String withoutExecutionId(String json) {
        return json.replaceAll("\"executionId\" : \\d+", "\"executionId\" : 0");
    }

    private static String withoutImportTime(String show) {
        return show.replaceAll("imported \\S+", "imported …");
    }

    /** An uninterrupted run of a scenario. */
    record Reference(int lines, long millis, String result) {
        boolean matches(String other) {
            return result.equals(other);
        }
    }
}
