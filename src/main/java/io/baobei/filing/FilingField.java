package io.baobei.filing;

import java.util.Arrays;
import java.util.Optional;

import io.baobei.customer.SensitiveVariables;

/**
 * A filing's fields, described once (rule F2): the name a start form, {@code POST /api/filings} and the
 * revise form use, the Chinese label the forms show, when it is required, its longest text, and whether the
 * filer may change it on {@code revise-filing}. {@link FilingRequestParser} reads the requirement and length
 * from here, {@link FilingDisplay} shows each field (masked where {@link #sensitive()}), and
 * {@code FilingFormsTest} checks every form that shows or edits a filing against it.
 *
 * <p>Not revisable: the customer type (it decides which fields are required), the region (it decides who
 * approves and who may read the case) and the stage (the protection period was computed from it); a filer
 * who got those wrong withdraws and files again.
 */
public enum FilingField {

    CUSTOMER_TYPE("customerType", "客户类型", Required.ALWAYS, 0, false),
    CUSTOMER_NAME("customerName", "客户名称", Required.ALWAYS, 100, true),
    CREDIT_CODE("creditCode", "统一社会信用代码", Required.ENTERPRISE, 40, true),
    LEGAL_REPRESENTATIVE("legalRepresentative", "法定代表人", Required.ENTERPRISE, 50, true),
    ID_NUMBER("idNumber", "身份证号（选填）", Required.NEVER, 40, true),
    CONTACT_NAME("contactName", "联系人", Required.ALWAYS, 50, true),
    CONTACT_PHONE("contactPhone", "联系电话", Required.ALWAYS, 40, true),
    ADDRESS("address", "详细地址", Required.ALWAYS, 200, true),
    REGION("region", "客户所在区域", Required.ALWAYS, 32, false),
    VISIT_TIME("visitTime", "计划拜访时间", Required.ALWAYS, 0, true),
    /** Defaults to {@code INQUIRY} when not given (the start form preselects it). */
    CUSTOMER_STAGE("customerStage", "客户阶段", Required.ALWAYS, 0, false),
    VISIT_PURPOSE("visitPurpose", "拜访目的", Required.ALWAYS, 2000, true),
    PROJECT_NAME("projectName", "项目名称", Required.NEVER, 200, true),
    PROPERTY_ID("propertyId", "意向房源编号", Required.NEVER, 64, true),
    RELATIVE_PHONE("relativePhone", "直系亲属电话", Required.NEVER, 40, true),
    EXPECTED_AMOUNT("expectedAmount", "预计成交金额（元）", Required.NEVER, 0, true),
    DEMAND("demand", "客户需求", Required.NEVER, 2000, true);

    /** When a field must be given. */
    public enum Required {
        ALWAYS, ENTERPRISE, NEVER;

        boolean of(CustomerType type) {
            return this == ALWAYS || (this == ENTERPRISE && type == CustomerType.ENTERPRISE);
        }
    }

    private final String key;
    private final String label;
    private final Required required;
    private final int maxLength;
    private final boolean revisable;

    FilingField(String key, String label, Required required, int maxLength, boolean revisable) {
        this.key = key;
        this.label = label;
        this.required = required;
        this.maxLength = maxLength;
        this.revisable = revisable;
    }

    /** The variable, form key and JSON property. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Required required() {
        return required;
    }

    /** The longest text accepted; 0 for a field that is not free text (a choice, a date, a number). */
    public int maxLength() {
        return maxLength;
    }

    public boolean revisable() {
        return revisable;
    }

    /** Customer personal data: encrypted at rest, masked wherever the engine or a form holds it. */
    public boolean sensitive() {
        return SensitiveVariables.contains(key);
    }

    public static Optional<FilingField> byKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }

    public static boolean isField(String key) {
        return byKey(key).isPresent();
    }
}
