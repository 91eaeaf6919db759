package vn.dvhc.agencies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.domain.agency.AgencyRule;
import vn.dvhc.domain.agency.Coverage;
import vn.dvhc.domain.agency.Finding;
import vn.dvhc.domain.agency.RegisterCheck;
import vn.dvhc.domain.agency.Severity;

/**
 * What an {@code agencies validate} run found, in numbers: stored in the job's execution context, printed, and
 * written as the {@code summary} of the JSON output. Field names are stable.
 *
 * @param byRule findings per rule id, every rule listed (zero included) so that a CI history can chart them
 */
public record ValidationSummary(long executionId, String register, String sha256, LocalDate asOf, String release,
                                int records, int agencies, int errors, int warnings, int infos,
                                Map<String, Integer> byRule, List<Province> provinces) {

    /** A new province the register covers. */
    public record Province(String code, String name, int agencies, int errors, int warnings, int infos, int communes,
                           int communesCovered) {
    }

    static ValidationSummary of(long executionId, AgencySettings settings, AgencyCheckRun run) {
        RegisterReader.RegisterFile file = run.register();
        RegisterCheck.Result result = run.result();
        Map<String, Integer> byRule = new TreeMap<>();
        for (AgencyRule rule : AgencyRule.values()) {
            byRule.put(rule.id(), 0);
        }
        result.findings().forEach(f -> byRule.merge(f.rule().id(), 1, Integer::sum));
        List<Province> provinces = new ArrayList<>();
        for (Coverage coverage : result.coverage().values()) {
            List<Finding> own = result.findings().stream()
                    .filter(f -> coverage.provinceCode().equals(f.provinceCode())).toList();
            String name = run.units().unit(run.units().releaseInForce(),
                    new UnitKey(UnitLevel.PROVINCE, coverage.provinceCode())).map(Unit::fullName).orElse("");
            provinces.add(new Province(coverage.provinceCode(), name,
                    result.agencies().getOrDefault(coverage.provinceCode(), 0), count(own, Severity.ERROR),
                    count(own, Severity.WARNING), count(own, Severity.INFO), coverage.communes(), coverage.covered()));
        }
        return new ValidationSummary(executionId, settings.register().toString(), settings.registerSha256(),
                settings.asOf(), settings.release(), file.records(), file.agencies().size(),
                count(result.findings(), Severity.ERROR), count(result.findings(), Severity.WARNING),
                count(result.findings(), Severity.INFO), byRule, provinces);
    }

    static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True when the run has findings at or above the severity (null: never). */
    public boolean failsAt(Severity failOn) {
        if (failOn == null) {
            return false;
        }
        return switch (failOn) {
            case ERROR -> errors > 0;
            case WARNING -> errors + warnings > 0;
            case INFO -> errors + warnings + infos > 0;
        };
    }
}
