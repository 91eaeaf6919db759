package vn.dvhc.cli.fast;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import vn.dvhc.common.JobDefinition;

/**
 * An earlier run in the fast tests' job repository, as Spring Batch stores one, reduced to what the commands ask of
 * it: the job and one parameter naming a file (an output it wrote).
 */
final class StoredRuns {

    private StoredRuns() {
    }

    static void wrote(JobDefinition<?> job, String key, Path file) {
        DSLContext dsl = FastCli.database().dsl();
        Long instance = dsl.insertInto(DSL.table("batch_job_instance"))
                .columns(DSL.field("version"), DSL.field("job_name"), DSL.field("job_key"))
                .values(0L, job.name(), UUID.randomUUID().toString().replace("-", ""))
                .returningResult(DSL.field("job_instance_id", Long.class)).fetchOne().value1();
        Long execution = dsl.insertInto(DSL.table("batch_job_execution"))
                .columns(DSL.field("version"), DSL.field("job_instance_id"), DSL.field("create_time"),
                        DSL.field("status"), DSL.field("exit_code"))
                .values(0L, instance, LocalDateTime.now(), "COMPLETED", "COMPLETED")
                .returningResult(DSL.field("job_execution_id", Long.class)).fetchOne().value1();
        dsl.insertInto(DSL.table("batch_job_execution_params"))
                .columns(DSL.field("job_execution_id"), DSL.field("parameter_name"), DSL.field("parameter_type"),
                        DSL.field("parameter_value"), DSL.field("identifying"))
                .values(execution, key, String.class.getName(), file.toString(), "N")
                .execute();
    }
}
