package vn.dvhc.remap.table;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import vn.dvhc.common.JobDefinition;
import vn.dvhc.common.PartFiles;
import vn.dvhc.remap.OnSplit;
import vn.dvhc.remap.RemapJob;
import vn.dvhc.remap.RemapSettings;
import vn.dvhc.remap.RemapSummary;
import vn.dvhc.remap.address.AddressColumns;

/**
 * {@code remapTableJob}: the old unit codes (or addresses, unit names) of a database table to the release in force,
 * written into a new table or into the table itself (spec §5c); the steps are in {@link RemapTableJobConfig}. The job
 * instance is identified by the source's URL (which holds no password) and user, the table, the key, the target
 * ({@code --into} or in place), the releases, --on-split, and the column options, --pad-codes, --dataset and
 * --rejects FILE when given: the same command after a failure resumes the same instance, after a success it is
 * refused. Not identifying: the password's variable, --chunk, --fail-on, --as-of itself, and --threads (the key
 * ranges are cut once, by the first run, and kept: a restart with another --threads runs those ranges).
 * {@code --rerun} adds a random {@code run.id}. The parameter keys shared with {@link RemapJob} mean the same there.
 */
public final class RemapTableJob extends JobDefinition<TableSettings> {

    public static final String NAME = "remapTableJob";
    public static final String PREPARE_STEP = "remapTableJob.prepare";
    public static final String REMAP_STEP = "remapTableJob.remap";
    /** The step each key range runs ({@code remapTableJob.rows:partition<k>}). */
    public static final String WORKER_STEP = "remapTableJob.rows";
    public static final String FINISH_STEP = "remapTableJob.finish";
    /** The reader's name: the prefix of its keys (the last key read) in the step's execution context. */
    public static final String READER = "remapTableJob.reader";
    /** Job execution context keys. */
    public static final String LAYOUT = "remapTable.layout";
    public static final String SUMMARY = "remapTable.summary";
    /** Whether the chunks are written by PostgreSQL's COPY ({@code CopyWrites}), decided once by the prepare step. */
    public static final String COPY = "remapTable.copy";
    /**
     * With {@link #COPY}: the rows go in COPY's binary format, with each key column's width (0: text; 2, 4, 8: an
     * integer); absent for CSV ({@code CopyWrites.binaryKeys}).
     */
    public static final String COPY_BINARY_KEYS = "remapTable.copy.binary.keys";
    /** The statements the prepare step left for after the rows (unique indexes made last), a list. */
    public static final String AFTER_ROWS = "remapTable.after.rows";

    /** Job parameter keys, persisted: never rename one. */
    public static final String SOURCE_URL = "source.url";
    public static final String SOURCE_USER = "source.user";
    public static final String SOURCE_PASSWORD_ENV = "source.password.env";
    public static final String SOURCE_TABLE = "source.table";
    public static final String SOURCE_KEY = "source.key";
    public static final String INTO = "target.into";
    public static final String IN_PLACE = "target.in.place";

    public static final RemapTableJob JOB = new RemapTableJob();

    private RemapTableJob() {
        super(NAME, SUMMARY, RemapSummary.class);
    }

    @Override
    public List<Class<?>> configs(JobParameters parameters) {
        return List.of(RemapTableJobConfig.class);
    }

