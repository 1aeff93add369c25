package io.baobei.filing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class FilingRepository {

    private final JdbcClient jdbc;

    FilingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Filing ids look like {@code F20261127-00042}: the filing date and a number unique across nodes. */
    public String nextId(OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into filing_number (issued_at) values (:now)").param("now", now).update(key, "n");
        return "F%s-%05d".formatted(now.toLocalDate().toString().replace("-", ""), key.getKey().longValue());
    }

    public void insert(Filing f) {
        EncryptedCustomer c = f.customer();
        jdbc.sql("""
                insert into filing (id, process_instance_id, filer, region, customer_type, customer_stage, status,
                    customer_name_enc, contact_name_enc, contact_phone_enc, address_enc, credit_code_enc,
                    legal_rep_enc, id_number_enc, relative_phone_enc, property_id_enc, project_name, demand,
                    visit_time, visit_purpose, expected_amount, filed_at, protected_until, late, updated_at)
                values (:id, :processInstanceId, :filer, :region, :type, :stage, :status,
                    :name, :contact, :phone, :address, :creditCode,
                    :legalRep, :idNumber, :relativePhone, :propertyId, :projectName, :demand,
                    :visitTime, :visitPurpose, :expectedAmount, :filedAt, :protectedUntil, :late, :filedAt)
                """)
                .param("id", f.id()).param("processInstanceId", f.processInstanceId()).param("filer", f.filer())
                .param("region", f.region())
                .param("type", f.customerType().name()).param("stage", f.customerStage().name())
                .param("status", f.status().name())
                .param("name", c.customerName()).param("contact", c.contactName()).param("phone", c.contactPhone())
                .param("address", c.address()).param("creditCode", c.creditCode())
                .param("legalRep", c.legalRepresentative()).param("idNumber", c.idNumber())
                .param("relativePhone", c.relativePhone()).param("propertyId", c.propertyId())
                .param("projectName", f.projectName()).param("demand", f.demand())
                .param("visitTime", f.visitTime()).param("visitPurpose", f.visitPurpose())
                .param("expectedAmount", f.expectedAmount()).param("filedAt", f.filedAt())
                .param("protectedUntil", f.protectedUntil()).param("late", f.late())
                .update();
    }

    public Optional<Filing> find(String id) {
        return jdbc.sql("select * from filing where id = :id").param("id", id).query(FilingRepository::map).optional();
    }

    public Filing get(String id) {
        return find(id).orElseThrow(() -> new FilingNotFoundException(id));
    }

    public void attachProcess(String id, String processInstanceId) {
        jdbc.sql("update filing set process_instance_id = :pi where id = :id")
                .param("pi", processInstanceId).param("id", id).update();
    }

    public void updateStatus(String id, FilingStatus status, OffsetDateTime now) {
        jdbc.sql("update filing set status = :status, updated_at = :now where id = :id")
                .param("status", status.name()).param("now", now).param("id", id).update();
    }

    public void close(String id, FilingStatus status, FollowUpOutcome outcome, OffsetDateTime now) {
        jdbc.sql("update filing set status = :status, outcome = :outcome, closed_at = :now, updated_at = :now where id = :id")
                .param("status", status.name()).param("outcome", outcome == null ? null : outcome.name())
                .param("now", now).param("id", id).update();
    }

    /**
     * Closes a filing that still protects its customer; false when it was closed already, so that a
     * closing reached twice (F8b: a lapse done early and its timer later) takes effect once.
     */
    public boolean closeProtecting(String id, FilingStatus status, OffsetDateTime now) {
        List<String> protecting = Arrays.stream(FilingStatus.values()).filter(FilingStatus::protects).map(Enum::name).toList();
        return jdbc.sql("update filing set status = :status, closed_at = :now, updated_at = :now where id = :id and status in (:protecting)")
                .param("status", status.name()).param("now", now).param("id", id).param("protecting", protecting).update() == 1;
    }

    public void revise(String id, FilingRequest r, EncryptedCustomer c, OffsetDateTime now) {
        jdbc.sql("""
                update filing set customer_name_enc = :name, contact_name_enc = :contact, contact_phone_enc = :phone,
                    address_enc = :address, credit_code_enc = :creditCode, legal_rep_enc = :legalRep,
                    id_number_enc = :idNumber, property_id_enc = :propertyId, visit_time = :visitTime, visit_purpose = :visitPurpose,
                    expected_amount = :expectedAmount, status = :status, updated_at = :now
                where id = :id
                """)
                .param("name", c.customerName()).param("contact", c.contactName()).param("phone", c.contactPhone())
                .param("address", c.address()).param("creditCode", c.creditCode())
                .param("legalRep", c.legalRepresentative()).param("idNumber", c.idNumber())
                .param("propertyId", c.propertyId()).param("visitTime", r.visitTime()).param("visitPurpose", r.visitPurpose())
                .param("expectedAmount", r.expectedAmount())
                .param("status", FilingStatus.PENDING_APPROVAL.name()).param("now", now).param("id", id).update();
    }

    /** The customer chose the rep whose filing had lapsed (rule F8): following again, protected anew. */
    public void reinstate(String id, OffsetDateTime protectedUntil, OffsetDateTime now) {
        jdbc.sql("update filing set status = :status, protected_until = :until, closed_at = null, updated_at = :now where id = :id")
                .param("status", FilingStatus.FOLLOWING.name()).param("until", protectedUntil).param("now", now)
                .param("id", id).update();
    }

    public void excuseLateness(String id, String reason) {
        jdbc.sql("update filing set late_excused = true, late_excuse_reason = :reason where id = :id")
                .param("reason", reason).param("id", id).update();
    }

    public void assignFollower(String id, String follower, OffsetDateTime now) {
        jdbc.sql("update filing set follower = :follower, status = :status, updated_at = :now where id = :id")
                .param("follower", follower).param("status", FilingStatus.FOLLOWING.name())
                .param("now", now).param("id", id).update();
    }

    /**
     * Rule X11: the protected or pending filings a dismissed or suspended rep filed or follows (those in
     * collision included), oldest first.
     */
    public List<Filing> heldBy(String rep) {
        return jdbc.sql("select * from filing where (filer = :rep or follower = :rep) and status in (:statuses) order by filed_at, id")
                .param("rep", rep)
                .param("statuses", List.of(FilingStatus.PENDING_APPROVAL.name(), FilingStatus.REJECTED.name(),
                        FilingStatus.APPROVED.name(), FilingStatus.FOLLOWING.name(), FilingStatus.SIGNED.name(),
                        FilingStatus.IN_COLLISION.name()))
                .query(FilingRepository::map).list();
    }

    /** The filings the user filed, follows or holds a share of (a co-owner), newest first. */
    public List<Filing> involving(String user) {
        return jdbc.sql("""
                select * from filing where filer = :user or follower = :user
                    or id in (select filing_id from filing_share where rep = :user and share_percent > 0)
                order by filed_at desc, id desc
                """).param("user", user).query(FilingRepository::map).list();
    }

    /** The filings of the regions, newest first. */
    public List<Filing> inRegions(List<String> regions) {
        if (regions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from filing where region in (:regions) order by filed_at desc, id desc")
                .param("regions", regions).query(FilingRepository::map).list();
    }

    /** Rule X11: the manager now holds the filing to hand it over; they follow it if its rep did. */
    public void handOver(String id, String manager, boolean asFollower, OffsetDateTime now) {
        jdbc.sql("""
                update filing set handed_over_to = :manager,
                    follower = case when :asFollower then :manager else follower end, updated_at = :now
                where id = :id
                """)
                .param("manager", manager).param("asFollower", asFollower).param("now", now).param("id", id).update();
    }

    /** Rule X11: the manager holding a dismissed or suspended rep's filing, if any. */
    public Optional<String> handedOverTo(String id) {
        return jdbc.sql("select handed_over_to from filing where id = :id").param("id", id).query(String.class).optional();
    }

    public void changeFollower(String id, String follower, OffsetDateTime now) {
        jdbc.sql("update filing set follower = :follower, updated_at = :now where id = :id")
                .param("follower", follower).param("now", now).param("id", id).update();
    }

    public void markLate(String id) {
        jdbc.sql("update filing set late = true where id = :id").param("id", id).update();
    }

    public void recordFollowUp(String id, BigDecimal expectedAmount, BigDecimal unitPrice, LocalDate expectedSignDate,
                               OffsetDateTime now) {
        jdbc.sql("""
                update filing set expected_amount = coalesce(:expectedAmount, expected_amount),
                    unit_price = coalesce(:unitPrice, unit_price),
                    expected_sign_date = coalesce(:expectedSignDate, expected_sign_date),
                    first_contact_at = coalesce(first_contact_at, :now), updated_at = :now
                where id = :id
                """)
                .param("expectedAmount", expectedAmount).param("unitPrice", unitPrice)
                .param("expectedSignDate", expectedSignDate).param("now", now).param("id", id).update();
    }

    public void protect(String id, CustomerStage stage, OffsetDateTime protectedUntil, OffsetDateTime now) {
        jdbc.sql("update filing set customer_stage = :stage, protected_until = :until, updated_at = :now where id = :id")
                .param("stage", stage.name()).param("until", protectedUntil).param("now", now).param("id", id).update();
    }

    public void recordSigning(String id, OffsetDateTime protectedUntil, LocalDate contractReportDue, OffsetDateTime now) {
        jdbc.sql("""
                update filing set status = :status, customer_stage = :stage, protected_until = :until,
                    contract_report_due = :due, outcome = :outcome, updated_at = :now
                where id = :id
                """)
                .param("status", FilingStatus.SIGNED.name()).param("stage", CustomerStage.SIGNED.name())
                .param("until", protectedUntil).param("due", contractReportDue)
                .param("outcome", FollowUpOutcome.SIGNED.name()).param("now", now).param("id", id).update();
    }

    public void recordContract(String id, ContractReport report, LocalDate contractReportDue, OffsetDateTime now) {
        jdbc.sql("""
                update filing set contract_name = :name, contract_date = :date, contract_amount = :amount,
                    contract_term = :term, contract_reported_at = :now, contract_report_due = :due, updated_at = :now
                where id = :id
                """)
                .param("name", report.contractName()).param("date", report.contractDate())
                .param("amount", report.contractAmount()).param("term", report.contractTerm())
                .param("due", contractReportDue).param("now", now).param("id", id).update();
    }

    private static Filing map(ResultSet rs, int row) throws SQLException {
        return new Filing(
                rs.getString("id"),
                rs.getString("process_instance_id"),
                rs.getString("filer"),
                rs.getString("follower"),
                rs.getString("region"),
                CustomerType.valueOf(rs.getString("customer_type")),
                CustomerStage.valueOf(rs.getString("customer_stage")),
                FilingStatus.valueOf(rs.getString("status")),
                new EncryptedCustomer(
                        rs.getString("customer_name_enc"),
                        rs.getString("contact_name_enc"),
                        rs.getString("contact_phone_enc"),
                        rs.getString("address_enc"),
                        rs.getString("credit_code_enc"),
                        rs.getString("legal_rep_enc"),
                        rs.getString("id_number_enc"),
                        rs.getString("relative_phone_enc"),
                        rs.getString("property_id_enc")),
                rs.getString("project_name"),
                rs.getString("demand"),
                rs.getObject("visit_time", OffsetDateTime.class),
                rs.getString("visit_purpose"),
                rs.getBigDecimal("expected_amount"),
                rs.getBigDecimal("unit_price"),
                rs.getObject("expected_sign_date", LocalDate.class),
                rs.getObject("filed_at", OffsetDateTime.class),
                rs.getObject("protected_until", OffsetDateTime.class),
                rs.getBoolean("late"),
                rs.getBoolean("late_excused"),
                rs.getObject("first_contact_at", OffsetDateTime.class),
                rs.getString("contract_name"),
                rs.getObject("contract_date", LocalDate.class),
                rs.getBigDecimal("contract_amount"),
                rs.getString("contract_term"),
                rs.getObject("contract_report_due", LocalDate.class),
                rs.getString("outcome") == null ? null : FollowUpOutcome.valueOf(rs.getString("outcome")));
    }
}
