package io.baobei.filing;

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
 * {@link FilingRequest}, or throws every problem at once, each naming its field (rules F2, D6).
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

        CustomerType type = in.enumValue("customerType", CustomerType.class, errors, true);
        String customerName = in.text("customerName", 100, true, errors);
        String contactName = in.text("contactName", 50, true, errors);
        String contactPhone = phone(in, "contactPhone", true, errors);
        String address = in.text("address", 200, true, errors);
        if (address != null && address.length() < MIN_ADDRESS_LENGTH) {
            errors.add("address", "请填写详细地址（至少" + MIN_ADDRESS_LENGTH + "个字）");
        }
        String region = in.text("region", 32, true, errors);
        if (region != null && !staff.isRegion(region)) {
            errors.add("region", "未知区域：应为 east 或 west");
        }
        var visitTime = in.dateTime("visitTime", errors);
        String visitPurpose = in.text("visitPurpose", 2000, true, errors);
        CustomerStage stage = in.enumValue("customerStage", CustomerStage.class, errors, false);
        if (stage == null && !errors.has("customerStage")) {
            stage = CustomerStage.INQUIRY;
        } else if (stage == CustomerStage.SIGNED) {
            errors.add("customerStage", "报备时客户阶段只能是 INQUIRY 或 DEPOSIT");
        }
        boolean enterprise = type == CustomerType.ENTERPRISE;
        String creditCode = creditCode(in, enterprise, errors);
        String legalRepresentative = in.text("legalRepresentative", 50, enterprise, errors);
        String idNumber = idNumber(in, errors);
        String propertyId = in.text("propertyId", 64, false, errors);
        if (propertyId != null && MatchingText.key(propertyId).isEmpty()) {
            errors.add("propertyId", "房源编号无效：应包含字母或数字");
        }
        String relativePhone = phone(in, "relativePhone", false, errors);
        if (relativePhone != null && relativePhone.equals(contactPhone)) {
            errors.add("relativePhone", "亲属电话不能与联系电话相同");
        }
        String projectName = in.text("projectName", 200, false, errors);
        String demand = in.text("demand", 2000, false, errors);
        BigDecimal expectedAmount = in.amount("expectedAmount", errors);

        errors.throwIfAny();
        return new FilingRequest(type, customerName, contactName, contactPhone, address, region, visitTime,
                visitPurpose, stage, creditCode, legalRepresentative, idNumber, propertyId, relativePhone,
                projectName, demand, expectedAmount);
    }

    private static String phone(InputValues in, String field, boolean required, FieldErrors errors) {
        String raw = in.text(field, 40, required, errors);
        if (raw == null) {
            return null;
        }
        Optional<String> phone = PhoneNumbers.normalize(raw);
        if (phone.isEmpty()) {
            errors.add(field, "电话号码格式不正确：应为手机号（如 138 1234 8000）或带区号的座机（如 010-87654321）");
        }
        return phone.orElse(null);
    }

    private static String creditCode(InputValues in, boolean required, FieldErrors errors) {
        String raw = in.text("creditCode", 40, required, errors);
        if (raw == null) {
            return null;
        }
        Optional<String> code = CreditCodes.normalize(raw);
        if (code.isEmpty()) {
            errors.add("creditCode", "统一社会信用代码无效：应为18位且校验位正确");
        }
        return code.orElse(null);
    }

    private String idNumber(InputValues in, FieldErrors errors) {
        String raw = in.text("idNumber", 40, false, errors);
        if (raw == null) {
            return null;
        }
        Optional<String> id = IdNumbers.normalize(raw, LocalDate.now(clock)).or(() -> PassportNumbers.normalize(raw));
        if (id.isEmpty()) {
            errors.add("idNumber", "证件号码无效：身份证应为18位且出生日期、校验位正确，或为有效护照号");
        }
        return id.orElse(null);
    }
}
