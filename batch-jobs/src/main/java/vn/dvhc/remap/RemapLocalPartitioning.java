package vn.dvhc.remap;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/** Partitions run on {@code --threads} threads of this process (the default). */
@Configuration(proxyBeanMethods = false)
public class RemapLocalPartitioning {

    @Bean
    @JobScope
    public TaskExecutorPartitionHandler remapPartitionHandler(@Qualifier(RemapJob.WORKER_STEP) Step remapWorkerStep,
                                                              @Value("#{jobParameters['" + RemapJob.THREADS + "']}") Long threads) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(remapWorkerStep);
        handler.setGridSize(Math.toIntExact(threads));
        handler.setTaskExecutor(executor(Math.toIntExact(threads)));
        return handler;
    }

    private static TaskExecutor executor(int threads) {
        if (threads <= 1) {
            return new SyncTaskExecutor();
        }
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("remap-");
        executor.setConcurrencyLimit(threads);
        return executor;
    }
}
