package vn.dvhc.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.List;

import picocli.CommandLine;

import vn.dvhc.cli.option.GlobalOptions;
import vn.dvhc.cli.run.CliContext;

/**
 * Makes the commands with what they need: a command whose constructor takes a {@link CliContext} gets this
 * command line's; the root's global options are the context's own; the root's {@link Subcommands} know the
 * command line; everything else picocli makes as usual.
 */
public final class CommandFactory implements CommandLine.IFactory {

    private final CliContext context;
    private final List<String> args;

    /**
     * For the build tools that read the command model without running a command (picocli's man-page generator
     * and bash completion, given {@code --factory}).
     */
    public CommandFactory() {
        this(new CliContext(new GlobalOptions(), new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args -> {
                    throw new IllegalStateException("the command model is read, not run, at build time");
                }), List.of());
    }

    /** @param args the command line to be run: the model holds the command it names (see {@link Subcommands}) */
    CommandFactory(CliContext context, List<String> args) {
        this.context = context;
        this.args = args;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == GlobalOptions.class) {
            return type.cast(context.global());
        }
        if (type == Subcommands.class) {
            return type.cast(new Subcommands(args, this));
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == CliContext.class) {
                return type.cast(constructor.newInstance(context));
            }
        }
        return CommandLine.defaultFactory().create(type);
    }
}