    @Override
    public JobParameters parameters(TableSettings s, boolean rerun) {
        JobParametersBuilder p = new JobParametersBuilder()
                .addString(SOURCE_URL, s.sourceUrl())
                .addString(SOURCE_TABLE, s.table())
                .addString(SOURCE_KEY, String.join(",", s.key()))
                .addString(RemapJob.RELEASE_FROM, s.from())
                .addString(RemapJob.RELEASE_TO, s.to())
                .addString(RemapJob.ON_SPLIT, s.onSplit().name())
                .addLong(RemapJob.CHUNK, (long) s.chunk(), false)
                .addLong(RemapJob.THREADS, (long) s.threads(), false)
                .addString(RemapJob.FAIL_ON, s.failOn().name(), false);
        if (s.inPlace()) {
            p.addString(IN_PLACE, "true");
        } else {
            p.addString(INTO, s.into());
        }
        addIfGiven(p, SOURCE_USER, s.sourceUser());
        if (s.passwordEnv() != null) {
            p.addString(SOURCE_PASSWORD_ENV, s.passwordEnv(), false);
        }
        addIfGiven(p, RemapJob.COMMUNE_COLUMN, s.communeColumn());
        addIfGiven(p, RemapJob.DISTRICT_COLUMN, s.districtColumn());
        addIfGiven(p, RemapJob.PROVINCE_COLUMN, s.provinceColumn());
        addIfGiven(p, RemapJob.ADDRESS_COLUMN, s.addresses().address());
        addIfGiven(p, RemapJob.COMMUNE_NAME_COLUMN, s.addresses().communeName());
        addIfGiven(p, RemapJob.DISTRICT_NAME_COLUMN, s.addresses().districtName());
        addIfGiven(p, RemapJob.PROVINCE_NAME_COLUMN, s.addresses().provinceName());
        addIfGiven(p, RemapJob.PAD_CODES, s.padCodes() ? "true" : null);
        addIfGiven(p, RemapJob.DATASET, s.dataset());
        addIfGiven(p, RemapJob.REJECTS_FILE, s.rejectsToFile() ? s.rejectsFile().toString() : null);
        if (s.asOf() != null) {
            p.addString(RemapJob.AS_OF, s.asOf().toString(), false);
        }
        return (rerun ? newInstance(p) : p).toJobParameters();
    }

    @Override
    public TableSettings settings(JobParameters p) {
        String asOf = p.getString(RemapJob.AS_OF);
        String rejects = p.getString(RemapJob.REJECTS_FILE);
        Long threads = p.getLong(RemapJob.THREADS);
        return new TableSettings(p.getString(SOURCE_URL), p.getString(SOURCE_USER), p.getString(SOURCE_PASSWORD_ENV),
                p.getString(SOURCE_TABLE), Arrays.asList(p.getString(SOURCE_KEY).split(",")), p.getString(INTO),
                p.getString(RemapJob.COMMUNE_COLUMN), p.getString(RemapJob.DISTRICT_COLUMN),
                p.getString(RemapJob.PROVINCE_COLUMN), new AddressColumns(p.getString(RemapJob.ADDRESS_COLUMN),
                p.getString(RemapJob.COMMUNE_NAME_COLUMN), p.getString(RemapJob.DISTRICT_NAME_COLUMN),
                p.getString(RemapJob.PROVINCE_NAME_COLUMN)), p.getString(RemapJob.RELEASE_FROM),
                p.getString(RemapJob.RELEASE_TO), asOf == null ? null : LocalDate.parse(asOf),
                OnSplit.valueOf(p.getString(RemapJob.ON_SPLIT)), p.getString(RemapJob.PAD_CODES) != null,
                p.getString(RemapJob.DATASET), Math.toIntExact(p.getLong(RemapJob.CHUNK)),
                RemapSettings.FailOn.valueOf(p.getString(RemapJob.FAIL_ON)),
                rejects == null ? null : Path.of(rejects), threads == null ? 1 : Math.toIntExact(threads));
    }

    /** The parts of the --rejects file a failed or stopped run resumes from. */
    @Override
    public List<Path> restartFiles(JobParameters parameters, long instanceId) {
        String rejects = parameters.getString(RemapJob.REJECTS_FILE);
        return rejects == null ? List.of() : PartFiles.existing(Path.of(rejects), instanceId);
    }

    @Override
    public String describe(JobParameters parameters) {
        String into = parameters.getString(INTO);
        return "table " + parameters.getString(SOURCE_TABLE) + " (" + parameters.getString(SOURCE_URL) + ") → "
                + (into == null ? "in place" : into);
    }

    private static void addIfGiven(JobParametersBuilder parameters, String key, String value) {
        if (value != null) {
            parameters.addString(key, value);
        }
    }
}
