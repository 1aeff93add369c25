package io.baobei.operations;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.baobei.collision.CollisionAnnounced;
import io.baobei.filing.FilingRegistered;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Filings and collisions as counters ({@code baobei_filings_total}, {@code baobei_collisions_total}); per
 * minute is Prometheus' {@code rate()}. Counted once their transaction has committed, so a filing rolled back
 * (a lost race retried, a refused start) is not counted.
 */
@Component
public class BusinessCounters {

    private final MeterRegistry meters;

    public BusinessCounters(MeterRegistry meters) {
        this.meters = meters;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void filed(FilingRegistered filing) {
        Counter.builder("baobei.filings").description("Filings registered, by the status they started in")
                .tag("status", filing.status().name()).register(meters).increment();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void collided(CollisionAnnounced collision) {
        Counter.builder("baobei.collisions").description("Collision cases opened and announced, by kind")
                .tag("kind", collision.kind().name()).register(meters).increment();
    }
}
