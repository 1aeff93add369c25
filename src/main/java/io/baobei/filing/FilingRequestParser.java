package io.baobei.filing;

import static io.baobei.filing.FilingField.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.baobei.customer.CreditCodes;
import io.baobei.customer.IdNumbers;
import io.baobei.customer.MatchingText;
import io.baobei.customer.PassportNumbers;
import io.baobei.customer.PhoneNumbers;
import io.baobei.platform.security.StaffDirectory;
import io.baobei.platform.validation.FieldErrors;
import io.baobei.platform.validation.InputValues;

/**
 * Turns start variables (Tasklist start form, engine REST, {@code POST /api/filings}) into a
 * {@link FilingRequest}, or throws every problem at once, each naming its field (rules F2, D6). What is
 * required and how long a text may be comes from {@link FilingField}; the checks of content are here.
 */
@Component
public class FilingRequestParser {

    /** A detailed address (有效报备, P9 §三.1) has at least this many characters. */
    static final int MIN_ADDRESS_LENGTH = 5;

    private final StaffDirectory staff;
    private final Clock clock;

    public FilingRequestParser(StaffDirectory staff, Clock clock) {
        this.staff = staff;
        this.clock = clock;
    }

    public FilingRequest parse(Map<String, ?> variables) {
        InputValues in = new InputValues(variables, clock.getZone());
        FieldErrors errors = new FieldErrors();

        CustomerType type = in.enumValue(CUSTOMER_TYPE.key(), CustomerType.class, errors, true);
        String customerName = text(in, CUSTOMER_NAME, type, errors);
        String contactName = text(in, CONTACT_NAME, type, errors);
        String contactPhone = phone(in, CONTACT_PHONE, type, errors);
        String address = text(in, ADDRESS, type, errors);
        if (address != null && address.length() < MIN_ADDRESS_LENGTH) {
            errors.add(ADDRESS.key(), "请填写详细地址（至少" + MIN_ADDRESS_LENGTH + "个字）");
        }
        String region = text(in, REGION, type, errors);
        if (region != null && !staff.isRegion(region)) {
            errors.add(REGION.key(), "未知区域：应为 east 或 west");
        }
        var visitTime = in.dateTime(VISIT_TIME.key(), errors);
        String visitPurpose = text(in, VISIT_PURPOSE, type, errors);
        CustomerStage stage = in.enumValue(CUSTOMER_STAGE.key(), CustomerStage.class, errors, false);
        if (stage == null && !errors.has(CUSTOMER_STAGE.key())) {
            stage = CustomerStage.INQUIRY;
        } else if (stage == CustomerStage.SIGNED) {
            errors.add(CUSTOMER_STAGE.key(), "报备时客户阶段只能是 INQUIRY 或 DEPOSIT");
        }
        String creditCode = creditCode(in, type, errors);
        String legalRepresentative = text(in, LEGAL_REPRESENTATIVE, type, errors);
        String idNumber = idNumber(in, type, errors);
        String propertyId = text(in, PROPERTY_ID, type, errors);
        if (propertyId != null && MatchingText.key(propertyId).isEmpty()) {
            errors.add(PROPERTY_ID.key(), "房源编号无效：应包含字母或数字");
        }
        String relativePhone = phone(in, RELATIVE_PHONE, type, errors);
        if (relativePhone != null && relativePhone.equals(contactPhone)) {
            errors.add(RELATIVE_PHONE.key(), "亲属电话不能与联系电话相同");
        }
        String projectName = text(in, PROJECT_NAME, type, errors);
        String demand = text(in, DEMAND, type, errors);
        BigDecimal expectedAmount = in.amount(EXPECTED_AMOUNT.key(), errors);

        errors.throwIfAny();
        return new FilingRequest(type, customerName, contactName, contactPhone, address, region, visitTime,
                visitPurpose, stage, creditCode, legalRepresentative, idNumber, propertyId, relativePhone,
                projectName, demand, expectedAmount);
    }

    /** A free-text field as {@link FilingField} describes it: its length, and whether this customer type needs it. */
    private static String text(InputValues in, FilingField field, CustomerType type, FieldErrors errors) {
        return in.text(field.key(), field.maxLength(), field.required().of(type), errors);
    }

    private static String phone(InputValues in, FilingField field, CustomerType type, FieldErrors errors) {
        String raw = text(in, field, type, errors);
        if (raw == null) {
            return null;
        }
        Optional<String> phone = PhoneNumbers.normalize(raw);
        if (phone.isEmpty()) {
            errors.add(field.key(), "电话号码格式不正确：应为手机号（如 138 1234 8000）或带区号的座机（如 010-87654321）");
        }
        return phone.orElse(null);
    }

    private static String creditCode(InputValues in, CustomerType type, FieldErrors errors) {
        String raw = text(in, CREDIT_CODE, type, errors);
        if (raw == null) {
            return null;
        }
        Optional<String> code = CreditCodes.normalize(raw);
        if (code.isEmpty()) {
            errors.add(CREDIT_CODE.key(), "统一社会信用代码无效：应为18位且校验位正确");
        }
        return code.orElse(null);
    }

    private String idNumber(InputValues in, CustomerType type, FieldErrors errors) {
        String raw = text(in, ID_NUMBER, type, errors);
        if (raw == null) {
            return null;
        }
        Optional<String> id = IdNumbers.normalize(raw, LocalDate.now(clock)).or(() -> PassportNumbers.normalize(raw));
        if (id.isEmpty()) {
            errors.add(ID_NUMBER.key(), "证件号码无效：身份证应为18位且出生日期、校验位正确，或为有效护照号");
        }
        return id.orElse(null);
    }
}
