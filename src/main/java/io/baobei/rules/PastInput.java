package io.baobei.rules;

/** One input of a past evaluation: the column, the expression it had then, and the value it gave. */
public record PastInput(String clauseId, String label, String expression, Object value) {
}
