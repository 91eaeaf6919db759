package vn.dvhc.infra;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What every job needs, in plain Spring (no Boot: it would cost seconds per command). The {@link Database} is
 * opened and migrated before the context starts and registered into it; the context never closes it.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing
@EnableJdbcJobRepository
public class BatchInfraConfig {

    /**
     * A context for a job, to register this configuration and the job's into. It has no {@code @EventListener}
     * processor: neither dvhc nor Spring Batch declares such a listener, and looking for one in every method of
     * every bean (jOOQ's DSLContext has hundreds) took half of the context's start-up (issue 17, docs/benchmarks.md).
     * Its message source is {@link NoMessages}.
     */
    public static AnnotationConfigApplicationContext newContext() {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.removeBeanDefinition(AnnotationConfigUtils.EVENT_LISTENER_PROCESSOR_BEAN_NAME);
        context.removeBeanDefinition(AnnotationConfigUtils.EVENT_LISTENER_FACTORY_BEAN_NAME);
        context.registerBean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME, MessageSource.class, NoMessages::new);
        return context;
    }

    @Bean(destroyMethod = "")
    public DataSource dataSource(Database database) {
        return database.dataSource();
    }

    @Bean
    public PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    public DSLContext dsl(Database database) {
        return database.dsl();
    }
}
