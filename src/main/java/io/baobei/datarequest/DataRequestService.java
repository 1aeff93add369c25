package io.baobei.datarequest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.baobei.platform.security.Groups;
import io.baobei.platform.security.StaffDirectory;
import io.baobei.customer.CreditCodes;
import io.baobei.customer.CustomerDataCipher;
import io.baobei.customer.CustomerKey;
import io.baobei.customer.CustomerKeys;
import io.baobei.customer.CustomerProfiles;
import io.baobei.customer.IdNumbers;
import io.baobei.customer.KeyType;
import io.baobei.customer.PassportNumbers;
import io.baobei.customer.PhoneNumbers;
import io.baobei.filing.CustomerDataChangeService;
import io.baobei.filing.CustomerProtection;
import io.baobei.filing.Filing;
import io.baobei.filing.FilingCustomerData;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.PlainCustomer;
import io.baobei.platform.validation.FieldErrors;
import io.baobei.platform.validation.InputValues;
import io.baobei.platform.validation.InvalidInputException;

/**
 * Rule D4: administration records a customer's written change or deletion request with their identity
 * document checked (D6), a manager approves, and the change or erasure is carried out on every filing of
 * that customer; the request and its outcome are kept.
 */
@Service
@Transactional
public class DataRequestService {

    private static final Map<String, String> CHANGEABLE = Map.of(
            "newCustomerName", "customerName",
            "newContactName", "contactName",
            "newContactPhone", "contactPhone",
            "newAddress", "address");

    private static final Map<String, String> PROFILE_COLUMNS = Map.of(
            "customerName", "customer_name_enc",
            "contactName", "contact_name_enc",
            "contactPhone", "contact_phone_enc",
            "address", "address_enc");

    private final DataRequestRepository requests;
    private final CustomerKeys customerKeys;
    private final CustomerProtection protection;
    private final FilingQueryService filings;
    private final FilingCustomerData customerData;
    private final CustomerDataChangeService changes;
    private final CustomerProfiles profiles;
    private final CustomerDataCipher cipher;
    private final ObjectMapper json;
    private final Clock clock;
    private final StaffDirectory staff;

    public DataRequestService(DataRequestRepository requests, CustomerKeys customerKeys, CustomerProtection protection,
                              FilingQueryService filings, FilingCustomerData customerData, CustomerDataChangeService changes,
                              CustomerProfiles profiles, CustomerDataCipher cipher, ObjectMapper json, Clock clock, StaffDirectory staff) {
        this.staff = staff;
        this.requests = requests;
        this.customerKeys = customerKeys;
        this.protection = protection;
        this.filings = filings;
        this.customerData = customerData;
        this.changes = changes;
        this.profiles = profiles;
        this.cipher = cipher;
        this.json = json;
        this.clock = clock;
    }

    public DataRequest record(Map<String, ?> values, String recordedBy) {
        InputValues in = new InputValues(values);
        FieldErrors errors = new FieldErrors();
        DataRequestKind kind = in.constant("requestType", DataRequestKind.class, errors);
        DocumentType documentType = in.constant("documentType", DocumentType.class, errors);
        String documentNumber = documentNumber(documentType, in.optionalText("documentNumber"), errors);
        String note = in.optionalText("requestNote");
        if (note == null) {
            errors.add("requestNote", "请记录客户的书面申请内容");
        }
        List<CustomerKey> keys = customerKeys(in, errors);
        Map<String, String> changed = kind == DataRequestKind.CHANGE ? changedValues(in, errors) : Map.of();
        errors.throwIfAny();

        List<String> affected = protection.filingsOf(keys);
        if (affected.isEmpty()) {
            throw new InvalidInputException("customerPhone", "找不到该客户的报备记录，请核对联系电话或证件号码");
        }
        requireDocumentMatches(documentType, documentNumber, affected);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String id = requests.nextId(now);
        requests.insert(id, kind, documentType, cipher.encrypt(documentNumber),
                changed.isEmpty() ? null : cipher.encrypt(toJson(changed)), cipher.encrypt(note), affected, recordedBy, now);
        return requests.get(id);
    }

    /** The manager approves, or rejects with a reason. @return whether it is approved */
    public boolean decide(String requestId, String manager, Map<String, ?> values) {
        staff.requireMember(manager, Groups.SALES_MANAGEMENT, "审批客户资料申请");
        InputValues in = new InputValues(values);
        boolean yes = in.isTrue("approved");
        String comment = in.optionalText("decisionComment");
        if (!yes && comment == null) {
            throw new InvalidInputException("decisionComment", "驳回客户申请时必须写明理由");
        }
        requests.decide(requestId, yes ? "APPROVED" : DataRequest.REJECTED, manager, comment, OffsetDateTime.now(clock));
        return yes;
    }

