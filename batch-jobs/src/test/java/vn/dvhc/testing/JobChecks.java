package vn.dvhc.testing;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dvhc.infra.Database;

/**
 * What every job test's checks use, whichever database its nested {@code @SpringBatchTest} class runs on
 * ({@link JobInfra}): the job launcher of spring-batch-test, the database, and a folder of its own.
 */
public abstract class JobChecks {

    @Autowired
    protected JobOperatorTestUtils jobs;

    @Autowired
    protected Database database;

    @TempDir
    protected Path temp;
}
