package vn.dvhc.remap;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.jms.core.JmsTemplate;

/**
 * The manager side of remote partitioning (Spring Batch Integration): {@link MessageChannelPartitionHandler} sends
 * one request per partition to the broker's queue and waits, polling the shared job repository, until every
 * partition has ended. Workers ({@code dvhc worker}) execute them; a worker that dies leaves its message
 * unacknowledged, and the broker gives it to another worker, which resumes the partition from its last commit.
 */
@Configuration(proxyBeanMethods = false)
public class RemapRemotePartitioning {

    @Bean
    @JobScope
    public PartitionHandler remapPartitionHandler(JobRepository jobRepository,
                                                  @Value("#{jobParameters['" + RemapJob.BROKER + "']}") String broker,
                                                  @Value("#{jobParameters['" + RemapJob.PARTITIONS + "']}") Long partitions)
            throws Exception {
        JmsTemplate jms = new JmsTemplate(PartitionRequests.connectionFactory(broker));
        DirectChannel requests = new DirectChannel();
        requests.subscribe(message -> jms.send(PartitionRequests.QUEUE,
                session -> session.createTextMessage(PartitionRequests.encode((StepExecutionRequest) message.getPayload()))));
        MessagingTemplate messaging = new MessagingTemplate();
        messaging.setDefaultChannel(requests);
        MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
        handler.setMessagingOperations(messaging);
        handler.setStepName(RemapJob.WORKER_STEP);
        handler.setGridSize(Math.toIntExact(partitions));
        handler.setJobRepository(jobRepository);
        handler.setPollInterval(500);
        handler.afterPropertiesSet();
        return handler;
    }
}
