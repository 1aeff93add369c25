package io.baobei.conduct;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.filing.FilerRestriction;
import io.baobei.platform.validation.InvalidInputException;

/** Rule X7: a suspended rep cannot file until HR lifts the suspension. */
@Service
@Transactional
public class SuspensionService implements FilerRestriction {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public SuspensionService(JdbcClient jdbc, ApplicationEventPublisher publisher, Clock clock) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.clock = clock;
    }

    public void suspend(String person, String reason, Long entryId) {
        if (active(person).isPresent()) {
            return;
        }
        jdbc.sql("insert into filing_suspension (person, reason, entry_id, suspended_at) values (:p, :r, :e, :at)")
                .param("p", person).param("r", reason).param("e", entryId).param("at", OffsetDateTime.now(clock)).update();
        publisher.publishEvent(new ConductEvents.Suspended(person, reason));
    }

    public void lift(String person, String liftedBy) {
        int lifted = jdbc.sql("update filing_suspension set lifted_by = :by, lifted_at = :at where person = :p and lifted_at is null")
                .param("by", liftedBy).param("at", OffsetDateTime.now(clock)).param("p", person).update();
        if (lifted == 0) {
            throw new InvalidInputException("person", "该人员当前没有被暂停报备");
        }
    }

    public Optional<String> active(String person) {
        return jdbc.sql("select reason from filing_suspension where person = :p and lifted_at is null")
                .param("p", person).query(String.class).optional();
    }

    public List<String> suspendedPeople() {
        return jdbc.sql("select person from filing_suspension where lifted_at is null order by person").query(String.class).list();
    }

    @Override
    public Optional<String> refusalFor(String filer) {
        return active(filer).map(reason -> "您的报备权限已被暂停：" + reason + "。请联系人事行政部。");
    }
}
