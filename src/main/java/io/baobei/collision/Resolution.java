package io.baobei.collision;

/** Who keeps the customer: the contract's resolution values. */
public enum Resolution {
    FIRST("归先报备者"),
    SECOND("归后报备者"),
    SHARED("双方共享"),
    SPLIT("按协商比例分成"),
    VOID_BOTH("双方报备均作废");

    private final String label;

    Resolution(String label) {
        this.label = label;
    }

    /** What people read (messages, forms); the name is what systems exchange. */
    public String label() {
        return label;
    }
}
