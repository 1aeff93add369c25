package io.baobei.collision;

/** A rep's proposal in negotiation (rule C5). */
public enum Proposal {
    KEEP_FIRST("归先报备者"),
    KEEP_SECOND("归后报备者"),
    SPLIT("双方按比例分成"),
    NO_AGREEMENT("无法达成一致");

    private final String label;

    Proposal(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
