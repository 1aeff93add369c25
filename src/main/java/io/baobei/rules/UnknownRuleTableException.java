package io.baobei.rules;

/** A decision key, or a version of one, that the rules page does not manage: 404. */
public class UnknownRuleTableException extends RuntimeException {

    public UnknownRuleTableException(String message) {
        super(message);
    }
}
