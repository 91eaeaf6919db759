package vn.dvhc.cli.run;

import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import vn.dvhc.infra.BatchInfraConfig;
import vn.dvhc.infra.Database;

/** The Spring Batch job repository and operator of the database, without any job: for {@code dvhc jobs}. */
public final class JobStore implements AutoCloseable {

    private final AnnotationConfigApplicationContext context = BatchInfraConfig.newContext();

    public JobStore(Database database) {
        // The database outlives the context: no destroy method.
        context.registerBean(Database.class, () -> database, definition -> definition.setDestroyMethodName(""));
        context.register(BatchInfraConfig.class);
        context.refresh();
    }

    public JobRepository repository() {
        return context.getBean(JobRepository.class);
    }

    public JobOperator operator() {
        return context.getBean(JobOperator.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
