package io.baobei.rules;

/** An input variable or an output of a rule table, e.g. {@code customerStage} (string). */
public record RuleField(String name, ContractType type) {
}
