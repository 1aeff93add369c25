package io.baobei.collision;

/** Why two filings met (rule C1), and the customer's choice after a lapse (F8). */
public enum CollisionKind {
    DUPLICATE_CUSTOMER("同一客户重复报备"),
    RELATIVE_PROPERTY("直系亲属咨询同一房源"),
    REPORTED("销售人工报告"),
    CUSTOMER_CHOICE("保护期届满后客户选择");

    private final String label;

    CollisionKind(String label) {
        this.label = label;
    }

    /** What people read (messages, forms); the name is what systems exchange. */
    public String label() {
        return label;
    }
}
