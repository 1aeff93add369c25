package io.baobei.filing;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A filing's event log, for tests outside the filing package (its repository is package-private). */
public final class RecordedFilingEvents {

    private RecordedFilingEvents() {
    }

    public static List<FilingEvent> of(JdbcClient jdbc, String filingId) {
        return new FilingEventRepository(jdbc).of(filingId);
    }
}
