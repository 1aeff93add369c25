package io.baobei.conduct;

/** What a ledger entry's evidence id points at. */
public enum EvidenceType {
    FILING("报备"),
    COLLISION("撞单"),
    PERIOD("考核月份");

    private final String label;

    EvidenceType(String label) {
        this.label = label;
    }

    /** What people read (messages, forms); the name is what systems exchange. */
    public String label() {
        return label;
    }
}
