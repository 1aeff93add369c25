package io.baobei.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rules M1, F12: per rep and per region figures, and customer summaries, for the filings of a period. */
@Service
@Transactional(readOnly = true)
public class KpiService {

    private final JdbcClient jdbc;
    private final Clock clock;

    public KpiService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Kpi> byRep(YearMonth period) {
        return grouped(facts(period), FilingFacts::filer);
    }

    public List<Kpi> byRegion(YearMonth period) {
        return grouped(facts(period), FilingFacts::region);
    }

    public List<CustomerSummary> customers(YearMonth period) {
        Map<String, List<FilingFacts>> groups = facts(period).stream()
                .collect(Collectors.groupingBy(f -> f.region() + "|" + f.customerType(), TreeMap::new, Collectors.toList()));
        List<CustomerSummary> summaries = new ArrayList<>();
        groups.forEach((key, facts) -> {
            int followUps = facts.stream().mapToInt(FilingFacts::followUps).sum();
            summaries.add(new CustomerSummary(facts.get(0).region(), facts.get(0).customerType(),
                    facts.size(), (int) facts.stream().filter(FilingFacts::signed).count(),
                    sum(facts, FilingFacts::expectedAmount), sum(facts, FilingFacts::contractAmount),
                    followUps, round((double) followUps / facts.size())));
        });
        return summaries;
    }

    List<FilingFacts> facts(YearMonth period) {
        OffsetDateTime from = period.atDay(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        OffsetDateTime to = period.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        return jdbc.sql("""
                        select f.id, f.filer, f.region, f.customer_type, f.late, f.status, f.outcome, f.filed_at,
                               f.first_contact_at, f.expected_amount, f.contract_amount,
                               (select min(e.occurred_at) from filing_event e where e.filing_id = f.id and e.event_type = 'APPROVED') as approved_at,
                               (select count(*) from filing_event e where e.filing_id = f.id and e.event_type = 'REJECTED') as rejections,
                               (select count(*) from filing_event e where e.filing_id = f.id and e.event_type = 'FIRST_CONTACT_REMINDER') as reminders,
                               (select count(*) from collision c where c.first_filing_id = f.id or c.second_filing_id = f.id) as collisions,
                               (select count(*) from follow_up u where u.filing_id = f.id) as follow_ups
                        from filing f
                        where f.filed_at >= :from and f.filed_at < :to
                        order by f.filed_at
                        """)
                .param("from", from).param("to", to)
                .query((rs, i) -> new FilingFacts(rs.getString("id"), rs.getString("filer"), rs.getString("region"),
                        rs.getString("customer_type"), rs.getBoolean("late"), rs.getString("status"), rs.getString("outcome"),
                        rs.getObject("filed_at", OffsetDateTime.class), rs.getObject("approved_at", OffsetDateTime.class),
                        rs.getInt("rejections"), rs.getInt("reminders") > 0, rs.getObject("first_contact_at", OffsetDateTime.class),
                        rs.getInt("collisions"), rs.getInt("follow_ups"), rs.getBigDecimal("expected_amount"), rs.getBigDecimal("contract_amount")))
                .list();
    }

    private static List<Kpi> grouped(List<FilingFacts> facts, Function<FilingFacts, String> key) {
        Map<String, List<FilingFacts>> groups = facts.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        List<Kpi> kpis = new ArrayList<>();
        groups.forEach((name, group) -> kpis.add(kpi(name, group)));
        return kpis;
    }

    private static Kpi kpi(String key, List<FilingFacts> facts) {
        int n = facts.size();
        List<FilingFacts> approved = facts.stream().filter(f -> f.approvedAt() != null).toList();
        List<FilingFacts> followed = facts.stream().filter(FilingFacts::followed).toList();
        Double approvalHours = approved.isEmpty() ? null : round(approved.stream()
                .mapToLong(f -> Duration.between(f.filedAt(), f.approvedAt()).toMinutes()).average().orElse(0) / 60.0);
        Double contactOnTime = followed.isEmpty() ? null : rate(followed.stream().filter(f -> !f.reminded()).count(), followed.size());
        return new Kpi(key, n, rate(facts.stream().filter(f -> !f.late()).count(), n), approved.size(),
                facts.stream().mapToInt(FilingFacts::rejections).sum(), approvalHours, contactOnTime,
                rate(facts.stream().filter(FilingFacts::lapsed).count(), n), rate(facts.stream().filter(FilingFacts::signed).count(), n),
                facts.stream().mapToInt(FilingFacts::collisions).sum(), sum(facts, FilingFacts::expectedAmount),
                sum(facts, FilingFacts::contractAmount));
    }

    private static double rate(long part, long whole) {
        return whole == 0 ? 0 : round(100.0 * part / whole);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static BigDecimal sum(List<FilingFacts> facts, Function<FilingFacts, BigDecimal> amount) {
        return facts.stream().map(amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
