package vn.dvhc.cli.command;

import java.nio.file.Path;
import java.time.LocalDate;

import vn.dvhc.agencies.AgencySettings;
import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.ReleaseChain;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.common.ProvinceAgencyCodes;
import vn.dvhc.common.Sha256;
import vn.dvhc.domain.agency.Severity;

/** The inputs 'agencies validate' and 'agencies allocate' share, checked and turned into the jobs' settings. */
final class AgencyRegisterInputs {

    private AgencyRegisterInputs() {
    }

    /**
     * @param hCodes null for the built-in H-code table
     * @param asOf   null for today
     * @param failOn null for never
     */
    static AgencySettings settings(CliContext cli, Path register, Path hCodes, LocalDate asOf, String encoding,
                                   Severity failOn) {
        Path file = CommandInputs.readable(register, "the register's path");
        Path hCodesFile = hCodes == null ? null : CommandInputs.readable(hCodes, "--h-codes");
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        String release = new ReleaseChain(new CatalogRepository(cli.database().dsl()).releases()).inForce(day).id();
        return new AgencySettings(file, Sha256.of(file), hCodesFile,
                hCodesFile == null ? ProvinceAgencyCodes.builtInSha256() : Sha256.of(hCodesFile), day, release,
                CommandInputs.charset(encoding), failOn);
    }
}
