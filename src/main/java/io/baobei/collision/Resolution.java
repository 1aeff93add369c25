package io.baobei.collision;

/** Who keeps the customer: the contract's resolution values. */
public enum Resolution {
    FIRST("归先报备者"),
    SECOND("归后报备者"),
    SHARED("双方共同所有"),
    SPLIT("双方按比例分成"),
    VOID_BOTH("双方报备作废");

    private final String label;

    Resolution(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
