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
import io.baobei.platform.security.AccountLockEvent;

/**
 * Writes every read and change of a filing's customer data, and every refused attempt (D3, X6), in the
 * transaction of the access itself, with the caller's address when it came over HTTP; likewise every lock
 * and unlock of an account.
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
        write(() -> records.insert(OffsetDateTime.now(clock), event.actor(), event.action().name(),
                event.filingId(), event.allowed(), event.detail(), remoteAddress()), !event.allowed());
    }

    /**
     * {@code ACCOUNT_LOCK} (a wrong password, refused: the actor is the account it named) or
     * {@code ACCOUNT_UNLOCK} (allowed, or a refused attempt). A lock is written with the failed login's own
     * engine transaction, which commits.
     */
    @EventListener
    public void account(AccountLockEvent event) {
        boolean locked = event.kind() == AccountLockEvent.Kind.LOCKED;
        boolean allowed = event.kind() == AccountLockEvent.Kind.UNLOCKED;
        write(() -> records.insert(OffsetDateTime.now(clock), event.actor(), locked ? "ACCOUNT_LOCK" : "ACCOUNT_UNLOCK",
                null, allowed, event.detail(), remoteAddress()), event.kind() == AccountLockEvent.Kind.UNLOCK_REFUSED);
    }

    private void write(Runnable insert, boolean despiteRollback) {
        if (despiteRollback) {
            ownTransaction.executeWithoutResult(status -> insert.run());
        } else {
            insert.run();
        }
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return request.getRequest().getRemoteAddr();
        }
        return null;
    }
}
