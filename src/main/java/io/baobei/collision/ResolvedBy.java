package io.baobei.collision;

/** How a collision was settled. */
public enum ResolvedBy {
    NEGOTIATION("双方协商"),
    ARBITRATION("区域经理仲裁"),
    UNFILED_RULE("按未报备规则认定"),
    CUSTOMER_CHOICE("客户选择");

    private final String label;

    ResolvedBy(String label) {
        this.label = label;
    }

    /** What people read (messages, forms); the name is what systems exchange. */
    public String label() {
        return label;
    }
}
