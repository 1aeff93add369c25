package io.baobei.conduct;

/**
 * The contract's penalty {@code action} values, lightest first (rule X12: HR may confirm a lighter one than the
 * {@code penalty-catalog} proposes, never a heavier one).
 */
public enum PenaltyAction {
    WARNING("警告"),
    CRITICISM("通报批评"),
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

    public String label() {
        return label;
    }

    public boolean heavierThan(PenaltyAction other) {
        return compareTo(other) > 0;
    }

    /** Whether the rep is taken off their customers (rule X11): suspension and dismissal. */
    public boolean stopsFiling() {
        return this == SUSPEND || this == DISMISSAL;
    }

    /** The label of a stored action code; unknown codes read as 其他处理, never as the code. */
    public static String labelOf(String code) {
        for (PenaltyAction action : values()) {
            if (action.name().equals(code)) {
                return action.label;
            }
        }
        return "其他处理";
    }
}
