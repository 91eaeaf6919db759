package vn.dvhc.cli.logging;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.builder.api.ComponentBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.api.LoggerComponentBuilder;
import org.apache.logging.log4j.core.config.builder.api.RootLoggerComponentBuilder;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;
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
        ConfigurationBuilder<BuiltConfiguration> builder = ConfigurationBuilderFactory.newConfigurationBuilder();
        builder.setStatusLevel(Level.ERROR);
        builder.setConfigurationName("dvhc");
        RootLoggerComponentBuilder root = builder.newRootLogger(options.verbose() ? Level.DEBUG : Level.INFO);
        if (logs.isPresent()) {
            ComponentBuilder<?> policies = builder.newComponent("Policies")
                    .addComponent(builder.newComponent("SizeBasedTriggeringPolicy").addAttribute("size", "10 MB"));
            builder.add(builder.newAppender("file", "RollingFile")
                    .addAttribute("fileName", logs.get().resolve(name + ".log").toString())
                    .addAttribute("filePattern", logs.get().resolve(name + "-%i.log.gz").toString())
                    .addAttribute("createOnDemand", true)
                    .add(json ? builder.newLayout("JsonTemplateLayout").addAttribute("eventTemplateUri", "classpath:EcsLayout.json")
                            : builder.newLayout("PatternLayout").addAttribute("pattern",
                            "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%t] %c{1.} - %msg%n%throwable"))
                    .addComponent(policies)
                    .addComponent(builder.newComponent("DefaultRolloverStrategy").addAttribute("max", 5)));
            root.add(builder.newAppenderRef("file"));
        }
        builder.add(root);
        // Library chatter stays in the file: their INFO lines mean nothing to an operator.
        for (String library : LIBRARIES) {
            LoggerComponentBuilder logger = builder.newLogger(library, Level.INFO).addAttribute("additivity", false);
            if (logs.isPresent()) {
                logger.add(builder.newAppenderRef("file"));
            }
            builder.add(logger);
        }
        // Spring Batch warns, at every step built, that a step-scoped reader, processor or writer declared by its
        // interface will not be searched for listener annotations. dvhc declares them so on purpose (JDK proxies
        // instead of generated classes, RemapWorkerStepConfig) and uses no such annotation: the warning says nothing.
        builder.add(builder.newLogger(LISTENER_ANNOTATIONS, Level.ERROR));
        BuiltConfiguration built = builder.build();
        // The first configuration of the process is given to Log4j2 as it starts: reconfiguring would start it with
        // the default configuration first, which makes every configuration factory (the YAML one loads Jackson's
        // ObjectMapper to see whether it can) and looks for a configuration file on the class path (issue 17,
        // docs/benchmarks.md). Tests configure several times in one JVM: the later times reconfigure.
        LoggerContext context = Configurator.initialize(Logging.class.getClassLoader(), built);
        if (context.getConfiguration() != built) {
            Configurator.reconfigure(built);
            context = LoggerContext.getContext(false);
        }
        Configuration config = context.getConfiguration();

        // The console side writes to the command's own stderr (which tests capture), not to System.err directly.
        Layout<String> layout = json
                ? JsonTemplateLayout.newBuilder().setConfiguration(config).setEventTemplateUri("classpath:EcsLayout.json").build()
                : PatternLayout.newBuilder().withConfiguration(config).withAlwaysWriteExceptions(false).withPattern(
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
}
