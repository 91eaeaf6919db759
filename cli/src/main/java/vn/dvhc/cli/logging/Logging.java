package vn.dvhc.cli.logging;

import java.nio.file.Path;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.builder.api.AppenderComponentBuilder;
import org.apache.logging.log4j.core.config.builder.api.ComponentBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.api.LayoutComponentBuilder;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;

import vn.dvhc.cli.option.GlobalOptions;

/**
 * Log4j2, configured in code once the options are parsed (the file's place depends on {@code --home}):
 * everything from INFO (DEBUG with {@code -v}) to {@code <home>/logs/dvhc.log}, rolling at 10 MB, and warnings
 * (errors only with {@code -q}, INFO with {@code -v}) to stderr. {@code --log-format json} writes one JSON
 * object per event (Elastic Common Schema) to both.
 */
public final class Logging {

    private Logging() {
    }

    public static void configure(GlobalOptions options) {
        Path logs = options.home().toAbsolutePath().resolve("logs");
        boolean json = options.logFormat() == GlobalOptions.LogFormat.json;
        ConfigurationBuilder<BuiltConfiguration> builder = ConfigurationBuilderFactory.newConfigurationBuilder();
        builder.setStatusLevel(Level.ERROR);
        builder.setConfigurationName("dvhc");

        AppenderComponentBuilder console = builder.newAppender("stderr", "Console")
                .addAttribute("target", ConsoleAppender.Target.SYSTEM_ERR)
                .add(json ? jsonLayout(builder)
                        : builder.newLayout("PatternLayout").addAttribute("pattern",
                        "dvhc: %level{WARN=warning, ERROR=error, INFO=info, DEBUG=debug, TRACE=trace}: %msg%n"));
        builder.add(console);

        ComponentBuilder<?> policies = builder.newComponent("Policies")
                .addComponent(builder.newComponent("SizeBasedTriggeringPolicy").addAttribute("size", "10 MB"));
        AppenderComponentBuilder file = builder.newAppender("file", "RollingFile")
                .addAttribute("fileName", logs.resolve("dvhc.log").toString())
                .addAttribute("filePattern", logs.resolve("dvhc-%i.log.gz").toString())
                .addAttribute("createOnDemand", true)
                .add(json ? jsonLayout(builder)
                        : builder.newLayout("PatternLayout").addAttribute("pattern",
                        "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%t] %c{1.} - %msg%n%throwable"))
                .addComponent(policies)
                .addComponent(builder.newComponent("DefaultRolloverStrategy").addAttribute("max", 5));
        builder.add(file);

        Level consoleLevel = options.quiet() ? Level.ERROR : options.verbose() ? Level.INFO : Level.WARN;
        builder.add(builder.newRootLogger(options.verbose() ? Level.DEBUG : Level.INFO)
                .add(builder.newAppenderRef("stderr").addAttribute("level", consoleLevel))
                .add(builder.newAppenderRef("file")));
        // Library chatter stays in the file: their INFO lines mean nothing to an operator.
        for (String quiet : new String[]{"com.zaxxer.hikari", "org.flywaydb", "org.springframework", "org.jooq",
                "org.h2"}) {
            builder.add(builder.newLogger(quiet, Level.INFO)
                    .add(builder.newAppenderRef("stderr").addAttribute("level", options.quiet() ? Level.ERROR : Level.WARN))
                    .add(builder.newAppenderRef("file"))
                    .addAttribute("additivity", false));
        }
        Configurator.reconfigure(builder.build());
    }

    private static LayoutComponentBuilder jsonLayout(ConfigurationBuilder<BuiltConfiguration> builder) {
        return builder.newLayout("JsonTemplateLayout").addAttribute("eventTemplateUri", "classpath:EcsLayout.json");
    }
}
