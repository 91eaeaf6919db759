package vn.dvhc.cli.option;

import picocli.CommandLine.Option;

import vn.dvhc.cli.output.OutputFormat;

/** {@code --format text|json} of the commands that print a result. */
public final class FormatOption {

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text",
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    OutputFormat format = OutputFormat.text;

    public boolean json() {
        return format == OutputFormat.json;
    }
}
