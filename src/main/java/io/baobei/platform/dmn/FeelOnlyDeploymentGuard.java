package io.baobei.platform.dmn;

import java.io.ByteArrayInputStream;
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
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.xml.ModelException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Refuses a new deployment whose decision files are not DMN, name any expression language but FEEL, or hold an
 * expression that does not parse as FEEL ({@link FeelSyntax}), whoever deploys it (engine REST, the rules page,
 * the application's own models). Engine REST answers 400 with the message, instead of the engine's 500 for a
 * file its DMN deployer cannot read or a table that fails every evaluation.
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
            throw new BadUserRequestException(
                    "Decision tables may use FEEL only, in valid DMN and FEEL syntax; refused: " + String.join("; ", problems));
        }
    }

    /** The files the engine's DMN deployer parses (by its own suffixes), and their names in other cases. */
    private static boolean isDecisionFile(String name) {
        String lowerCase = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(DecisionDefinitionDeployer.DMN_RESOURCE_SUFFIXES).anyMatch(lowerCase::endsWith);
    }

    private static List<String> problems(String name, byte[] content) {
        Element root;
        try {
            root = DmnXml.parse(content).getDocumentElement();
        } catch (SAXException | IOException e) {
            return List.of(name + ": not readable as plain XML (" + e.getMessage() + ")");
        }
        if (!DmnXml.isDmnDefinitions(root)) {
            return List.of(name + ": not a DMN file (its root element is " + root.getLocalName() + ", not DMN definitions)");
        }
        List<ForeignExpression> foreign = FeelOnly.foreignExpressions(root);
        if (!foreign.isEmpty()) {
            return foreign.stream().map(found -> name + ": " + found.describe()).toList();
        }
        try {
            Dmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (ModelException e) {
            return List.of(name + ": not valid DMN (" + e.getMessage() + ")");
        }
        return FeelSyntax.invalidExpressions(root).stream().map(invalid -> name + ": " + invalid.describe()).toList();
    }
}
