package io.baobei.platform.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Parses the latest version of every process into the node's deployment cache before the node takes requests.
 * The engine makes a definition it parses on first use visible to other threads before its jobs know their job
 * definitions: on a node started cold, simultaneous first filings could create an asynchronous start's job
 * without them and fail ("processDefinitionId is null", seen with twelve filings at once on a second node).
 */
final class DeploymentCacheWarmUp {

    private DeploymentCacheWarmUp() {
    }

    static void loadLatestProcesses(ProcessEngine engine) {
        RepositoryServiceImpl repository = (RepositoryServiceImpl) engine.getRepositoryService();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            repository.getDeployedProcessDefinition(definition.getId());
        }
    }
}
