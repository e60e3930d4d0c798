package cn.nengshang.ledger.config;

import cn.nengshang.ledger.admin.ParkedEvents;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;

import java.lang.reflect.Method;
import java.sql.SQLException;

/**
 * Makes a read model's failure at the database parkable. Each read model handler writes before it returns,
 * so that a value the database refuses fails this event's handler. Such a failure leaves the processor's
 * transaction unusable, so it is noted apart; the processor rolls back and tries again, and this time the
 * noted event is refused before its handler runs, which the dead-letter queue can park like any other
 * failure, while the transaction goes on with the rest.
 */
class ReadModelFailures implements HandlerEnhancerDefinition {

    private final EntityManagerFactory entityManagers;
    private final ObjectProvider<ParkedEvents> parked;

    ReadModelFailures(EntityManagerFactory entityManagers, ObjectProvider<ParkedEvents> parked) {
        this.entityManagers = entityManagers;
        this.parked = parked;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        return original.unwrap(Method.class)
                .filter(m -> m.isAnnotationPresent(EventHandler.class))
                .filter(m -> !m.isAnnotationPresent(EventSourcingHandler.class))
                .filter(m -> !m.isAnnotationPresent(SagaEventHandler.class))
                .map(m -> m.getDeclaringClass().getAnnotation(ProcessingGroup.class))
                .<MessageHandlingMember<T>>map(group -> new Guarded<>(original, group.value()))
                .orElse(original);
    }

    /** Thrown instead of running a handler that failed on this event at the database before. */
    static final class FailedBefore extends RuntimeException {

        FailedBefore(String cause) {
            super(cause, null, false, false);
        }
    }

    private final class Guarded<T> extends WrappedMessageHandlingMember<T> {

        private final String group;

        Guarded(MessageHandlingMember<T> delegate, String group) {
            super(delegate);
            this.group = group;
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            parked.getObject().failureOf(group, message.getIdentifier()).ifPresent(cause -> {
                throw new FailedBefore(cause);
            });
            try {
                Object result = super.handle(message, target);
                EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagers);
                if (entityManager != null) entityManager.flush();
                return result;
            } catch (RuntimeException e) {
                if (atTheDatabase(e) && message instanceof EventMessage<?> event) {
                    parked.getObject().noteFailure(group, event, e);
                }
                throw e;
            }
        }
    }

    private static boolean atTheDatabase(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof PersistenceException || cause instanceof DataAccessException
                    || cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
