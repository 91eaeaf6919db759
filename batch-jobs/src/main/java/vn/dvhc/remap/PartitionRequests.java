package vn.dvhc.remap;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.batch.integration.partition.StepExecutionRequest;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * How remap partitions travel between the manager and the workers: a text message {@code <step>\t<step execution
 * id>} on the queue {@value #QUEUE} of an Apache Artemis broker. Text, not a serialised Java object, so that no
 * class allow-list is needed on the broker and any worker version can read it.
 */
public final class PartitionRequests {

    public static final String QUEUE = "dvhc.remap.partitions";

    private PartitionRequests() {
    }

    static String encode(StepExecutionRequest request) {
        return request.getStepName() + "\t" + request.getStepExecutionId();
    }

    static StepExecutionRequest decode(String text) {
        int tab = text.indexOf('\t');
        if (tab < 0) {
            throw new IllegalArgumentException("not a partition request: " + text);
        }
        return new StepExecutionRequest(text.substring(0, tab), Long.parseLong(text.substring(tab + 1)));
    }

    /**
     * A connection factory for a broker URL ({@code tcp://host:61616}). Workers take one message at a time
     * ({@code consumerWindowSize=0}): a busy worker must not hold partitions that an idle one could run.
     */
    public static ConnectionFactory connectionFactory(String brokerUrl) {
        try {
            ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl);
            factory.setConsumerWindowSize(0);
            return factory;
        } catch (RuntimeException e) {
            throw new DvhcException(ErrorCode.USAGE, "not a broker URL: " + brokerUrl + " (" + e.getMessage() + ")", null,
                    "use e.g. tcp://broker.example:61616", e);
        }
    }
}
