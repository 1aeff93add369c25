package io.baobei.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Failed logins per source address: after {@code maxFailures} within one window (counted from the address's
 * first failure) the address is refused until that window ends, without its passwords being checked, so a
 * guesser is slowed down and cannot keep renewing an account's lock. Only the {@code trackedAddresses} most
 * recently seen addresses are remembered, so the memory it takes stays bounded.
 */
public class LoginThrottle {

    private record Failures(Instant windowStart, int count) {
    }

    private final int maxFailures;
    private final Duration window;
    private final Supplier<Instant> clock;
    private final Map<String, Failures> byAddress;

    public LoginThrottle(int maxFailures, Duration window, int trackedAddresses, Supplier<Instant> clock) {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || trackedAddresses < 1) {
            throw new IllegalArgumentException("login throttle: max-failures and tracked-addresses must be positive, window longer than zero");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
        this.byAddress = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > trackedAddresses;
            }
        };
    }

    /** How long the address must wait before its next login is checked; empty when it may try now. */
    public synchronized Optional<Duration> refusedFor(String address) {
        Failures failures = current(address);
        if (failures == null || failures.count() < maxFailures) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(clock.get(), failures.windowStart().plus(window)));
    }

    public synchronized void recordFailure(String address) {
        Failures failures = current(address);
        byAddress.put(address, failures == null ? new Failures(clock.get(), 1)
                : new Failures(failures.windowStart(), failures.count() + 1));
    }

    /** Forgets every address (tests, or an operator after a false alarm). */
    public synchronized void clear() {
        byAddress.clear();
    }

    private Failures current(String address) {
        Failures failures = byAddress.get(address);
        if (failures != null && !clock.get().isBefore(failures.windowStart().plus(window))) {
            byAddress.remove(address);
            return null;
        }
        return failures;
    }
}
