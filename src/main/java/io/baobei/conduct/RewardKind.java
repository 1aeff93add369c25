package io.baobei.conduct;

/** The ledger codes of rewards (rules C5 and X9), besides the violations of {@link Violation}. */
public enum RewardKind {
    NEGOTIATED_SIGNING("撞单协商解决后成功签约"),
    EXCELLENT_FILING("优秀报备");

    private final String label;

    RewardKind(String label) {
        this.label = label;
    }

    /** What people read (messages, forms); the name is what systems exchange. */
    public String label() {
        return label;
    }
}
