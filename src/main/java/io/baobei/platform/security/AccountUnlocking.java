package io.baobei.platform.security;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Who may lift a login lock before it expires: an administrator ({@code camunda-admin}) anyone's, HR
 * ({@code hr-admin}) a staff member's but not an administrator's. The unlock itself is logged and audited
 * by {@link LockRecordingIdentityProvider}; a refusal here.
 */
@Service
public class AccountUnlocking {

    private static final Logger LOG = LoggerFactory.getLogger(AccountUnlocking.class);

    private final IdentityService identityService;
    private final WithoutAuthorization withoutAuthorization;
    private final ApplicationEventPublisher events;

    public AccountUnlocking(IdentityService identityService, WithoutAuthorization withoutAuthorization,
                            ApplicationEventPublisher events) {
        this.identityService = identityService;
        this.withoutAuthorization = withoutAuthorization;
        this.events = events;
    }

    /** @return false when there is no such account */
    public boolean unlock(Caller caller, String userId) {
        if (!caller.isIn(Groups.CAMUNDA_ADMIN)) {
            String refusal = !caller.isIn(Groups.HR_ADMIN) ? "仅系统管理员和人事行政部可以解锁账户"
                    : isAdministrator(userId) ? "系统管理员的账户只能由系统管理员解锁" : null;
            if (refusal != null) {
                LOG.warn("{} was refused unlocking account {}", caller.userId(), userId);
                events.publishEvent(new AccountLockEvent(userId, caller.userId(), AccountLockEvent.Kind.UNLOCK_REFUSED,
                        "拒绝解锁账户 " + userId));
                throw new AccessDeniedException(refusal);
            }
        }
        // hr-admin is no Camunda administrator: the engine's own check is replaced by the one above
        return withoutAuthorization.call(() -> {
            if (identityService.createUserQuery().userId(userId).count() == 0) {
                return false;
            }
            identityService.unlockUser(userId);
            return true;
        });
    }

    private boolean isAdministrator(String userId) {
        return withoutAuthorization.call(() ->
                identityService.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0);
    }
}
