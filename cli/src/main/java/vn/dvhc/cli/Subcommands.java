package vn.dvhc.cli;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

import vn.dvhc.cli.command.AgenciesCommand;
import vn.dvhc.cli.command.DemoCommand;
import vn.dvhc.cli.command.DoctorCommand;
import vn.dvhc.cli.command.JobsCommand;
import vn.dvhc.cli.command.ProceduresCommand;
import vn.dvhc.cli.command.ReferenceCommand;
import vn.dvhc.cli.command.RemapCommand;
import vn.dvhc.cli.command.ReportCommand;
import vn.dvhc.cli.command.ServerCommand;
import vn.dvhc.cli.command.WorkerCommand;

/**
 * The commands of {@code dvhc}, added to the root's model by picocli once the root's own options are known. A
 * command line that names a command gets the model of that command only: picocli builds a model by reflection over
 * each command class, its options and mixins, and building all of them took about 0.3 s of a 10-row remap's 2.9 s
 * (issue 17, docs/benchmarks.md). Without a command name (usage, {@code dvhc --help}), with {@code help COMMAND},
 * with a name that is no command (picocli suggests the nearest), and for the build's man-page and completion
 * generators, the model holds every command.
 */
public final class Subcommands implements IModelTransformer {

    /** In the order of {@code dvhc --help}. */
    static final List<Class<?>> ALL = List.of(ReferenceCommand.class, RemapCommand.class, WorkerCommand.class,
            AgenciesCommand.class, ProceduresCommand.class, ReportCommand.class, JobsCommand.class, DemoCommand.class,
            DoctorCommand.class, ServerCommand.class, CommandLine.HelpCommand.class);

    private final List<String> args;
    private final IFactory factory;

    /** @param args the command line, read only to find the command it names; empty for every command */
    Subcommands(List<String> args, IFactory factory) {
        this.args = args;
        this.factory = factory;
    }

    @Override
    public CommandSpec transform(CommandSpec root) {
        Class<?> named = named(root);
        for (Class<?> type : ALL) {
            if (named == null || type == named) {
                CommandLine command = new CommandLine(type, factory);
                root.addSubcommand(command.getCommandName(), command);
            }
        }
        return root;
    }

    /** Whether a model holds every command (the check for unknown settings needs all their options). */
    static boolean complete(CommandSpec root) {
        return root.subcommands().size() == ALL.size();
    }

    /**
     * The command the first word after the root's options names; null for none, for {@code help} (which needs its
     * siblings), or when the words before it are not plainly the root's options.
     */
    private Class<?> named(CommandSpec root) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                return null;
            }
            if (arg.startsWith("-")) {
                int equals = arg.indexOf('=');
                OptionSpec option = root.findOption(equals < 0 ? arg : arg.substring(0, equals));
                if (option == null) {
                    // A cluster of short options or a typo: picocli will tell; every command is there for it.
                    return null;
                }
                if (equals < 0 && option.arity().max() > 0) {
                    i++;
                }
                continue;
            }
            return ALL.stream().filter(type -> type != CommandLine.HelpCommand.class
                    && type.getAnnotation(Command.class).name().equals(arg)).findFirst().orElse(null);
        }
        return null;
    }
}
