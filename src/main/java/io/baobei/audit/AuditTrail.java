package io.baobei.audit;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.baobei.filing.CustomerDataAccessed;

/**
 * Writes every read and change of a filing's customer data, and every refused attempt (D3, X6), in the
 * transaction of the access itself, with the caller's address when it came over HTTP.
 */
@Component
public class AuditTrail {

    private final AuditRepository records;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public AuditTrail(AuditRepository records, PlatformTransactionManager transactionManager, Clock clock) {
        this.records = records;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A refused attempt is kept even though the refusal rolls the request's own transaction back. */
    @EventListener
    public void accessed(CustomerDataAccessed event) {
        Runnable write = () -> records.insert(OffsetDateTime.now(clock), event.actor(), event.action().name(),
                event.filingId(), event.allowed(), event.detail(), remoteAddress());
        if (event.allowed()) {
            write.run();
        } else {
            ownTransaction.executeWithoutResult(status -> write.run());
        }
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return request.getRequest().getRemoteAddr();
        }
        return null;
    }
}
