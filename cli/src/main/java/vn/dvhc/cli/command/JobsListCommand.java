package vn.dvhc.cli.command;

import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import vn.dvhc.cli.option.FormatOption;
import vn.dvhc.cli.option.JobNames;
import vn.dvhc.cli.output.JobViews;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.cli.run.JobStore;
import vn.dvhc.common.JobDefinition;
import vn.dvhc.common.Json;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/** {@code dvhc jobs list}: the newest job executions. */
@Command(name = "list", mixinStandardHelpOptions = true,
        header = "List the job executions, newest first.",
        description = "One line per execution: ID, job, status (COMPLETED, FAILED, STARTED, STOPPED, ABANDONED …), "
                + "start, duration and the files it worked on.",
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc jobs list", "  dvhc jobs list --job remapJob --status FAILED",
                "  dvhc jobs list --limit 100 --format json"})
public final class JobsListCommand implements Callable<Integer> {

    @Mixin
    FormatOption format;

    @Option(names = "--job", paramLabel = "<name>", converter = JobNames.class, completionCandidates = JobNames.class,
            description = "Only this job: ${COMPLETION-CANDIDATES}.")
    JobDefinition<?> job;

    @Option(names = "--status", paramLabel = "<status>",
            description = "Only executions with this status (case ignored): ${COMPLETION-CANDIDATES}.")
    BatchStatus status;

    @Option(names = "--limit", paramLabel = "<n>", defaultValue = "20",
            description = "At most this many executions. Default: ${DEFAULT-VALUE}.")
    int limit;

    private final CliContext cli;

    public JobsListCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new DvhcException(ErrorCode.USAGE, "--limit must be at least 1", null, null);
        }
        try (JobStore store = new JobStore(cli.database())) {
            List<JobViews.Execution> executions = JobQueries.newest(store.repository(), job, status, limit).stream()
                    .map(e -> JobViews.view(e, false)).toList();
            if (format.json()) {
                cli.out().println(Json.writePretty(executions));
            } else {
                JobViews.printList(cli.out(), executions);
            }
        }
        return 0;
    }
}
