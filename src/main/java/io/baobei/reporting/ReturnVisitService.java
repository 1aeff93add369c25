package io.baobei.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.platform.security.Groups;
import io.baobei.customer.SensitiveVariables;
import io.baobei.filing.CustomerDataChangeService;
import io.baobei.filing.Filing;
import io.baobei.filing.FilingCustomerData;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.PlainCustomer;
import io.baobei.platform.security.StaffDirectory;
import io.baobei.platform.validation.FieldErrors;
import io.baobei.platform.validation.InputValues;

/**
 * Rule F11 (P5): sales management visits every signed customer again (回访) a number of days after the
 * contract date that the {@code return-visit-interval} table gives per customer type, and records how
 * satisfied the customer is and a note. The note talks about the customer: it is kept only encrypted and
 * never left in the engine (its variable is {@code followUpNote}, which the history handler masks).
 */
@Service
@Transactional
public class ReturnVisitService {

    public static final Set<String> SATISFACTION = Set.of("VERY_SATISFIED", "SATISFIED", "NEUTRAL", "DISSATISFIED",
            "VERY_DISSATISFIED");
    public static final String NOTE = "followUpNote";

    private final JdbcClient jdbc;
    private final FilingQueryService filings;
    private final FilingCustomerData customerData;
    private final StaffDirectory staff;
    private final Clock clock;
    private final LocalTime visitTime;

    public ReturnVisitService(JdbcClient jdbc, FilingQueryService filings, FilingCustomerData customerData, StaffDirectory staff,
                              Clock clock, @Value("${reporting.return-visit-time:09:00}") LocalTime visitTime) {
        this.jdbc = jdbc;
        this.filings = filings;
        this.customerData = customerData;
        this.staff = staff;
        this.clock = clock;
        this.visitTime = visitTime;
    }

    /** The start variables of a signed filing's {@code return-visit}: ids, type, region and masked contact. */
    public Map<String, Object> startVariables(String filingId) {
        Filing f = filings.get(filingId);
        if (f.contractDate() == null) {
            throw new IllegalStateException("Filing " + filingId + " has no contract date");
        }
        PlainCustomer c = customerData.decrypt(f.customer());
        Map<String, Object> variables = new HashMap<>();
        variables.put("filingId", f.id());
        variables.put("filer", f.filer());
        variables.put("filerName", staff.displayName(f.filer()));
        variables.put("region", f.region());
        variables.put("customerType", f.customerType().name());
        variables.put("contractDate", f.contractDate().toString());
        variables.put("customerName", masked("customerName", c.customerName()));
        variables.put("contactName", masked("contactName", c.contactName()));
        variables.put("contactPhone", masked("contactPhone", c.contactPhone()));
        variables.values().removeIf(value -> value == null);
        return variables;
    }

    public boolean scheduled(String filingId) {
        return jdbc.sql("select count(*) from return_visit where filing_id = :f").param("f", filingId)
                .query(Integer.class).single() > 0;
    }

    /**
     * Keeps the visit as scheduled; the due time is the contract date plus the days, at the visit time of day,
     * and never in the past (F9b: a contract reported late): then the next visit time from now.
     */
    public OffsetDateTime schedule(String filingId, LocalDate contractDate, int intervalDays, String processInstanceId) {
        if (intervalDays < 0) {
            throw new IllegalArgumentException("returnVisitDays must not be negative, is " + intervalDays);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime due = contractDate.plusDays(intervalDays).atTime(visitTime).atZone(clock.getZone()).toOffsetDateTime();
        if (due.isBefore(now)) {
            LocalDate today = now.atZoneSameInstant(clock.getZone()).toLocalDate();
            due = today.atTime(visitTime).atZone(clock.getZone()).toOffsetDateTime();
            if (due.isBefore(now)) {
                due = due.plusDays(1);
            }
        }
        jdbc.sql("""
                insert into return_visit (filing_id, contract_date, interval_days, due_at, process_instance_id, status, scheduled_at)
                values (:f, :d, :days, :due, :pi, 'SCHEDULED', :now)
                """)
                .param("f", filingId).param("d", contractDate).param("days", intervalDays).param("due", due)
                .param("pi", processInstanceId).param("now", now).update();
        return due;
    }

    /** Completing the visit task: satisfaction and note are required; the note is stored encrypted. */
    public void record(String filingId, String visitor, Map<String, ?> values) {
        staff.requireMember(visitor, Groups.SALES_MANAGEMENT, "记录回访");
        FieldErrors errors = new FieldErrors();
        Object satisfaction = values.get("satisfaction");
        if (satisfaction == null || !SATISFACTION.contains(String.valueOf(satisfaction))) {
            errors.add("satisfaction", "请选择客户满意度");
        }
        String text = new InputValues(values).optionalText(NOTE);
        if (text == null) {
            errors.add(NOTE, "请填写回访记录");
        } else if (text.length() > 4000) {
            errors.add(NOTE, "最多 4000 个字符");
        }
        errors.throwIfAny();
        jdbc.sql("""
                update return_visit set status = 'DONE', satisfaction = :s, note_enc = :note, visited_by = :by, visited_at = :at
                where filing_id = :f
                """)
                .param("s", String.valueOf(satisfaction)).param("note", customerData.encryptText(text)).param("by", visitor)
                .param("at", OffsetDateTime.now(clock)).param("f", filingId).update();
    }

    /** Rule D4: an erased customer's visit notes are overwritten like the follow-up notes. */
    public void erase(String filingId) {
        jdbc.sql("update return_visit set note_enc = :e where filing_id = :f and note_enc is not null")
                .param("e", customerData.encryptText(CustomerDataChangeService.ERASED)).param("f", filingId).update();
    }

    /** Scheduled and done visits, newest due first, optionally of one filing; the notes stay encrypted. */
    public List<ReturnVisit> visits(String filingId) {
        var query = filingId == null
                ? jdbc.sql("select * from return_visit order by due_at desc, filing_id")
                : jdbc.sql("select * from return_visit where filing_id = :f order by due_at desc").param("f", filingId);
        return query
                .query((rs, i) -> new ReturnVisit(rs.getString("filing_id"), rs.getObject("contract_date", LocalDate.class),
                        rs.getInt("interval_days"), rs.getObject("due_at", OffsetDateTime.class), rs.getString("status"),
                        rs.getString("satisfaction"), rs.getString("visited_by"),
                        rs.getObject("visited_at", OffsetDateTime.class), rs.getString("note_enc") != null))
                .list();
    }

    private static String masked(String variable, String value) {
        return value == null || value.isBlank() ? null : SensitiveVariables.mask(variable, value);
    }
}
