package vn.dvhc.remap;

import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Spring Batch's splitter, except for a partition whose step execution was made but whose context never saved.
 * Spring Batch makes a partition's execution and saves its context in two transactions; a process killed between
 * them (with the home's server, found by scripts/stress, seed 1796647958077268421) left a partition without its
 * byte range, which every later run copied on ("Value for key=[remap.partition.index] is not of type Integer"), so
 * the same command never completed. Such a partition gets its context from the partitioner again: it gives the same
 * ranges for the same input (each partition checks that the input is unchanged), and a partition without a context
 * has committed nothing.
 */
final class RemapStepSplitter implements StepExecutionSplitter {

    // Where Spring Batch's splitter keeps the grid size of the first run, in the manager step's context.
    private static final String GRID_SIZE = SimpleStepExecutionSplitter.class.getSimpleName() + ".GRID_SIZE";

    private final SimpleStepExecutionSplitter splitter;
    private final JobRepository repository;
    private final Partitioner partitioner;

    RemapStepSplitter(JobRepository repository, String stepName, Partitioner partitioner) {
        this.splitter = new SimpleStepExecutionSplitter(repository, stepName, partitioner);
        this.repository = repository;
        this.partitioner = partitioner;
    }

    @Override
    public String getStepName() {
        return splitter.getStepName();
    }

    @Override
    public Set<StepExecution> split(StepExecution manager, int gridSize) throws JobExecutionException {
        Set<StepExecution> partitions = splitter.split(manager, gridSize);
        Map<String, ExecutionContext> contexts = null;
        for (StepExecution partition : partitions) {
            if (partition.getExecutionContext().containsKey(Partition.INDEX)) {
                continue;
            }
            if (contexts == null) {
                long firstGridSize = manager.getExecutionContext().getLong(GRID_SIZE, gridSize);
                contexts = partitioner.partition(Math.toIntExact(firstGridSize));
            }
            ExecutionContext context = contexts.get(partition.getStepName().substring(getStepName().length() + 1));
            if (context == null) {
                throw new JobExecutionException("no " + partition.getStepName() + " among this input's partitions");
            }
            partition.setExecutionContext(new ExecutionContext(context));
            repository.updateExecutionContext(partition);
        }
        return partitions;
    }
}
