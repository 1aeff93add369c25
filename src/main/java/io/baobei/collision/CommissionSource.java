package io.baobei.collision;

/** Rule C13: where a rep's share of a signed contract came from. */
public enum CommissionSource {
    OWNER("报备人独有"),
    NEGOTIATED_SPLIT("撞单协商分成"),
    ARBITRATION("撞单仲裁"),
    HELP_AGREEMENT("协助成交约定");

    private final String label;

    CommissionSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
