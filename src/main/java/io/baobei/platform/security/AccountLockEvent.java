package io.baobei.platform.security;

/**
 * An account was locked after a wrong password, unlocked, or someone was refused unlocking it; published
 * for the audit trail. {@code actor} is who acted (for a lock: the account the failed login named);
 * {@code detail} never holds a password.
 */
public record AccountLockEvent(String account, String actor, Kind kind, String detail) {

    public enum Kind {
        LOCKED,
        UNLOCKED,
        UNLOCK_REFUSED
    }
}
