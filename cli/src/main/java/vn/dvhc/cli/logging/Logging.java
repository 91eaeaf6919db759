package vn.dvhc.cli.logging;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.RollingFileAppender;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.appender.rolling.DefaultRolloverStrategy;
import org.apache.logging.log4j.core.appender.rolling.SizeBasedTriggeringPolicy;
import org.apache.logging.log4j.core.config.AbstractConfiguration;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.layout.template.json.JsonTemplateLayout;

import vn.dvhc.cli.option.GlobalOptions;

/**
 * Log4j2, configured in code once the options are parsed (the file's place depends on {@code --home}):
 * everything from INFO (DEBUG with {@code -v}) to {@code <home>/logs/dvhc.log}, rolling at 10 MB, and warnings
 * (errors only with {@code -q}, INFO with {@code -v}) to the command's stderr. {@code --log-format json} writes
 * one JSON object per event (Elastic Common Schema) to both.
 */
public final class Logging {

    private static final String[] LIBRARIES = {"com.zaxxer.hikari", "org.flywaydb", "org.springframework", "org.jooq",
            "org.h2"};
    private static final String LISTENER_ANNOTATIONS = "org.springframework.batch.core.listener.AbstractListenerFactoryBean";

    private Logging() {
    }

    public static void configure(GlobalOptions options, PrintWriter stderr) {
        configure(options, stderr, "dvhc");
    }

    /** The same, into {@code <home>/logs/<name>.log}: the home's database server keeps a log of its own. */
    public static void configure(GlobalOptions options, PrintWriter stderr, String name) {
        // Without a home (no HOME, no --home: the command will say so) only the console side is set up.
        Optional<Path> logs = options.knownHome().map(home -> home.toAbsolutePath().resolve("logs"));
        boolean json = options.logFormat() == GlobalOptions.LogFormat.json;
        FileConfiguration made = new FileConfiguration(logs.orElse(null), name, json,
                options.verbose() ? Level.DEBUG : Level.INFO);
        // The first configuration of the process is given to Log4j2 as it starts: reconfiguring would start it with
        // the default configuration first, which makes every configuration factory (the YAML one loads Jackson's
        // ObjectMapper to see whether it can) and looks for a configuration file on the class path (issue 17,
        // docs/benchmarks.md). Tests configure several times in one JVM: the later times reconfigure.
        LoggerContext context = Configurator.initialize(Logging.class.getClassLoader(), made);
        if (context.getConfiguration() != made) {
            Configurator.reconfigure(made);
            context = LoggerContext.getContext(false);
        }
        Configuration config = context.getConfiguration();

        // The console side writes to the command's own stderr (which tests capture), not to System.err directly.
        Layout<String> layout = json
                ? ecs(config)
                : PatternLayout.newBuilder().setConfiguration(config).setAlwaysWriteExceptions(false).setPattern(
                "dvhc: %level{WARN=warning, ERROR=error, INFO=info, DEBUG=debug, TRACE=trace}: %msg%n").build();
        Appender console = WriterAppender.newBuilder().setName("stderr").setTarget(stderr).setLayout(layout)
                .setConfiguration(config).build();
        console.start();
        config.addAppender(console);
        Level own = options.quiet() ? Level.ERROR : options.verbose() ? Level.INFO : Level.WARN;
        config.getRootLogger().addAppender(console, own, null);
        for (String library : LIBRARIES) {
            // A failure inside a library is reported once, by dvhc's own error message; its log line stays in the file.
            config.getLoggerConfig(library).addAppender(console, options.verbose() ? Level.WARN : Level.OFF, null);
        }
        context.updateLoggers();
    }

    /**
     * Everything from INFO (DEBUG with {@code -v}) to the log file, rolling at 10 MB, the libraries' lines only there.
     * Made with Log4j's builders in code: its {@code ConfigurationBuilder} makes every component by reflection over
     * its plugin annotations, 20 ms and more of every command (issue 17, docs/benchmarks.md).
     */
    private static final class FileConfiguration extends AbstractConfiguration {

        /** The folder of the log files; null without a home. */
        private final Path logs;
        private final String name;
        private final boolean json;
        private final Level level;

        FileConfiguration(Path logs, String name, boolean json, Level level) {
            super(null, ConfigurationSource.NULL_SOURCE);
            this.logs = logs;
            this.name = name;
            this.json = json;
            this.level = level;
            setName("dvhc");
        }

        @Override
        protected void doConfigure() {
            LoggerConfig root = getRootLogger();
            root.setLevel(level);
            Appender appender = null;
            if (logs != null) {
                appender = RollingFileAppender.newBuilder()
                        .setName("file")
                        .setFileName(logs.resolve(name + ".log").toString())
                        .setFilePattern(logs.resolve(name + "-%i.log.gz").toString())
                        .setCreateOnDemand(true)
                        .setLayout(json ? ecs(this) : PatternLayout.newBuilder().setConfiguration(this).setPattern(
                                "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%t] %c{1.} - %msg%n%throwable").build())
                        .setPolicy(SizeBasedTriggeringPolicy.createPolicy("10 MB"))
                        .setStrategy(DefaultRolloverStrategy.newBuilder().setMax("5").setConfig(this).build())
                        .setConfiguration(this)
                        .build();
                addAppender(appender);
                root.addAppender(appender, null, null);
            }
            // Library chatter stays in the file: their INFO lines mean nothing to an operator.
            for (String library : LIBRARIES) {
                LoggerConfig logger = new LoggerConfig(library, Level.INFO, false);
                if (appender != null) {
                    logger.addAppender(appender, null, null);
                }
                addLogger(library, logger);
            }
            // Spring Batch warns, at every step built, that a step-scoped reader, processor or writer declared by its
            // interface will not be searched for listener annotations. dvhc declares them so on purpose (JDK proxies
            // instead of generated classes, RemapWorkerStepConfig) and uses no such annotation: the warning says
            // nothing.
            addLogger(LISTENER_ANNOTATIONS, new LoggerConfig(LISTENER_ANNOTATIONS, Level.ERROR, true));
        }
    }

    private static Layout<String> ecs(Configuration config) {
        return JsonTemplateLayout.newBuilder().setConfiguration(config).setEventTemplateUri("classpath:EcsLayout.json").build();
    }
}
