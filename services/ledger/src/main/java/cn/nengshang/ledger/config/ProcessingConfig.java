package cn.nengshang.ledger.config;

import cn.nengshang.ledger.admin.ParkedEvents;
import cn.nengshang.ledger.common.ProcessorSegments;
import cn.nengshang.ledger.integration.publish.IntegrationPublisher;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.modelling.saga.AbstractSagaManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.util.Arrays;
import java.util.Objects;

/**
 * What the event processors do with an event they cannot handle. A read model's processor parks the
 * event's sequence (the person's events) in its dead-letter queue and goes on with everyone else's, also
 * when it was the database that refused the event (see {@link ReadModelFailures}). A saga's failure is
 * parked beside them. A subscribing processor's failure fails the command
 * that caused it. Administrators list and retry what was parked.
 */
@Configuration(proxyBeanMethods = false)
class ProcessingConfig {

    @Bean
    ConfigurerModule deadLetterQueues(ApplicationContext context, Environment environment,
                                      EntityManagerProvider entityManagers, TransactionManager transactions,
                                      @Qualifier("eventSerializer") Serializer events, ObjectProvider<ParkedEvents> parked,
                                      ProcessorSegments segments) {
        return configurer -> configurer.eventProcessing(processing -> {
            Arrays.stream(context.getBeanNamesForAnnotation(ProcessingGroup.class))
                    .map(bean -> context.findAnnotationOnBean(bean, ProcessingGroup.class))
                    .filter(Objects::nonNull).map(ProcessingGroup::value).distinct()
                    .filter(group -> !"subscribing".equals(environment.getProperty(
                            "axon.eventhandling.processors." + group + ".mode")))
                    // the publisher to Kafka never parks: a message not acknowledged is sent again, none skipped
                    .filter(group -> !IntegrationPublisher.GROUP.equals(group))
                    .forEach(group -> processing.registerDeadLetterQueue(group, axon ->
                            JpaSequencedDeadLetterQueue.<EventMessage<?>>builder().processingGroup(group)
                                    .entityManagerProvider(entityManagers)
                                    .transactionManager(transactions)
                                    .serializer(events)
                                    .build())
                            // a replay starts the read model afresh: what was parked is handled again in order;
                            // whether a sequence is parked is known from what the processor itself parked since it
                            // took its segment, not asked of the database for every event
                            .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                                    (axon, invoker) -> invoker.allowReset(true).enableSequenceIdentifierCache()));
            processing.registerDefaultSequencingPolicy(axon -> new PersonSequence());
            // a processor handles up to this many events in one transaction (one token update, one commit waited
            // for on disk): a processor that keeps up handles what has arrived, a lone event at once; one that is
            // behind — a month-end burst, a replay — commits once per this many. Its segments split the staff
            // between replicas (SegmentBalancer); a replica has a thread for each, so that alone it takes them all;
            // a processor whose one event changes other people's rows has one segment (ProcessorSegments)
            int batchSize = environment.getProperty("nengshang.processing.batch-size", Integer.class, 250);
            processing.registerTrackingEventProcessorConfiguration(axon -> TrackingEventProcessorConfiguration
                    .forParallelProcessing(segments.shared()).andInitialSegmentsCount(segments.shared())
                    .andBatchSize(batchSize));
            segments.single().forEach(group -> processing.registerTrackingEventProcessorConfiguration(group, axon ->
                    TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batchSize)));
            processing.registerDefaultListenerInvocationErrorHandler(axon -> (exception, event, handler) -> {
                if (handler instanceof AbstractSagaManager<?> saga) {
                    parked.getObject().park(ParkedEvents.groupOf(saga.getSagaType()), event, exception);
                } else {
                    PropagatingErrorHandler.INSTANCE.onError(exception, event, handler);
                }
            });
        });
    }

    @Bean
    ReadModelFailures readModelFailures(EntityManagerFactory entityManagers, ObjectProvider<ParkedEvents> parked) {
        return new ReadModelFailures(entityManagers, parked);
    }
}
