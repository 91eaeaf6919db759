package vn.dvhc.cli.command;

import picocli.CommandLine.Command;

/** {@code dvhc procedures}: the administrative-procedure lists (Danh mục TTHC) of the provinces. */
@Command(name = "procedures", mixinStandardHelpOptions = true,
        header = "Re-publish the administrative-procedure lists for the new provinces.",
        description = {
                "Each province publishes the list of the administrative procedures (thủ tục hành chính) its levels of "
                        + "government handle (NĐ 63/2010/NĐ-CP Điều 13). On 1 July 2025 63 provinces became 34 and the "
                        + "district level ended: the old provinces' lists must be merged, their district-level "
                        + "procedures moved to the commune or province level by the 2025 decrees (NĐ 151/2025, "
                        + "NĐ 184/2025 …), and their local codes rebuilt with the new province's agency code."},
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc procedures republish --catalog yen-bai.csv lao-cai.xlsx \\",
                "      --rules rules.csv --output-dir out/procedures"},
        subcommands = {ProceduresRepublishCommand.class})
public final class ProceduresCommand extends CommandGroup {
}
