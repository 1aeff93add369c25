package io.baobei.reporting;

/** How a collision ended, as the monthly collision review counts it. */
public enum CollisionOutcome {
    OPEN("尚未处理完"),
    VOIDED("双方作废"),
    SHARED("双方共享或分成"),
    NEGOTIATED("协商解决"),
    ARBITRATED("仲裁解决"),
    CUSTOMER_CHOICE("客户选择"),
    RULE("按规则认定");

    private final String label;

    CollisionOutcome(String label) {
        this.label = label;
    }

    /** What people read (forms, summaries); the name is what the review's figures store. */
    public String label() {
        return label;
    }
}
