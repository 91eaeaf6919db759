package vn.dvhc.cli.command;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import vn.dvhc.error.ExitCode;

/**
 * A command that only groups subcommands ({@code dvhc agencies}, {@code dvhc jobs} …): called without one, it shows
 * its usage on stderr and exits with the usage code.
 */
@Command
abstract class CommandGroup implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.value();
    }
}
