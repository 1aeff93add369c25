package io.baobei.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Dispatches the outbox every {@code notification.dispatch-interval} (tests dispatch by hand instead). */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "notification.dispatch-enabled", havingValue = "true", matchIfMissing = true)
public class OutboxSchedule {

    private final OutboxDispatcher dispatcher;

    public OutboxSchedule(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${notification.dispatch-interval:PT15S}")
    public void dispatch() {
        dispatcher.dispatchDue();
    }
}
