package io.baobei.collision;

import io.baobei.customer.KeyType;

/**
 * Why two filings met (rule C1), named after the strongest key that matched (C6b), and the customer's
 * choice after a lapse (F8).
 */
public enum CollisionKind {
    PHONE("同一联系电话"),
    CREDIT_CODE("同一统一社会信用代码"),
    ID_NUMBER("同一证件号码"),
    COMPANY_NAME("同一单位名称"),
    RELATIVE_PROPERTY("直系亲属同一房源"),
    /** Cases opened before the matched key was recorded in the kind. */
    DUPLICATE_CUSTOMER("同一客户重复报备"),
    REPORTED("销售人工报告（现场相遇）"),
    CUSTOMER_CHOICE("保护期失效后客户选择");

    private final String label;

    CollisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind of a collision found by a filing's claim on a key another filing holds. */
    public static CollisionKind matchedBy(KeyType key) {
        return switch (key) {
            case PHONE -> PHONE;
            case CREDIT_CODE -> CREDIT_CODE;
            case ID_NUMBER -> ID_NUMBER;
            case COMPANY_NAME -> COMPANY_NAME;
            case PROPERTY_PHONE -> RELATIVE_PROPERTY;
        };
    }
}
