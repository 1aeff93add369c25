package io.baobei.platform.dmn;

/**
 * An expression of a decision table that does not parse as FEEL, located without repeating it: decision, rule
 * (number and id), column, the element and its id, and the position the parser stopped at. Parts a file does not
 * have are null.
 */
public record InvalidFeel(String decision, String rule, String column, String element, String id, String position) {

    InvalidFeel at(String position) {
        return new InvalidFeel(decision, rule, column, element, id, position);
    }

    /** {@code decision "protection-period", rule 1 "Rule_inquiry", column "protectionDays": outputEntry "o1" is not valid FEEL (line 1, column 2)}. */
    public String describe() {
        return "decision \"" + decision + "\"" + (rule == null ? "" : ", " + rule) + (column == null ? "" : ", column " + column)
                + ": " + element + (id == null ? "" : " \"" + id + "\"") + " is not valid FEEL (" + position + ")";
    }
}
