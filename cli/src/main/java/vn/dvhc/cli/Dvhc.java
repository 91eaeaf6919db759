package vn.dvhc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.apache.logging.log4j.LogManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import vn.dvhc.cli.command.ServerCommand;
import vn.dvhc.cli.logging.Logging;
import vn.dvhc.cli.option.ConfigDefaults;
import vn.dvhc.cli.option.Environment;
import vn.dvhc.cli.option.GlobalOptions;
import vn.dvhc.cli.option.GlobalOptionsHelp;
import vn.dvhc.cli.option.OptionConverters;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.cli.run.Interruption;
import vn.dvhc.cli.warm.WarmClient;
import vn.dvhc.common.Timeline;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ExitCode;

/**
 * The {@code dvhc} command. Arguments are parsed first; {@code --help}, {@code --version} and usage errors
 * answer without logging, database or Spring. Only {@link #main} exits the process.
 */
@Command(name = "dvhc", mixinStandardHelpOptions = true, versionProvider = Dvhc.Version.class,
        header = "Carry data through Vietnam's 2025 administrative-unit reorganisation.",
        description = {
                "Remaps old province/district/commune codes to the units in force (63 provinces became 34 and the "
                        + "district level was abolished on 1 July 2025), manages the reference catalog of unit "
                        + "releases, and runs every data job as a restartable Spring Batch job.",
                "",
                "Settings: an option > its DVHC_* environment variable (--db is DVHC_DB, remap --chunk is "
                        + "DVHC_REMAP_CHUNK) > <home>/dvhc.properties (db=…, remap.chunk=…) > the default."},
        synopsisSubcommandLabel = "COMMAND",
        // The commands: every one, or only the one the command line names (Subcommands).
        modelTransformer = Subcommands.class,
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc demo",
                "  dvhc reference lookup 26740 --from pre-2025",
                "  DB_PASSWORD=… dvhc --db jdbc:postgresql://db/dvhc --db-user dvhc \\",
                "      --db-password-env DB_PASSWORD reference list",
                "",
                "Docs: README.md and docs/ in the distribution."})
public final class Dvhc implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    public Dvhc(CliContext context) {
        this.context = context;
    }

    public GlobalOptions global() {
        return global;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(context.err());
        return ExitCode.USAGE.value();
    }

    public static void main(String[] args) {
        Timeline.started();
        // jOOQ's banner and tips would only clutter the log file.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Environment environment = Environment.system();
        Optional<Path> warm = WarmClient.asked();
        if (warm.isPresent()) {
            OptionalInt exit = WarmClient.run(List.of(args), environment, warm.get(), WarmProcess.class.getName(),
                    System.out, System.err);
            if (exit.isPresent()) {
                System.exit(exit.getAsInt());
            }
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Interruption interruption = new Interruption(err, () -> System.exit(ExitCode.INTERRUPTED.value())).onCtrlC();
        System.exit(run(args, environment, out, err, context -> {
            context.interruption(interruption);
            context.in(System.in);
        }));
    }

    /** Runs one command line to its exit code, printing to the given streams. */
    public static int run(String[] args, Environment environment, PrintWriter out, PrintWriter err) {
        return run(args, environment, out, err, context -> { });
    }

    /**
     * The same, with the command's context adjusted first (tests give it a database or a job runner of their
     * own; the adjustment also applies to command lines the command runs itself, as the demo does).
     */
    public static int run(String[] args, Environment environment, PrintWriter out, PrintWriter err,
                          Consumer<CliContext> setup) {
        try {
            CommandLine commandLine = commandLine(environment, out, err, setup, args);
            Timeline.mark("command-line model of the commands (picocli)");
            return commandLine.execute(args);
        } catch (DvhcException e) {
            ErrorHandler.print(err, e, false, e);
            return e.exitCode().value();
        }
    }

    /** A ready command line; {@code args} only serve to find the home folder of the configuration file. */
    public static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err,
                                          Consumer<CliContext> setup, String... args) {
        GlobalOptions global = new GlobalOptions();
        global.environment(environment);
        global.serverLauncher(home -> List.of(Dvhc.class.getName(), "--home", home.toString(), "-q",
                "server", ServerCommand.BACKGROUND));
        CliContext context = new CliContext(global, out, err, nested -> run(nested, environment, out, err, setup));
        setup.accept(context);
        CommandLine commandLine = new CommandLine(Dvhc.class, new CommandFactory(context, List.of(args)));
        Dvhc root = commandLine.getCommand();
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        OptionConverters.install(commandLine);
        commandLine.registerConverter(Path.class, environment::path);
        ConfigDefaults defaults = new ConfigDefaults(environment, ConfigDefaults.home(args, environment));
        commandLine.setDefaultValueProvider(defaults);
        ErrorHandler errors = new ErrorHandler(root);
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        setExitCodeList(commandLine);
        GlobalOptionsHelp.install(commandLine);
        commandLine.setExecutionStrategy(parseResult -> {
            Timeline.mark("arguments parsed");
            Integer help = CommandLine.executeHelpRequest(parseResult);
            if (help != null) {
                return help;
            }
            try {
                Logging.configure(root.global, err);
                Timeline.mark("logging configured");
                // The home's server was started by a command that has warned already; its log is its own.
                if (!isServer(parseResult)) {
                    unknownSettings(defaults, commandLine.getCommandSpec())
                            .forEach(unknown -> LogManager.getLogger(Dvhc.class).warn("unknown setting: {}", unknown));
                }
                if (root.global.verbose()) {
                    err.println(root.global.describe());
                    defaults.sources().forEach((key, source) -> err.println(key + " from " + source));
                }
                return new CommandLine.RunLast().execute(parseResult);
            } catch (CommandLine.ExecutionException | CommandLine.ParameterException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new CommandLine.ExecutionException(commandLine, String.valueOf(e.getMessage()), e);
            } finally {
                context.close();
                Timeline.mark("database closed, command done");
                if ("1".equals(environment.variable(Environment.PROFILE))) {
                    err.print(Timeline.table(environment.variable(Environment.LAUNCHED)));
                    err.flush();
                }
            }
        });
        return commandLine;
    }

    /**
     * Settings that name no option of any command. A model of the named command alone knows only its options:
     * only when a setting is unknown to it is the model of every command built, to tell a typo from another
     * command's setting ({@code DVHC_REMAP_CHUNK} set in CI for a later {@code dvhc remap}).
     */
    private static List<String> unknownSettings(ConfigDefaults defaults, CommandSpec root) {
        List<String> unknown = defaults.unknownSettings(root);
        if (unknown.isEmpty() || Subcommands.complete(root)) {
            return unknown;
        }
        return defaults.unknownSettings(new CommandLine(Dvhc.class, new CommandFactory()).getCommandSpec());
    }

    private static boolean isServer(CommandLine.ParseResult parseResult) {
        return parseResult.hasSubcommand() && parseResult.subcommand().commandSpec().userObject() instanceof ServerCommand;
    }

    // The table of spec §3, derived from ExitCode so that help, README and code cannot drift apart.
    private static void setExitCodeList(CommandLine commandLine) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            // Right-aligned: 130 is wider than the others.
            codes.put(String.format("%3d", code.value()), code.description());
        }
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        commandLine.getSubcommands().values().forEach(Dvhc::setExitCodeList);
    }

    /** {@code dvhc 0.1.0}, from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Dvhc.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[]{"dvhc " + properties.getProperty("version", "(development build)"),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