    /** Carries out an approved request on every filing of the customer, and their profile. */
    public void apply(String requestId, String actor) {
        DataRequest request = requests.get(requestId);
        for (String filingId : request.affectedFilings()) {
            if (request.kind() == DataRequestKind.DELETE) {
                changes.erase(filingId, requestId, actor);
                String erased = cipher.encrypt(CustomerDataChangeService.ERASED);
                PROFILE_COLUMNS.values().forEach(column -> profiles.overwrite(filingId, column, erased));
            } else {
                Map<String, String> changed = fromJson(cipher.decrypt(request.changesEnc()));
                changes.change(filingId, changed, requestId, actor);
                changed.forEach((field, value) -> profiles.overwrite(filingId, PROFILE_COLUMNS.get(field), cipher.encrypt(value)));
            }
        }
        requests.complete(requestId, OffsetDateTime.now(clock));
    }

    public DataRequest get(String requestId) {
        return requests.get(requestId);
    }

    private List<CustomerKey> customerKeys(InputValues in, FieldErrors errors) {
        List<CustomerKey> keys = new ArrayList<>();
        String phone = in.optionalText("customerPhone");
        String creditCode = in.optionalText("customerCreditCode");
        String idNumber = in.optionalText("customerIdNumber");
        if (phone != null) {
            PhoneNumbers.normalize(phone).ifPresentOrElse(p -> keys.add(customerKeys.of(KeyType.PHONE, p)),
                    () -> errors.add("customerPhone", "电话号码格式不正确"));
        }
        if (creditCode != null) {
            CreditCodes.normalize(creditCode).ifPresentOrElse(c -> keys.add(customerKeys.of(KeyType.CREDIT_CODE, c)),
                    () -> errors.add("customerCreditCode", "统一社会信用代码无效"));
        }
        if (idNumber != null) {
            IdNumbers.normalize(idNumber).ifPresentOrElse(i -> keys.add(customerKeys.of(KeyType.ID_NUMBER, i)),
                    () -> errors.add("customerIdNumber", "身份证号码无效"));
        }
        if (phone == null && creditCode == null && idNumber == null) {
            errors.add("customerPhone", "请至少填写客户的联系电话、统一社会信用代码或身份证号之一");
        }
        return keys;
    }

    private static String documentNumber(DocumentType type, String raw, FieldErrors errors) {
        if (raw == null) {
            errors.add("documentNumber", "必填");
            return null;
        }
        if (type == null) {
            return null;
        }
        Optional<String> number = switch (type) {
            case ID_CARD -> IdNumbers.normalize(raw);
            case BUSINESS_LICENSE -> CreditCodes.normalize(raw);
            case PASSPORT -> PassportNumbers.normalize(raw);
        };
        if (number.isEmpty()) {
            errors.add("documentNumber", "证件号码无效（校验位或格式不正确）");
        }
        return number.orElse(null);
    }

    /** The document shown must be the customer's own where the filings recorded one. */
    private void requireDocumentMatches(DocumentType type, String documentNumber, List<String> affected) {
        for (String filingId : affected) {
            Filing filing = filings.get(filingId);
            PlainCustomer c = customerData.decrypt(filing.customer());
            String onFile = switch (type) {
                case ID_CARD, PASSPORT -> c.idNumber();
                case BUSINESS_LICENSE -> c.creditCode();
            };
            if (onFile != null && !onFile.equals(documentNumber) && !CustomerDataChangeService.ERASED.equals(onFile)) {
                throw new InvalidInputException("documentNumber", "证件号码与报备登记的资料不符");
            }
        }
    }

    private static Map<String, String> changedValues(InputValues in, FieldErrors errors) {
        Map<String, String> changed = new LinkedHashMap<>();
        CHANGEABLE.forEach((input, field) -> {
            String value = in.optionalText(input);
            if (value == null) {
                return;
            }
            if (field.equals("contactPhone")) {
                PhoneNumbers.normalize(value).ifPresentOrElse(p -> changed.put(field, p),
                        () -> errors.add(input, "电话号码格式不正确"));
            } else if (value.length() > 200) {
                errors.add(input, "不能超过200个字");
            } else {
                changed.put(field, value);
            }
        });
        if (changed.isEmpty() && !CHANGEABLE.keySet().stream().anyMatch(errors::has)) {
            errors.add("newContactPhone", "修改申请至少要填写一项新资料");
        }
        return changed;
    }

    private String toJson(Map<String, String> changed) {
        try {
            return json.writeValueAsString(changed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> fromJson(String text) {
        try {
            return json.readValue(text, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored changes of a data request are unreadable", e);
        }
    }
}
