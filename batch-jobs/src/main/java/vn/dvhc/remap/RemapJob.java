package vn.dvhc.remap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import vn.dvhc.common.JobDefinition;
import vn.dvhc.remap.address.AddressColumns;

/**
 * {@code remapJob}: old unit codes of a delimited file to the release in force (spec §5); the steps are in
 * {@link RemapJobConfig}. The job instance is identified by the input's SHA-256, the output and rejects paths, the
 * releases (from, and the one in force on --as-of), --on-split, --encoding, and the column (code, address and
 * unit-name) and delimiter options when given: the same command after a failure resumes the same instance, after a
 * success it is refused. Also
 * identifying, and also only when given (so that runs without them keep their identity): --pad-codes, which changes
 * the output, --dataset, which changes what the run counts as in the report, the split rules' SHA-256,
 * --split-match-column and --split-worklist. Not identifying (they cannot change the output): the input's path, the
 * rules file's path, --chunk, --threads, --fail-on, --as-of itself
 * (only the release it selects matters), the broker and the partition count. {@code --rerun} adds a random
 * {@code run.id}. Partitions run on threads ({@link RemapLocalPartitioning}) or on workers behind a broker
 * ({@link RemapRemotePartitioning}), as the parameters say. An .xlsx input adds {@value #INPUT_FORMAT} (and
 * {@value #SHEET} with --sheet), both identifying, and the steps of {@link RemapWorkbookConfig}; a delimited input's
 * parameters are what they were before workbooks were read.
 */
public final class RemapJob extends JobDefinition<RemapSettings> {

    public static final String NAME = "remapJob";
    public static final String PREPARE_STEP = "remapJob.prepare";
    public static final String REMAP_STEP = "remapJob.remap";
    public static final String WORKER_STEP = "remapJob.remapPartition";
    public static final String MERGE_STEP = "remapJob.merge";
    /** Workbook inputs only: the sheet to CSV first, the workbook output (or the rejects citing sheet rows) last. */
    public static final String CONVERT_STEP = "remapJob.convert";
    public static final String SHEET_OUTPUT_STEP = "remapJob.sheetOutput";
    /** Job execution context keys. */
    public static final String LAYOUT = "remap.layout";
    public static final String SUMMARY = "remap.summary";
    public static final String CONVERSION = "remap.conversion";

    /** Job parameter keys, persisted: never rename one. */
    public static final String INPUT_FILE = "input.file";
    public static final String INPUT_SHA256 = "input.sha256";
    public static final String OUTPUT_FILE = "output.file";
    public static final String REJECTS_FILE = "rejects.file";
    public static final String RELEASE_FROM = "release.from";
    public static final String RELEASE_TO = "release.to";
    public static final String COMMUNE_COLUMN = "remap.commune.column";
    public static final String DISTRICT_COLUMN = "remap.district.column";
    public static final String PROVINCE_COLUMN = "remap.province.column";
    public static final String ON_SPLIT = "remap.on.split";
    public static final String DELIMITER = "remap.delimiter";
    public static final String ENCODING = "remap.encoding";
    public static final String CHUNK = "remap.chunk";
    public static final String THREADS = "remap.threads";
    public static final String FAIL_ON = "remap.fail.on";
    public static final String AS_OF = "remap.as.of";
    public static final String BROKER = "remap.broker";
    public static final String PARTITIONS = "remap.partitions";
    public static final String ADDRESS_COLUMN = "remap.address.column";
    public static final String COMMUNE_NAME_COLUMN = "remap.commune.name.column";
    public static final String DISTRICT_NAME_COLUMN = "remap.district.name.column";
    public static final String PROVINCE_NAME_COLUMN = "remap.province.name.column";
    public static final String PAD_CODES = "remap.pad.codes";
    public static final String DATASET = "remap.dataset";
    public static final String INPUT_FORMAT = "input.format";
    public static final String SHEET = "remap.sheet";
    /** The value of {@value #INPUT_FORMAT} for an .xlsx workbook. */
    static final String XLSX = "xlsx";
    /** Only when given: a run without them keeps the instance identity it always had. */
    public static final String SPLIT_RULES_FILE = "remap.split.rules.file";
    public static final String SPLIT_RULES_SHA256 = "remap.split.rules.sha256";
    public static final String SPLIT_MATCH_COLUMN = "remap.split.match.column";
    public static final String SPLIT_WORKLIST = "remap.split.worklist";

    public static final RemapJob JOB = new RemapJob();

    private RemapJob() {
        super(NAME, SUMMARY, RemapSummary.class);
    }

    @Override
    public List<Class<?>> configs(JobParameters parameters) {
        Class<?> partitions = parameters.getString(BROKER) == null ? RemapLocalPartitioning.class
                : RemapRemotePartitioning.class;
        return XLSX.equals(parameters.getString(INPUT_FORMAT))
                ? List.of(RemapJobConfig.class, partitions, RemapWorkbookConfig.class)
                : List.of(RemapJobConfig.class, partitions);
    }

