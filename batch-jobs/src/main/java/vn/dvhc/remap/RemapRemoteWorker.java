package vn.dvhc.remap;

import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

/**
 * The worker side of remote partitioning: listens on the broker's queue and runs each partition request with
 * Spring Batch Integration's {@link StepExecutionRequestHandler} and the ordinary {@value RemapJob#WORKER_STEP}
 * bean. The JMS session is transacted: the request is acknowledged only when the partition has ended, so a worker
 * killed mid-partition gives it back to the broker. A request for a partition already completed (its worker died
 * after the last commit), or of a job execution no longer running (its manager died and was restarted), is
 * acknowledged without running it.
 */
@Configuration(proxyBeanMethods = false)
@Import(RemapWorkerStepConfig.class)
public class RemapRemoteWorker {

    private static final Logger LOG = LogManager.getLogger(RemapRemoteWorker.class);

    /** When the worker last finished or started a partition, for {@code --exit-when-idle}. */
    public static final class Activity {
        private final AtomicLong last = new AtomicLong(System.nanoTime());
        private final AtomicLong busy = new AtomicLong();

        void start() {
            busy.incrementAndGet();
            last.set(System.nanoTime());
        }

        void end() {
            busy.decrementAndGet();
            last.set(System.nanoTime());
        }

        /** Nanoseconds since the last partition ended, or 0 while one runs. */
        public long idleNanos() {
            return busy.get() > 0 ? 0 : System.nanoTime() - last.get();
        }
    }

    @Bean
    public Activity remapWorkerActivity() {
        return new Activity();
    }

    @Bean
    public StepExecutionRequestHandler remapRequestHandler(JobRepository jobRepository, BeanFactory beanFactory) {
        BeanFactoryStepLocator locator = new BeanFactoryStepLocator();
        locator.setBeanFactory(beanFactory);
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(locator);
        return handler;
    }

    @Bean
    public DefaultMessageListenerContainer remapRequestListener(StepExecutionRequestHandler remapRequestHandler,
                                                                JobRepository jobRepository, Activity remapWorkerActivity,
                                                                @Value("${dvhc.broker}") String broker,
                                                                @Value("${dvhc.consumers:1}") int consumers) {
        DefaultMessageListenerContainer container = new DefaultMessageListenerContainer();
        container.setConnectionFactory(PartitionRequests.connectionFactory(broker));
        container.setDestinationName(PartitionRequests.QUEUE);
        container.setSessionTransacted(true);
        container.setConcurrentConsumers(consumers);
        container.setMaxConcurrentConsumers(consumers);
        container.setMessageListener((jakarta.jms.MessageListener) message -> {
            StepExecutionRequest request;
            try {
                request = PartitionRequests.decode(((TextMessage) message).getText());
            } catch (JMSException e) {
                throw new IllegalStateException("cannot read a partition request", e);
            }
            StepExecution step = jobRepository.getStepExecution(request.getStepExecutionId());
            if (step != null && step.getStatus() == BatchStatus.COMPLETED) {
                LOG.info("{} (step execution {}) has already completed; acknowledged", step.getStepName(), step.getId());
                return;
            }
            if (step != null && !step.getJobExecution().isRunning()) {
                // Its manager died and a new run recovered it: the new run sends its own requests.
                LOG.info("{} (step execution {}) belongs to execution {}, which is {}; acknowledged", step.getStepName(),
                        step.getId(), step.getJobExecutionId(), step.getJobExecution().getStatus());
                return;
            }
            remapWorkerActivity.start();
            try {
                StepExecution result = remapRequestHandler.handle(request);
                LOG.info("{} (step execution {}) ended {}", result.getStepName(), result.getId(), result.getStatus());
            } catch (RuntimeException e) {
                // Not the step failing (that ends FAILED above) but the worker unable to run it: mark it failed, so
                // that the manager stops waiting, instead of letting the broker hand the request round forever.
                if (e instanceof OptimisticLockingFailureException) {
                    LOG.warn("{} was taken over by a restarted run while running here; left to it", request);
                    return;
                }
                LOG.error("cannot run {}: {}", request, e.getMessage(), e);
                if (step != null) {
                    step.setStatus(BatchStatus.FAILED);
                    step.setExitStatus(ExitStatus.FAILED.addExitDescription(e));
                    step.setEndTime(LocalDateTime.now());
                    jobRepository.update(step);
                }
            } finally {
                remapWorkerActivity.end();
            }
        });
        return container;
    }
}
