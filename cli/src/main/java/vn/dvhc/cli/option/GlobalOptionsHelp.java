package vn.dvhc.cli.option;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine;

/**
 * Keeps each command's help about the command: the global options, which every command accepts, are named in
 * one line instead of being repeated in every synopsis and option list (they are described in full in
 * {@code dvhc --help}).
 */
public final class GlobalOptionsHelp extends Help {

    public static final String SECTION = "globalOptions";
    private static final int WIDTH = 80;

    public GlobalOptionsHelp(CommandSpec spec, ColorScheme colorScheme) {
        super(spec, colorScheme);
    }

    /** Installs the sections on a command and all its subcommands. */
    public static void install(CommandLine root) {
        root.setHelpFactory(GlobalOptionsHelp::new);
        // Section keys propagate to every subcommand; the root has no renderer for SECTION, so it skips it.
        List<String> keys = new ArrayList<>(root.getHelpSectionKeys());
        keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_OPTION_LIST) + 1, SECTION);
        root.setHelpSectionKeys(keys);
        root.getSubcommands().values().forEach(GlobalOptionsHelp::installRenderers);
    }

    private static void installRenderers(CommandLine commandLine) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = commandLine.getHelpSectionMap();
        sections.put(UsageMessageSpec.SECTION_KEY_OPTION_LIST,
                help -> help.optionListExcludingGroups(own(help.commandSpec().options())));
        sections.put(SECTION, GlobalOptionsHelp::globalLine);
        commandLine.getSubcommands().values().forEach(GlobalOptionsHelp::installRenderers);
    }

    @Override
    protected Ansi.Text createDetailedSynopsisOptionsText(Collection<ArgSpec> done, List<OptionSpec> options,
                                                          Comparator<OptionSpec> optionSort, boolean clusterBooleanOptions) {
        if (commandSpec().parent() == null) {
            return super.createDetailedSynopsisOptionsText(done, options, optionSort, clusterBooleanOptions);
        }
        return colorScheme().text(" [global options]")
                .concat(super.createDetailedSynopsisOptionsText(done, own(options), optionSort, clusterBooleanOptions));
    }

    private static List<OptionSpec> own(List<OptionSpec> options) {
        return options.stream().filter(o -> !o.inherited() && !o.hidden()).toList();
    }

    private static String globalLine(Help help) {
        List<OptionSpec> inherited = help.commandSpec().options().stream().filter(OptionSpec::inherited).toList();
        if (inherited.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("Global options (see 'dvhc --help'):");
        int lineStart = 0;
        String names = inherited.stream().map(OptionSpec::shortestName).collect(Collectors.joining(", "));
        for (String word : names.split(" ")) {
            if (text.length() - lineStart + 1 + word.length() > WIDTH) {
                text.append(System.lineSeparator()).append(' ');
                lineStart = text.length() - 1;
            }
            text.append(' ').append(word);
        }
        return text.append(System.lineSeparator()).toString();
    }
}
