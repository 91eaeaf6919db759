package vn.dvhc.common;

/**
 * Job parameter keys, persisted in {@code BATCH_JOB_EXECUTION_PARAMS}: never rename one. Which are
 * identifying is decided per command and written in the command's Javadoc.
 */
public final class JobParams {

    /** Makes a run its own job instance ({@code --rerun}, imports). */
    public static final String RUN_ID = "run.id";

    public static final String INPUT_FILE = "input.file";
    public static final String INPUT_SHA256 = "input.sha256";
    public static final String OUTPUT_FILE = "output.file";
    public static final String REJECTS_FILE = "rejects.file";
    public static final String RELEASE_FROM = "release.from";
    public static final String RELEASE_TO = "release.to";

    public static final String REMAP_COMMUNE_COLUMN = "remap.commune.column";
    public static final String REMAP_DISTRICT_COLUMN = "remap.district.column";
    public static final String REMAP_PROVINCE_COLUMN = "remap.province.column";
    public static final String REMAP_ON_SPLIT = "remap.on.split";
    public static final String REMAP_DELIMITER = "remap.delimiter";
    public static final String REMAP_ENCODING = "remap.encoding";
    public static final String REMAP_CHUNK = "remap.chunk";
    public static final String REMAP_THREADS = "remap.threads";
    public static final String REMAP_FAIL_ON = "remap.fail.on";
    public static final String REMAP_AS_OF = "remap.as.of";
    public static final String REMAP_BROKER = "remap.broker";
    public static final String REMAP_PARTITIONS = "remap.partitions";

    public static final String IMPORT_FORMAT = "import.format";
    public static final String IMPORT_REPLACE = "import.replace";
    public static final String IMPORT_ALLOW_UNMAPPED = "import.allow.unmapped";
    public static final String RELEASE_ID = "release.id";
    public static final String RELEASE_EFFECTIVE = "release.effective";
    public static final String RELEASE_PREDECESSOR = "release.predecessor";

    /** {@code procedures republish}: the n-th catalogue's path is {@code procedures.catalogue.<n>}, from 1. */
    public static final String PROCEDURES_CATALOGUE_PREFIX = "procedures.catalogue.";
    public static final String PROCEDURES_CATALOGUE_COUNT = "procedures.catalogue.count";
    public static final String PROCEDURES_CATALOGUES_SHA256 = "procedures.catalogues.sha256";
    public static final String PROCEDURES_RULES = "procedures.rules";
    public static final String PROCEDURES_RULES_SHA256 = "procedures.rules.sha256";
    public static final String PROCEDURES_CROSSWALK = "procedures.crosswalk";
    public static final String PROCEDURES_CROSSWALK_SHA256 = "procedures.crosswalk.sha256";
    public static final String PROCEDURES_H_CODES = "procedures.h.codes";
    public static final String PROCEDURES_H_CODES_SHA256 = "procedures.h.codes.sha256";
    public static final String PROCEDURES_DEFAULT_DISTRICT_LEVEL = "procedures.default.district.level";
    public static final String PROCEDURES_RELEASE = "procedures.release";
    public static final String PROCEDURES_AS_OF = "procedures.as.of";
    public static final String PROCEDURES_OUTPUT_DIR = "procedures.output.dir";
    public static final String PROCEDURES_ENCODING = "procedures.encoding";
    public static final String PROCEDURES_FAIL_ON = "procedures.fail.on";

    /** {@code agencies validate} and {@code agencies allocate}. */
    public static final String AGENCIES_REGISTER = "agencies.register";
    public static final String AGENCIES_REGISTER_SHA256 = "agencies.register.sha256";
    public static final String AGENCIES_H_CODES = "agencies.h.codes";
    public static final String AGENCIES_H_CODES_SHA256 = "agencies.h.codes.sha256";
    public static final String AGENCIES_AS_OF = "agencies.as.of";
    public static final String AGENCIES_RELEASE = "agencies.release";
    public static final String AGENCIES_ENCODING = "agencies.encoding";
    public static final String AGENCIES_FAIL_ON = "agencies.fail.on";
    public static final String AGENCIES_PATTERN = "agencies.pattern";
    public static final String AGENCIES_START = "agencies.start";
    public static final String AGENCIES_OUTPUT = "agencies.output";

    private JobParams() {
    }

    public static final String REPORT_OUTPUT_DIR = "report.output.dir";
    public static final String REPORT_FORMATS = "report.formats";
    public static final String REPORT_PROVINCE = "report.province";
    public static final String REPORT_AS_OF = "report.as.of";
    public static final String REPORT_BLOCK_REJECT = "report.block.reject.percent";
    public static final String REPORT_RISK_REJECT = "report.risk.reject.percent";
    public static final String REPORT_RISK_SPLIT = "report.risk.split.percent";
    public static final String REPORT_BLOCK_COVERAGE = "report.block.coverage.percent";
    public static final String REPORT_RISK_COVERAGE = "report.risk.coverage.percent";
}
