package vn.dvhc.remap;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Partitions of this process (the default): one partition, whose blocks are remapped on {@code --threads} threads
 * while the partition's own thread reads the next blocks and writes the remapped ones in order (decision 0032).
 * One partition writes the output in place: there are no later parts for the merge to copy, and a commit is one
 * thread's round trips to the job repository, not one per thread.
 */
@Configuration(proxyBeanMethods = false)
public class RemapLocalPartitioning {

    @Bean
    @JobScope
    public PartitionHandler remapPartitionHandler(Step remapLocalWorkerStep) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(remapLocalWorkerStep);
        handler.setGridSize(1);
        handler.setTaskExecutor(new SyncTaskExecutor());
        return handler;
    }

    /** {@value RemapJob#WORKER_STEP} with its remapping threads; by that name a restart finds its partition. */
    @Bean
    @JobScope
    public Step remapLocalWorkerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     ItemStreamReader<RecordBlock> remapReader,
                                     ItemProcessor<RecordBlock, OutputBlock> remapProcessor,
                                     ItemStreamWriter<OutputBlock> remapWriter,
                                     @Value("#{jobParameters['" + RemapJob.THREADS + "']}") Long threads) {
        return RemapWorkerStepConfig.workerStep(jobRepository, transactionManager, remapReader, remapProcessor,
                remapWriter, threads <= 1 ? null : remappers(Math.toIntExact(threads)));
    }

    // Not a bean: Spring would register an executor bean as a listener of the context's close, which a job-scoped
    // one cannot answer once the job has ended. The step shuts it down when it ends (RemapWorkerStepConfig).
    private static ThreadPoolTaskExecutor remappers(int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("remap-");
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setDaemon(true);
        executor.initialize();
        return executor;
    }
}
