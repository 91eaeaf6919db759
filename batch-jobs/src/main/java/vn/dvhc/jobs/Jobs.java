package vn.dvhc.jobs;

import java.util.List;
import java.util.Optional;

import vn.dvhc.agencies.AgenciesAllocateJob;
import vn.dvhc.agencies.AgenciesValidateJob;
import vn.dvhc.common.JobDefinition;
import vn.dvhc.procedures.ProceduresRepublishJob;
import vn.dvhc.referenceimport.ReferenceImportJob;
import vn.dvhc.remap.RemapJob;
import vn.dvhc.remap.table.RemapTableJob;
import vn.dvhc.report.ReportJob;

/** Every job of this dvhc version: what {@code dvhc jobs restart|show|list} and the job runner know them by. */
public final class Jobs {

    public static final List<JobDefinition<?>> ALL = List.of(ReferenceImportJob.JOB, RemapJob.JOB,
            AgenciesValidateJob.JOB, AgenciesAllocateJob.JOB, ProceduresRepublishJob.JOB, ReportJob.JOB,
            RemapTableJob.JOB);

    private Jobs() {
    }

    /** The job stored under this name, if this version knows it. */
    public static Optional<JobDefinition<?>> named(String name) {
        return ALL.stream().filter(job -> job.name().equals(name)).findFirst();
    }
}
