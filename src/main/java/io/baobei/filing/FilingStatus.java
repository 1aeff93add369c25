package io.baobei.filing;

/** The contract's {@code filingStatus} values. */
public enum FilingStatus {
    PENDING_APPROVAL("待审批"),
    REJECTED("已驳回"),
    APPROVED("已通过"),
    FOLLOWING("跟进中"),
    SIGNED("已签约"),
    ARCHIVED("已归档"),
    LAPSED("已失效"),
    VOID("已作废"),
    WITHDRAWN("已撤回"),
    IN_COLLISION("撞单处理中");

    private final String label;

    FilingStatus(String label) {
        this.label = label;
    }

    /** What people read (messages, forms); the name is what systems exchange. */
    public String label() {
        return label;
    }

    /** Whether a filing in this status still protects its customer. */
    public boolean protects() {
        return this == PENDING_APPROVAL || this == REJECTED || this == APPROVED || this == FOLLOWING || this == SIGNED;
    }
}
