package io.baobei.collision;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Help registered on a filing at a chosen time (the service registers it now), for tests of the process package. */
public final class HelpRegistrations {

    private HelpRegistrations() {
    }

    public static void register(JdbcClient jdbc, String filingId, String helper, String note, OffsetDateTime at) {
        new AssistRepository(jdbc).insert(filingId, helper, note, at);
    }
}
