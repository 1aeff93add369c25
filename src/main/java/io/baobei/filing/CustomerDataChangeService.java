package io.baobei.filing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.platform.validation.InvalidInputException;

/**
 * Rule D4 on a filing: a customer's approved change replaces their data (the previous values stay,
 * encrypted, in {@code customer_data_change}) and the matching keys follow; a deletion overwrites every
 * personal value and forgets the keys, keeping the non-personal record for the ledgers and statistics.
 */
@Service
@Transactional
public class CustomerDataChangeService {

    /** What a deleted customer's personal values become (encrypted like any other value). */
    public static final String ERASED = "[已删除]";

    private static final Map<String, String> COLUMNS = Map.of(
            "customerName", "customer_name_enc",
            "contactName", "contact_name_enc",
            "contactPhone", "contact_phone_enc",
            "address", "address_enc");

    private final FilingRepository filings;
    private final FilingEventRepository events;
    private final FilingCustomerData customerData;
    private final CustomerProtection protection;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public CustomerDataChangeService(FilingRepository filings, FilingEventRepository events, FilingCustomerData customerData,
                                     CustomerProtection protection, JdbcClient jdbc, ApplicationEventPublisher publisher,
                                     Clock clock) {
        this.filings = filings;
        this.events = events;
        this.customerData = customerData;
        this.protection = protection;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** @param changes normalised new values by field: customerName, contactName, contactPhone, address */
    public void change(String filingId, Map<String, String> changes, String requestId, String actor) {
        Filing before = filings.get(filingId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, String> previous = previousValues(before);
        changes.forEach((field, value) -> {
            String column = COLUMNS.get(field);
            if (column == null) {
                throw new InvalidInputException(field, "不能通过客户申请修改此字段");
            }
            jdbc.sql("insert into customer_data_change (request_id, filing_id, field, previous_enc, changed_at) values (:r, :f, :field, :prev, :at)")
                    .param("r", requestId).param("f", filingId).param("field", field).param("prev", previous.get(field)).param("at", now)
                    .update();
            jdbc.sql("update filing set " + column + " = :v, updated_at = :at where id = :id")
                    .param("v", customerData.encryptText(value)).param("at", now).param("id", filingId).update();
        });
        Filing after = filings.get(filingId);
        if (before.status().protects()) {
            protection.release(filingId);
            protection.claim(filingId, after.filer(), customerData.identity(after), now).ifPresent(conflict -> {
                throw new InvalidInputException("contactPhone", "修改后的资料与另一份有效报备的客户相同，请先处理撞单");
            });
        } else {
            protection.indexKeysOnly(filingId, customerData.identity(after));
        }
        events.record(filingId, FilingEventType.CUSTOMER_DATA_CHANGED, actor, now, "request=" + requestId + ", fields=" + changes.keySet());
        publisher.publishEvent(new FilingDataChanged(filingId));
        publisher.publishEvent(CustomerDataAccessed.allowed(filingId, actor, CustomerDataAccessed.Action.CHANGE,
                "customer request " + requestId + ": " + changes.keySet()));
    }

    public void erase(String filingId, String requestId, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String erased = customerData.encryptText(ERASED);
        jdbc.sql("""
                update filing set customer_name_enc = :e, contact_name_enc = :e, contact_phone_enc = :e, address_enc = :e,
                    credit_code_enc = null, legal_rep_enc = null, id_number_enc = null, relative_phone_enc = null,
                    property_id_enc = null, project_name = null, demand = null, visit_purpose = :erasedText, updated_at = :at
                where id = :id
                """)
                .param("e", erased).param("erasedText", ERASED).param("at", now).param("id", filingId).update();
        jdbc.sql("update follow_up set note_enc = :e where filing_id = :f").param("e", erased).param("f", filingId).update();
        protection.forget(filingId);
        events.record(filingId, FilingEventType.CUSTOMER_DATA_ERASED, actor, now, "request=" + requestId);
        publisher.publishEvent(new CustomerDataErased(filingId, requestId));
        publisher.publishEvent(new FilingDataChanged(filingId));
        publisher.publishEvent(CustomerDataAccessed.allowed(filingId, actor, CustomerDataAccessed.Action.DELETE,
                "customer request " + requestId));
    }

    private Map<String, String> previousValues(Filing f) {
        Map<String, String> previous = new LinkedHashMap<>();
        previous.put("customerName", f.customer().customerName());
        previous.put("contactName", f.customer().contactName());
        previous.put("contactPhone", f.customer().contactPhone());
        previous.put("address", f.customer().address());
        return previous;
    }
}
