package vn.dvhc.cli.option;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Option defaults from the environment and the configuration file, so that precedence is
 * flag &gt; {@code DVHC_*} variable &gt; {@code <home>/dvhc.properties} &gt; built-in default (as in Flyway and
 * Liquibase). Names are derived, never listed: {@code --db} is {@code DVHC_DB} and {@code db};
 * {@code remap --chunk} is {@code DVHC_REMAP_CHUNK} and {@code remap.chunk}.
 */
public final class ConfigDefaults implements CommandLine.IDefaultValueProvider {

    public static final String FILE = "dvhc.properties";
    /** Variables of the launcher, not of options. */
    private static final java.util.Set<String> LAUNCHER_VARIABLES = java.util.Set.of("DVHC_JAVA_CMD", "DVHC_JAVA_OPTS",
            Environment.STDERR_TTY, Environment.PROFILE, Environment.CDS, Environment.LAUNCHED, Environment.WARM);

    private final Environment environment;
    private final Path file;
    private final Properties properties = new Properties();
    private final Map<String, String> sources = new TreeMap<>();

    public ConfigDefaults(Environment environment, Optional<Path> home) {
        this.environment = environment;
        this.file = home.map(folder -> folder.resolve(FILE)).orElse(null);
        if (file != null && Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new DvhcException(ErrorCode.USAGE, "cannot read the configuration file: " + e.getMessage(),
                        Location.of(file), "fix or remove it", e);
            }
        }
    }

    /**
     * The folder whose configuration file applies: --home from the arguments, else the default home
     * ({@link DefaultHome}); empty when there is none (the command then says so if it needs a home).
     */
    public static Optional<Path> home(String[] args, Environment environment) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--home") && i + 1 < args.length) {
                return Optional.of(environment.path(args[i + 1]));
            }
            if (args[i].startsWith("--home=")) {
                return Optional.of(environment.path(args[i].substring("--home=".length())));
            }
        }
        return DefaultHome.of(environment);
    }

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (!(argSpec instanceof OptionSpec option) || option.usageHelp() || option.versionHelp()) {
            return null;
        }
        String key = key(option);
        String fromEnv = environment.variable(envName(key));
        if (fromEnv != null) {
            sources.put(key, "environment " + envName(key));
            return fromEnv;
        }
        String fromFile = properties.getProperty(key);
        if (fromFile != null) {
            sources.put(key, file.toString());
            return fromFile;
        }
        return null;
    }

    /** Which option values came from the environment or the file, for {@code -v}. */
    public Map<String, String> sources() {
        return sources;
    }

    /** {@code DVHC_*} variables and file keys that name no option: a typo in CI is otherwise silent. */
    public List<String> unknownSettings(CommandSpec root) {
        TreeSet<String> keys = new TreeSet<>();
        collectKeys(root, keys);
        keys.add("home");
        List<String> unknown = new ArrayList<>();
        for (String name : new TreeSet<>(environment.variables().keySet())) {
            if (name.startsWith("DVHC_") && keys.stream().map(ConfigDefaults::envName).noneMatch(name::equals)
                    && !LAUNCHER_VARIABLES.contains(name)) {
                unknown.add("environment variable " + name);
            }
        }
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            if (!keys.contains(key)) {
                unknown.add("key '" + key + "' in " + file);
            }
        }
        return unknown;
    }

    private static void collectKeys(CommandSpec spec, TreeSet<String> keys) {
        for (OptionSpec option : spec.options()) {
            if (!option.usageHelp() && !option.versionHelp()) {
                keys.add(key(option));
            }
        }
        spec.subcommands().values().forEach(sub -> collectKeys(sub.getCommandSpec(), keys));
    }

    /** {@code db}, {@code remap.chunk}: inherited global options are not qualified by the command. */
    static String key(OptionSpec option) {
        String name = option.longestName().replaceFirst("^-+", "");
        if (option.inherited() || option.scopeType() == CommandLine.ScopeType.INHERIT || option.command() == null
                || option.command().parent() == null) {
            return name;
        }
        List<String> path = new ArrayList<>();
        for (CommandSpec c = option.command(); c.parent() != null; c = c.parent()) {
            path.add(0, c.name());
        }
        return String.join(".", path) + "." + name;
    }

    static String envName(String key) {
        return "DVHC_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
