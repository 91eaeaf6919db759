package vn.dvhc.cli.command;

import picocli.CommandLine.Command;

/** {@code dvhc agencies}: the register of agency identification codes (mã định danh điện tử). */
@Command(name = "agencies", mixinStandardHelpOptions = true,
        header = "Validate the agency-code register before the cutover, and propose missing codes.",
        description = {
                "Every public body has an electronic identification code, in one of two official layouts that run in "
                        + "opposite directions: QCVN 102:2016 000.01.31.H26 (level 1 on the right) and QĐ 20/2020 "
                        + "H55.242 (level 1 on the left). On 1 July 2025 the district level ended and 63 provinces "
                        + "became 34: district People's Committees must go, every new commune needs a People's "
                        + "Committee code, and codes of merged provinces (H63 Yên Bái → H38 Lào Cai) must be re-coded."},
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc agencies validate --input agencies.csv", "  dvhc agencies validate --input agencies.xlsx --format junit \\",
                "      --output junit.xml", "  dvhc agencies allocate --input agencies.csv --output proposed-codes.csv"},
        subcommands = {AgenciesValidateCommand.class, AgenciesAllocateCommand.class})
public final class AgenciesCommand extends CommandGroup {
}
