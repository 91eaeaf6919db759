package vn.dvhc.procedures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.ConversionTable;
import vn.dvhc.catalog.ReleaseChain;
import vn.dvhc.common.ProvinceAgencyCodes;
import vn.dvhc.common.Sha256;
import vn.dvhc.domain.Conversion;
import vn.dvhc.domain.Release;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.domain.procedure.AgencyCrosswalk;
import vn.dvhc.domain.procedure.NewProvince;
import vn.dvhc.domain.procedure.OldProvince;
import vn.dvhc.domain.procedure.Procedure;
import vn.dvhc.domain.procedure.Republisher;
import vn.dvhc.domain.procedure.TransferRules;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Reads every input of a run, checks that each is the file the command hashed, takes the old → new provinces from
 * the reference catalog (the provinces of the release in force, each with the old provinces it was formed from)
 * and computes the re-publication.
 */
final class RepublicationLoader {

    private RepublicationLoader() {
    }

    static RepublishRun load(RepublishSettings s, CatalogRepository repository) {
        List<RepublishRun.InputFile> inputs = new ArrayList<>();
        ProvinceAgencyCodes hCodes = ProvinceAgencyCodes.builtIn();
        if (s.hCodes() != null) {
            String sha = unchanged(s.hCodes(), s.hCodesSha256());
            hCodes = ProvinceAgencyCodes.read(s.hCodes());
            inputs.add(new RepublishRun.InputFile("h-codes", s.hCodes(), sha, hCodes.all().size(), List.of()));
        }
        Release release = release(repository, s.release());
        Map<String, NewProvince> provinceOf = provinces(repository, release, hCodes);
        Map<String, String> oldNames = new TreeMap<>();
        provinceOf.values().forEach(p -> p.formedFrom().forEach(o -> oldNames.put(o.code(), o.name())));

        String rulesSha = unchanged(s.rules(), s.rulesSha256());
        TransferRules rules = RulesReader.read(s.rules(), s.encoding());
        inputs.add(new RepublishRun.InputFile("rules", s.rules(), rulesSha, rules.size(), List.of()));
        AgencyCrosswalk crosswalk = AgencyCrosswalk.none();
        if (s.crosswalk() != null) {
            String sha = unchanged(s.crosswalk(), s.crosswalkSha256());
            crosswalk = CrosswalkReader.read(s.crosswalk(), s.encoding());
            inputs.add(new RepublishRun.InputFile("agency-crosswalk", s.crosswalk(), sha, crosswalk.size(), List.of()));
        }

        CatalogueReader reader = new CatalogueReader(oldNames);
        List<Procedure> rows = new ArrayList<>();
        List<String> shas = new ArrayList<>();
        int headings = 0;
        for (Path catalogue : s.catalogues()) {
            String sha = Sha256.of(catalogue);
            shas.add(sha);
            CatalogueReader.Result result = reader.read(catalogue, s.encoding());
            rows.addAll(result.procedures());
            headings += result.headingRows();
            inputs.add(new RepublishRun.InputFile("catalogue", catalogue, sha, result.procedures().size(),
                    result.oldProvinces()));
        }
        if (!RepublishSettings.combinedSha256(shas).equals(s.cataloguesSha256())) {
            throw new DvhcException(ErrorCode.INPUT_MALFORMED, "a catalogue changed since the command started",
                    Location.of(s.catalogues().get(0)), "run the command again");
        }
        Set<String> oldProcedures = new HashSet<>();
        for (Procedure row : rows) {
            oldProcedures.add(row.oldProvince() + " " + row.code());
            NewProvince target = provinceOf.get(row.oldProvince());
            if (target.agencyCode() == null) {
                throw new DvhcException(ErrorCode.REFERENCE_MISSING, "the H-code table names no agency code in use "
                        + "for new province " + target.label() + ", so its local procedure codes cannot be built",
                        row.source(), "give a table with --h-codes whose row for it has status kept "
                        + "(see batch-jobs/src/main/resources/" + ProvinceAgencyCodes.BUILT_IN + ")");
            }
        }
        var republication = new Republisher(rules, crosswalk, s.districtDefault()).republish(rows, provinceOf);
        return new RepublishRun(s, release, republication, inputs, rows.size(), headings, oldProcedures.size());
    }

    /** The SHA-256 of a file, which must be the one the command computed. */
    private static String unchanged(Path file, String expected) {
        String sha = Sha256.of(file);
        if (!sha.equals(expected)) {
            throw new DvhcException(ErrorCode.INPUT_MALFORMED, "the file changed since the command started",
                    Location.of(file), "run the command again");
        }
        return sha;
    }

    private static Release release(CatalogRepository repository, String id) {
        ReleaseChain chain = new ReleaseChain(repository.releases());
        Release release = chain.get(id);
        if (release.isRoot()) {
            throw new DvhcException(ErrorCode.USAGE, "release " + id + " is the start of the chain: no province "
                    + "was merged yet", null, "pass an --as-of date on or after 2025-07-01");
        }
        return release;
    }

    /**
     * Old province code → the new province of {@code release} it went into, along the chain from its root. Every
     * old province went whole into one new province (NQ 202/2025/QH15), which the catalog's validation ensures.
     */
    static Map<String, NewProvince> provinces(CatalogRepository repository, Release release,
                                              ProvinceAgencyCodes hCodes) {
        ReleaseChain chain = new ReleaseChain(repository.releases());
        List<Release> path = new ArrayList<>();
        for (Release step : chain.path(chain.defaultStart().id(), null)) {
            path.add(step);
            if (step.id().equals(release.id())) {
                break;
            }
        }
        if (!path.get(path.size() - 1).id().equals(release.id())) {
            throw new DvhcException(ErrorCode.REFERENCE_MISSING, "release " + release.id() + " is not on the chain "
                    + "from " + path.get(0).id(), null, "see 'dvhc reference list'");
        }
        ConversionTable table = ConversionTable.build(repository, path);
        Map<String, List<OldProvince>> formedFrom = new TreeMap<>();
        Map<String, Unit> targets = new LinkedHashMap<>();
        Map<String, String> newOf = new TreeMap<>();
        for (Unit old : table.fromUnits(UnitLevel.PROVINCE)) {
            Conversion conversion = table.convert(old.key());
            if (conversion == null || conversion.candidates().size() != 1) {
                throw new DvhcException(ErrorCode.REFERENCE_INCONSISTENT, "old province " + old.code() + " does not map "
                        + "to exactly one province of " + release.id(), null, "run 'dvhc reference verify'");
            }
            Unit target = conversion.candidates().get(0).unit();
            formedFrom.computeIfAbsent(target.code(), k -> new ArrayList<>()).add(new OldProvince(old.code(), old.name()));
            targets.put(target.code(), target);
            newOf.put(old.code(), target.code());
        }
        Map<String, NewProvince> byNewCode = new TreeMap<>();
        formedFrom.forEach((code, olds) -> {
            Unit unit = targets.get(code);
            olds.sort(Comparator.comparing(OldProvince::code));
            byNewCode.put(code, new NewProvince(code, unit.name(), unit.type(), hCodes.usedBy(code).orElse(null), olds));
        });
        Map<String, NewProvince> provinceOf = new TreeMap<>();
        newOf.forEach((old, code) -> provinceOf.put(old, byNewCode.get(code)));
        return provinceOf;
    }
}
