package io.baobei.reporting;

/** Why a collision happened, as the monthly collision review counts it (rule M3). */
public enum CollisionCause {
    UNFILED("未报备"),
    LATE_FILING("晚报"),
    FALSE_FILING("虚假报备"),
    SAME_PROPERTY_RELATIVE("直系亲属咨询同一房源"),
    SIMULTANEOUS("同时接触客户"),
    LAPSED_CUSTOMER_CHOICE("保护期届满后客户选择"),
    DUPLICATE("重复报备");

    private final String label;

    CollisionCause(String label) {
        this.label = label;
    }

    /** What people read (forms, summaries); the name is what the review's figures store. */
    public String label() {
        return label;
    }
}