    @Override
    public JobParameters parameters(RemapSettings s, boolean rerun) {
        JobParametersBuilder p = new JobParametersBuilder()
                .addString(INPUT_SHA256, s.inputSha256())
                .addString(OUTPUT_FILE, s.output().toString())
                .addString(REJECTS_FILE, s.rejects().toString())
                .addString(RELEASE_FROM, s.from())
                .addString(RELEASE_TO, s.to())
                .addString(ON_SPLIT, s.onSplit().name())
                .addString(ENCODING, s.encoding())
                .addString(INPUT_FILE, s.input().toString(), false)
                .addLong(CHUNK, (long) s.chunk(), false)
                .addLong(THREADS, (long) s.threads(), false)
                .addString(FAIL_ON, s.failOn().name(), false);
        addIfGiven(p, COMMUNE_COLUMN, s.communeColumn());
        addIfGiven(p, DISTRICT_COLUMN, s.districtColumn());
        addIfGiven(p, PROVINCE_COLUMN, s.provinceColumn());
        addIfGiven(p, DELIMITER, s.delimiter());
        addIfGiven(p, ADDRESS_COLUMN, s.addresses().address());
        addIfGiven(p, COMMUNE_NAME_COLUMN, s.addresses().communeName());
        addIfGiven(p, DISTRICT_NAME_COLUMN, s.addresses().districtName());
        addIfGiven(p, PROVINCE_NAME_COLUMN, s.addresses().provinceName());
        addIfGiven(p, PAD_CODES, s.padCodes() ? "true" : null);
        addIfGiven(p, DATASET, s.dataset());
        addIfGiven(p, INPUT_FORMAT, s.workbook() ? XLSX : null);
        addIfGiven(p, SHEET, s.sheet());
        if (s.asOf() != null) {
            p.addString(AS_OF, s.asOf().toString(), false);
        }
        if (s.remote()) {
            p.addString(BROKER, s.broker(), false);
            p.addLong(PARTITIONS, (long) s.partitions(), false);
        }
        SplitOptions splits = s.splits();
        if (splits.rules() != null) {
            p.addString(SPLIT_RULES_SHA256, splits.rulesSha256());
            p.addString(SPLIT_RULES_FILE, splits.rules().toString(), false);
        }
        addIfGiven(p, SPLIT_MATCH_COLUMN, splits.matchColumn());
        if (splits.worklist() != null) {
            p.addString(SPLIT_WORKLIST, splits.worklist().toString());
        }
        return (rerun ? newInstance(p) : p).toJobParameters();
    }

    @Override
    public RemapSettings settings(JobParameters p) {
        String asOf = p.getString(AS_OF);
        Long partitions = p.getLong(PARTITIONS);
        String rules = p.getString(SPLIT_RULES_FILE);
        String worklist = p.getString(SPLIT_WORKLIST);
        return new RemapSettings(Path.of(p.getString(INPUT_FILE)), p.getString(INPUT_SHA256),
                Path.of(p.getString(OUTPUT_FILE)), Path.of(p.getString(REJECTS_FILE)), p.getString(COMMUNE_COLUMN),
                p.getString(DISTRICT_COLUMN), p.getString(PROVINCE_COLUMN), p.getString(RELEASE_FROM),
                p.getString(RELEASE_TO), asOf == null ? null : LocalDate.parse(asOf), OnSplit.valueOf(p.getString(ON_SPLIT)),
                p.getString(DELIMITER), p.getString(ENCODING), Math.toIntExact(p.getLong(CHUNK)),
                Math.toIntExact(p.getLong(THREADS)), RemapSettings.FailOn.valueOf(p.getString(FAIL_ON)), p.getString(BROKER),
                partitions == null ? 0 : Math.toIntExact(partitions), p.getString(PAD_CODES) != null,
                p.getString(DATASET), XLSX.equals(p.getString(INPUT_FORMAT)), p.getString(SHEET),
                rules == null && worklist == null && p.getString(SPLIT_MATCH_COLUMN) == null ? SplitOptions.NONE
                        : new SplitOptions(rules == null ? null : Path.of(rules), p.getString(SPLIT_RULES_SHA256),
                        p.getString(SPLIT_MATCH_COLUMN), worklist == null ? null : Path.of(worklist)),
                new AddressColumns(p.getString(ADDRESS_COLUMN), p.getString(COMMUNE_NAME_COLUMN),
                        p.getString(DISTRICT_NAME_COLUMN), p.getString(PROVINCE_NAME_COLUMN)));
    }

    /** The part files of the instance (its output's and its rejects'): a failed or stopped run resumes from them. */
    @Override
    public List<Path> restartFiles(JobParameters parameters, long instanceId) {
        RemapSettings settings = settings(parameters);
        List<Path> files = new ArrayList<>(RemapFiles.of(settings, instanceId).existing());
        RemapFiles.workFiles(settings, instanceId).stream().filter(Files::exists).forEach(files::add);
        return files;
    }

    @Override
    public String describe(JobParameters parameters) {
        return parameters.getString(INPUT_FILE) + " → " + parameters.getString(OUTPUT_FILE);
    }

    private static void addIfGiven(JobParametersBuilder parameters, String key, String value) {
        if (value != null) {
            parameters.addString(key, value);
        }
    }
}
