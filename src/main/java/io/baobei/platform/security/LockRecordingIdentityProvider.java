package io.baobei.platform.security;

import java.util.Date;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.WritableIdentityProvider;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Camunda's own user store and login delay (each wrong password locks the account for
 * {@code login-delay-base × login-delay-factor^(n-1)} seconds, at most {@code login-delay-max-time}), which
 * also logs and publishes every lock and unlock, so that they reach the audit trail in the same transaction,
 * and publishes every failed password check for the per-address {@link LoginThrottle}.
 */
public class LockRecordingIdentityProvider extends DbIdentityServiceProvider {

    private static final Logger LOG = LoggerFactory.getLogger(LockRecordingIdentityProvider.class);

    private final ApplicationEventPublisher events;

    public LockRecordingIdentityProvider(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        UserEntity user = userId == null ? null : findUserById(userId);
        int failedBefore = user == null ? 0 : user.getAttempts();
        boolean valid = super.checkPassword(userId, password);
        if (!valid) {
            events.publishEvent(new LoginFailedEvent(userId));
        }
        if (valid && failedBefore > 0) {
            LOG.info("Account {}: failed-login count ({}) cleared by a successful login", userId, failedBefore);
            events.publishEvent(new AccountLockEvent(userId, userId, AccountLockEvent.Kind.UNLOCKED,
                    "登录成功，清除 " + failedBefore + " 次失败记录"));
        }
        return valid;
    }

    @Override
    protected void lockUser(UserEntity user) {
        super.lockUser(user);
        Date until = user.getLockExpirationTime();
        LOG.warn("Account {} locked until {} after {} failed login(s)", user.getId(), until.toInstant(), user.getAttempts());
        events.publishEvent(new AccountLockEvent(user.getId(), user.getId(), AccountLockEvent.Kind.LOCKED,
                "第 " + user.getAttempts() + " 次密码错误，锁定至 " + until.toInstant()));
    }

    /** An explicit unlock: Camunda Admin, {@code /engine-rest/user/{id}/unlock} or {@code /api/accounts/{id}/unlock}. */
    @Override
    public IdentityOperationResult unlockUser(String userId) {
        IdentityOperationResult result = super.unlockUser(userId);
        if (result.getValue() != null) {
            String actor = Context.getCommandContext().getAuthenticatedUserId();
            boolean wasLocked = IdentityOperationResult.OPERATION_UNLOCK.equals(result.getOperation());
            LOG.info("Account {} unlocked by {}{}", userId, actor, wasLocked ? "" : " (it was not locked)");
            events.publishEvent(new AccountLockEvent(userId, actor, AccountLockEvent.Kind.UNLOCKED,
                    (wasLocked ? "解锁账户 " : "解锁账户（未锁定）") + userId));
        }
        return result;
    }

    /** Opens this provider as the engine's identity provider session. */
    public record Factory(ApplicationEventPublisher events) implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return LockRecordingIdentityProvider.class;
        }

        @Override
        public Session openSession() {
            return new LockRecordingIdentityProvider(events);
        }
    }
}
