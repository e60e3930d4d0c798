package cn.nengshang.ledger.e2e;

import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

import java.time.Clock;

/**
 * Several applications share the test JVM (Spring keeps their contexts), but Axon stamps events by one static
 * clock, which the application started last has set. Before each test its own application's clock is put back,
 * so that a simulated clock never stamps the events of a test that runs in real time, or the reverse.
 */
public class EventClockListener extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(Clock.class)
                    .ifAvailable(clock -> GenericEventMessage.clock = clock);
        }
    }
}
