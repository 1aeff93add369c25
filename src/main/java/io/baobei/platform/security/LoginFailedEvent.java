package io.baobei.platform.security;

/** A password check failed (wrong password, unknown or locked account); published for {@link LoginThrottleFilter}. */
public record LoginFailedEvent(String userId) {
}
