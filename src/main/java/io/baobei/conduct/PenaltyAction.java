package io.baobei.conduct;

/** The contract's {@code action} values of {@code penalty-catalog}. */
public enum PenaltyAction {
    WARNING("警告"),
    CRITICISM("批评"),
    FINE("罚款"),
    DEMERIT("记过"),
    SUSPEND("暂停报备权限"),
    TRANSFER("调岗"),
    DEMOTION("降职"),
    DISMISSAL("辞退");

    private final String label;

    PenaltyAction(String label) {
        this.label = label;
    }

    /** What people read (messages, forms); the name is what systems exchange. */
    public String label() {
        return label;
    }
}
