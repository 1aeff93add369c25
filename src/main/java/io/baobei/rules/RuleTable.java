package io.baobei.rules;

import java.util.List;

/**
 * A rule table the analysts manage: its decision key, the variables the processes hand it and the outputs
 * they read. {@code contract} tells whether CONTRACT.md defines it or the app's own processes do.
 */
public record RuleTable(String key, String name, boolean contract, List<RuleField> inputs, List<RuleField> outputs) {

    public List<String> inputNames() {
        return inputs.stream().map(RuleField::name).toList();
    }
}
