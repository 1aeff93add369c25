package io.baobei.filing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import io.baobei.customer.CompanyNames;
import io.baobei.customer.CreditCodes;
import io.baobei.customer.CustomerKey;
import io.baobei.customer.CustomerKeys;
import io.baobei.customer.IdNumbers;
import io.baobei.customer.KeyType;
import io.baobei.customer.Masking;
import io.baobei.customer.PassportNumbers;
import io.baobei.customer.PhoneNumbers;
import io.baobei.platform.security.StaffDirectory;
import io.baobei.platform.validation.FieldErrors;

/**
 * Rule F4: is a customer free, someone else's (masked owner, until when), or mine? Never reveals
 * another rep's customer data.
 */
@Service
@Transactional(readOnly = true)
public class CustomerLookupService {

    private final CustomerKeys customerKeys;
    private final CustomerProtection protection;
    private final FilingRepository filings;
    private final StaffDirectory staff;
    private final Timer latency;
    private final Clock clock;

    public CustomerLookupService(CustomerKeys customerKeys, CustomerProtection protection, FilingRepository filings,
                                 StaffDirectory staff, MeterRegistry meters, Clock clock) {
        this.customerKeys = customerKeys;
        this.protection = protection;
        this.filings = filings;
        this.staff = staff;
        this.latency = Timer.builder("baobei.customer.lookup").description("Time to answer a rep's customer lookup (F4)")
                .register(meters);
        this.clock = clock;
    }

    public LookupResult lookup(String userId, String phone, String creditCode, String idNumber, String name) {
        return lookup(userId, phone, creditCode, idNumber, name, null);
    }

    /** @param propertyId with {@code phone}: the property the customer or a relative asks about (rule C1) */
    public LookupResult lookup(String userId, String phone, String creditCode, String idNumber, String name,
                               String propertyId) {
        return latency.record(() -> lookupNow(userId, phone, creditCode, idNumber, name, propertyId));
    }

    private LookupResult lookupNow(String userId, String phone, String creditCode, String idNumber, String name,
                                   String propertyId) {
        List<Filing> holders = holders(phone, creditCode, idNumber, name, propertyId);
        Optional<Filing> own = holders.stream().filter(f -> f.filer().equals(userId)).findFirst();
        if (own.isPresent()) {
            return new LookupResult(LookupStatus.OWN, own.get().id(), null, null, own.get().protectedUntil());
        }
        return holders.stream().findFirst()
                .map(f -> new LookupResult(LookupStatus.PROTECTED, null, Masking.name(staff.displayName(f.filer())),
                        f.region(), f.protectedUntil()))
                .orElse(new LookupResult(LookupStatus.FREE, null, null, null, null));
    }

    /**
     * The filings protecting the customer with any of these keys now; at most one but for a manual report's.
     * A holder past its {@code protectedUntil} protects nothing though its lapse may still be queued (F8b).
     */
    public List<Filing> holders(String phone, String creditCode, String idNumber, String name) {
        return holders(phone, creditCode, idNumber, name, null);
    }

    private List<Filing> holders(String phone, String creditCode, String idNumber, String name, String propertyId) {
        List<CustomerKey> keys = keys(phone, creditCode, idNumber, name, propertyId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return protection.holdersOf(keys).stream().map(filings::get).filter(f -> protectsAt(f, now)).toList();
    }

    /** The keys a customer given by these values is recognised by; a value that is not valid is a 400 naming it. */
    public List<CustomerKey> keys(String phone, String creditCode, String idNumber, String name) {
        return keys(phone, creditCode, idNumber, name, null);
    }

    private List<CustomerKey> keys(String phone, String creditCode, String idNumber, String name, String propertyId) {
        FieldErrors errors = new FieldErrors();
        List<CustomerKey> keys = new ArrayList<>();
        Optional<String> normalizedPhone = PhoneNumbers.normalize(blankToNull(phone));
        addKey(keys, errors, "phone", phone, KeyType.PHONE, normalizedPhone);
        if (propertyId != null && !propertyId.isBlank()) {
            normalizedPhone.flatMap(p -> customerKeys.propertyPhone(propertyId, p)).ifPresentOrElse(keys::add,
                    () -> errors.add("propertyId", "房源编号需与有效的 phone 一起提供，且应包含字母或数字"));
        }
        addKey(keys, errors, "creditCode", creditCode, KeyType.CREDIT_CODE, CreditCodes.normalize(blankToNull(creditCode)));
        addKey(keys, errors, "idNumber", idNumber, KeyType.ID_NUMBER,
                IdNumbers.normalize(blankToNull(idNumber)).or(() -> PassportNumbers.normalize(blankToNull(idNumber))));
        if (name != null && !name.isBlank()) {
            keys.add(customerKeys.of(KeyType.COMPANY_NAME, CompanyNames.normalize(name)));
        }
        if (keys.isEmpty() && errors.isEmpty()) {
            errors.add("phone", "请至少提供 phone、creditCode、idNumber 或 name 之一");
        }
        errors.throwIfAny();
        return keys;
    }

    /**
     * Whether a filing holding its customer's keys still protects it at {@code time} (rules F8, F8b). A
     * filing in collision holds the keys for the collision's outcome; its protection has not started.
     */
    static boolean protectsAt(Filing holder, OffsetDateTime time) {
        return holder.status() == FilingStatus.IN_COLLISION || !holder.protectedUntil().isBefore(time);
    }

    private void addKey(List<CustomerKey> keys, FieldErrors errors, String field, String raw, KeyType type,
                               Optional<String> normalized) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        normalized.ifPresentOrElse(value -> keys.add(customerKeys.of(type, value)),
                () -> errors.add(field, "格式无效"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public enum LookupStatus { FREE, OWN, PROTECTED }

    /** {@code filingId} only for OWN; {@code maskedOwner} and {@code ownerRegion} only for PROTECTED. */
    public record LookupResult(LookupStatus status, String filingId, String maskedOwner, String ownerRegion,
                               OffsetDateTime protectedUntil) {
    }
}
