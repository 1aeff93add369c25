package io.baobei.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;

/**
 * A new version of a rule table whose every evaluation fails (two rules match under hit policy UNIQUE): the
 * processes pick it up through binding {@code latest} until it is closed, which removes it again.
 */
public final class FailingRuleTable implements AutoCloseable {

    private final RepositoryService repository;
    private final String deploymentId;

    private FailingRuleTable(RepositoryService repository, String deploymentId) {
        this.repository = repository;
        this.deploymentId = deploymentId;
    }

    public static FailingRuleTable deploy(ProcessEngine engine, String decisionKey) {
        RepositoryService repository = engine.getRepositoryService();
        String deploymentId = repository.createDeployment().name("failing-" + decisionKey)
                .addString(decisionKey + ".dmn", table(decisionKey)).deploy().getId();
        return new FailingRuleTable(repository, deploymentId);
    }

    @Override
    public void close() {
        repository.deleteDeployment(deploymentId, true);
    }

    private static String table(String key) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="%1$s-failing" name="%1$s" namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="%1$s" name="%1$s" camunda:historyTimeToLive="180">
                    <decisionTable id="%1$s-failing-table" hitPolicy="UNIQUE">
                      <input id="%1$s-failing-input"><inputExpression id="%1$s-failing-expression" typeRef="string"><text>"any"</text></inputExpression></input>
                      <output id="%1$s-failing-output" name="broken" typeRef="string" />
                      <rule id="%1$s-failing-one"><inputEntry id="%1$s-failing-one-in"><text>-</text></inputEntry><outputEntry id="%1$s-failing-one-out"><text>"one"</text></outputEntry></rule>
                      <rule id="%1$s-failing-two"><inputEntry id="%1$s-failing-two-in"><text>-</text></inputEntry><outputEntry id="%1$s-failing-two-out"><text>"two"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(key);
    }
}
