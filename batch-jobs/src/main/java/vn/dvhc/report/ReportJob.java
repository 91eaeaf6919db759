package vn.dvhc.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import vn.dvhc.common.JobDefinition;
import vn.dvhc.domain.readiness.Thresholds;

/**
 * {@code reportJob}: the cutover report from the stored runs (spec §8); the step is in {@link ReportJobConfig}. A
 * report says how things stand when it runs, so every run is a job instance of its own (a random {@code run.id});
 * a failed one can be restarted with {@code dvhc jobs restart}.
 */
public final class ReportJob extends JobDefinition<ReportSettings> {

    public static final String NAME = "reportJob";
    public static final String WRITE_STEP = "reportJob.write";
    /** Job execution context key of the {@link CutoverReport} (JSON). */
    public static final String SUMMARY = "report.summary";

    /** Job parameter keys, persisted: never rename one. */
    public static final String OUTPUT_DIR = "report.output.dir";
    public static final String FORMATS = "report.formats";
    public static final String PROVINCE = "report.province";
    public static final String AS_OF = "report.as.of";
    public static final String BLOCK_REJECT = "report.block.reject.percent";
    public static final String RISK_REJECT = "report.risk.reject.percent";
    public static final String RISK_SPLIT = "report.risk.split.percent";
    public static final String BLOCK_COVERAGE = "report.block.coverage.percent";
    public static final String RISK_COVERAGE = "report.risk.coverage.percent";
    public static final String EXCLUDE_RUNS = "report.exclude.runs";
    public static final String EXCLUDE_DATASETS = "report.exclude.datasets";

    public static final ReportJob JOB = new ReportJob();

    private ReportJob() {
        super(NAME, SUMMARY, CutoverReport.class);
    }

    @Override
    public List<Class<?>> configs(JobParameters parameters) {
        return List.of(ReportJobConfig.class);
    }

    @Override
    public JobParameters parameters(ReportSettings s, boolean rerun) {
        Thresholds t = s.thresholds();
        JobParametersBuilder params = newInstance(new JobParametersBuilder())
                .addString(OUTPUT_DIR, s.outputDir().toString())
                .addString(FORMATS, String.join(",", s.formats()))
                .addDouble(BLOCK_REJECT, t.blockRejectPercent())
                .addDouble(RISK_REJECT, t.riskRejectPercent())
                .addDouble(RISK_SPLIT, t.riskSplitPercent())
                .addDouble(BLOCK_COVERAGE, t.blockCoveragePercent())
                .addDouble(RISK_COVERAGE, t.riskCoveragePercent());
        if (s.province() != null) {
            params.addString(PROVINCE, s.province());
        }
        if (s.asOf() != null) {
            params.addString(AS_OF, s.asOf().toString());
        }
        if (!s.excludeRuns().isEmpty()) {
            params.addString(EXCLUDE_RUNS, s.excludeRuns().stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        if (!s.excludeDatasets().isEmpty()) {
            params.addString(EXCLUDE_DATASETS, String.join(",", s.excludeDatasets()));
        }
        return params.toJobParameters();
    }

    @Override
    public ReportSettings settings(JobParameters p) {
        String asOf = p.getString(AS_OF);
        String runs = p.getString(EXCLUDE_RUNS);
        String datasets = p.getString(EXCLUDE_DATASETS);
        return new ReportSettings(Path.of(p.getString(OUTPUT_DIR)), Arrays.asList(p.getString(FORMATS).split(",")),
                p.getString(PROVINCE), asOf == null ? null : LocalDate.parse(asOf),
                new Thresholds(p.getDouble(BLOCK_REJECT), p.getDouble(RISK_REJECT), p.getDouble(RISK_SPLIT),
                        p.getDouble(BLOCK_COVERAGE), p.getDouble(RISK_COVERAGE)),
                runs == null ? List.of() : Arrays.stream(runs.split(",")).map(Long::valueOf).toList(),
                datasets == null ? List.of() : Arrays.asList(datasets.split(",")));
    }

    @Override
    public String describe(JobParameters parameters) {
        return parameters.getString(OUTPUT_DIR);
    }
}
