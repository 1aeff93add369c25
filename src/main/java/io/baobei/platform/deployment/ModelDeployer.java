package io.baobei.platform.deployment;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys the application's models under one fixed deployment name with changed-only filtering.
 * An unchanged file is never redeployed, so a rule table an analyst deployed later stays
 * {@code latest}; a file changed in the repository becomes {@code latest} on the next start.
 */
public class ModelDeployer {

    public static final String DEPLOYMENT_NAME = "customer-filing-models";
    public static final String DEPLOYMENT_SOURCE = "customer-filing-app";

    private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

    private final RepositoryService repositoryService;

    public ModelDeployer(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    private long deploymentCount() {
        return repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
    }

    public DeploymentWithDefinitions deploy(List<ModelResource> models) {
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_SOURCE)
                .enableDuplicateFiltering(true);
        models.forEach(model -> builder.addInputStream(model.name(), new ByteArrayInputStream(model.content())));
        long before = deploymentCount();
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        if (deploymentCount() == before) {
            // the engine answers with the existing deployment when nothing changed
            LOG.info("Models: {} found, none changed", models.size());
        } else {
            LOG.info("Models: {} found, changed ones deployed as {}: {}", models.size(), deployment.getId(),
                    repositoryService.getDeploymentResourceNames(deployment.getId()));
        }
        return deployment;
    }
}
