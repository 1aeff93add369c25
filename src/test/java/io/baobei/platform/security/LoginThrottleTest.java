package io.baobei.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final String GUESSER = "203.0.113.7";
    private static final String COLLEAGUE = "198.51.100.20";

    private Instant now = Instant.parse("2026-11-27T01:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(3, WINDOW, 2, () -> now);

    @Test
    void anAddressIsRefusedAfterMaxFailuresUntilItsWindowEnds() {
        fail(GUESSER, 2);
        assertThat(throttle.refusedFor(GUESSER)).isEmpty();

        now = now.plusSeconds(60);
        fail(GUESSER, 1);
        assertThat(throttle.refusedFor(GUESSER)).contains(WINDOW.minusSeconds(60));

        now = now.plus(WINDOW).minusSeconds(61);
        assertThat(throttle.refusedFor(GUESSER)).contains(Duration.ofSeconds(1));
        now = now.plusSeconds(1);
        assertThat(throttle.refusedFor(GUESSER)).as("the window counts from the first failure").isEmpty();
        fail(GUESSER, 2);
        assertThat(throttle.refusedFor(GUESSER)).as("a new window starts afresh").isEmpty();
    }

    @Test
    void anotherAddressIsNotSlowedDownByTheGuesser() {
        fail(GUESSER, 10);
        fail(COLLEAGUE, 2);

        assertThat(throttle.refusedFor(GUESSER)).isPresent();
        assertThat(throttle.refusedFor(COLLEAGUE)).isEmpty();
    }

    @Test
    void onlyTheMostRecentAddressesAreRemembered() {
        fail(GUESSER, 3);
        fail(COLLEAGUE, 1);
        fail("192.0.2.1", 1);

        assertThat(throttle.refusedFor(GUESSER)).as("evicted: at most two addresses are kept").isEmpty();
        fail(COLLEAGUE, 2);
        assertThat(throttle.refusedFor(COLLEAGUE)).isPresent();
    }

    @Test
    void clearForgetsEveryAddress() {
        fail(GUESSER, 3);
        throttle.clear();

        assertThat(throttle.refusedFor(GUESSER)).isEmpty();
    }

    @Test
    void refusesANonsensicalConfiguration() {
        assertThatThrownBy(() -> new LoginThrottle(0, WINDOW, 10, () -> now)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottle(3, Duration.ZERO, 10, () -> now)).isInstanceOf(IllegalArgumentException.class);
    }

    private void fail(String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(address);
        }
    }
}
