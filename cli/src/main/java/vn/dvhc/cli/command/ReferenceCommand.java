package vn.dvhc.cli.command;

import picocli.CommandLine.Command;

/** {@code dvhc reference}: the catalog of unit releases. */
@Command(name = "reference", mixinStandardHelpOptions = true,
        header = "Manage and query the reference catalog of administrative-unit releases.",
        description = {
                "A release is a dated state of the unit lists. Three are built in and installed on first use: "
                        + "pre-2025 (63 provinces, 696 districts, 10,035 communes), 2025-07-01 (QĐ 19/2025/QĐ-TTg: "
                        + "34 provinces, 3,321 communes, no districts) and 2026-04-30 (Thành phố Đồng Nai; 10 xã "
                        + "become phường, codes unchanged). Each release after the first maps its predecessor's "
                        + "units to its own; a conversion walks the chain to the release in force on a date.",
                "A code means nothing without its release: 26740 is Phường Bến Nghé in pre-2025 and Phường Sài "
                        + "Gòn in 2025-07-01."},
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc reference list", "  dvhc reference lookup 26740 --from pre-2025", "  dvhc reference lookup \"ben nghe\"", "  dvhc reference import --input nso-conversion-2025-07.csv \\",
                "      --release nso-2025-07", "  dvhc reference verify"},
        subcommands = {ReferenceImportCommand.class, ReferenceListCommand.class, ReferenceShowCommand.class,
                ReferenceVerifyCommand.class, ReferenceLookupCommand.class})
public final class ReferenceCommand extends CommandGroup {
}
