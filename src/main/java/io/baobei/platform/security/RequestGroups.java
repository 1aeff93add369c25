package io.baobei.platform.security;

import java.util.List;
import java.util.Optional;

/**
 * The groups basic authentication read for the caller of the request being served on this thread. A Tasklist
 * session's groups are a copy the webapp caches for minutes; these were read from the directory for this request.
 */
final class RequestGroups {

    private record Caller(String userId, List<String> groups) {
    }

    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    private RequestGroups() {
    }

    static void set(String userId, List<String> groups) {
        CURRENT.set(new Caller(userId, List.copyOf(groups)));
    }

    static void clear() {
        CURRENT.remove();
    }

    /** The groups read for this request, when {@code userId} is its caller. */
    static Optional<List<String>> of(String userId) {
        Caller caller = CURRENT.get();
        return caller != null && caller.userId().equals(userId) ? Optional.of(caller.groups()) : Optional.empty();
    }
}
