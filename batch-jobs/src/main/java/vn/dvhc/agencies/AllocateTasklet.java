package vn.dvhc.agencies;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.common.AtomicFiles;
import vn.dvhc.common.Json;
import vn.dvhc.domain.agency.CodeAllocator;
import vn.dvhc.domain.agency.CodePattern;
import vn.dvhc.domain.agency.Coverage;
import vn.dvhc.domain.agency.Proposal;

/**
 * Checks the register, proposes codes for the communes without a People's Committee code and writes them, in the
 * register's own layout with status {@code proposed}, to the output file (whole or not at all). The register is
 * never written. Approval is a person's act: set the status to active and add the rows to the register.
 */
final class AllocateTasklet implements Tasklet {

    static final List<String> COLUMNS = List.of("code", "name", "parent_code", "unit_code", "unit_release", "status",
            "valid_from", "valid_to", "decision", "province_code", "note");

    private static final Logger LOG = LogManager.getLogger(AllocateTasklet.class);

    private final CatalogRepository catalog;

    AllocateTasklet(CatalogRepository catalog) {
        this.catalog = catalog;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        JobParameters params = job.getJobParameters();
        AllocationSettings allocation = AgenciesAllocateJob.JOB.settings(params);
        AgencySettings settings = allocation.agencies();
        CodePattern pattern = CodePattern.parse(allocation.pattern());
        Path output = allocation.output();
        AgencyCheckRun run = AgencyCheckRun.of(settings, catalog);
        List<Proposal> proposals = new CodeAllocator(run.table(), pattern,
                allocation.start()).allocate(run.register().agencies(), run.result());
        String release = run.units().releaseInForce();
        AtomicFiles.write(output, "--output", out -> write(proposals, release, pattern, out));
        AllocationSummary summary = summary(job.getId(), settings, output, pattern, release, run, proposals);
        job.getExecutionContext().putString(AgenciesAllocateJob.SUMMARY, Json.write(summary));
        contribution.incrementWriteCount(proposals.size());
        LOG.info("agencies allocate {}: {} codes proposed, {} communes left unresolved, in {}", settings.register(),
                summary.proposed(), summary.unresolved(), output);
        return RepeatStatus.FINISHED;
    }

    private static void write(List<Proposal> proposals, String release, CodePattern pattern, Writer out)
            throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        csv.printRecord(COLUMNS);
        for (Proposal p : proposals) {
            csv.printRecord(p.code(), p.name(), p.parentCode(), p.commune().code(), release, "proposed", "", "", "",
                    p.provinceCode(), p.conflict().isEmpty() ? "proposed by dvhc agencies allocate, pattern " + pattern
                            : p.conflict());
        }
        csv.flush();
    }

    private static AllocationSummary summary(long executionId, AgencySettings settings, Path output,
                                             CodePattern pattern, String release, AgencyCheckRun run,
                                             List<Proposal> proposals) {
        List<AllocationSummary.Province> provinces = new ArrayList<>();
        int proposed = 0;
        int unresolved = 0;
        for (Coverage coverage : run.result().coverage().values()) {
            List<Proposal> own = proposals.stream().filter(p -> p.provinceCode().equals(coverage.provinceCode()))
                    .toList();
            int open = (int) own.stream().filter(p -> p.code().isEmpty()).count();
            provinces.add(new AllocationSummary.Province(coverage.provinceCode(),
                    run.table().usedBy(coverage.provinceCode()).orElse(""), coverage.communes(), coverage.covered(),
                    own.size() - open, open));
            proposed += own.size() - open;
            unresolved += open;
        }
        return new AllocationSummary(executionId, settings.register().toString(), output.toString(),
                pattern.toString(), release, proposed, unresolved, provinces);
    }
}
