package io.baobei.platform.dmn;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.dmn.deployer.DecisionDefinitionDeployer;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.xml.sax.SAXException;

/**
 * Refuses a new deployment whose decision files name any expression language but FEEL, whoever deploys it
 * (engine REST, the rules page, the application's own models). Engine REST answers 400 with the message.
 */
public class FeelOnlyDeploymentGuard implements Deployer {

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return; // a deployment loaded back into the cache: the DMN engine itself refuses to evaluate non-FEEL
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, ResourceEntity> resource : deployment.getResources().entrySet()) {
            if (isDecisionFile(resource.getKey())) {
                problems.addAll(problems(resource.getKey(), resource.getValue().getBytes()));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadUserRequestException("Decision tables may use FEEL only; refused: " + String.join("; ", problems));
        }
    }

    /** The files the engine's DMN deployer parses (by its own suffixes), and their names in other cases. */
    private static boolean isDecisionFile(String name) {
        String lowerCase = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(DecisionDefinitionDeployer.DMN_RESOURCE_SUFFIXES).anyMatch(lowerCase::endsWith);
    }

    private static List<String> problems(String name, byte[] content) {
        try {
            return FeelOnly.foreignExpressions(content).stream().map(found -> name + ": " + found.describe()).toList();
        } catch (SAXException | IOException e) {
            return List.of(name + ": not readable as plain XML (" + e.getMessage() + ")");
        }
    }
}
