package io.baobei.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.stereotype.Component;

import io.baobei.platform.deployment.ModelDeployer;
import io.baobei.platform.security.StaffDirectory;
import io.baobei.platform.security.WithoutAuthorization;

/**
 * The deployed versions of a rule table and who deployed each: the rules page's own record, else the
 * engine's user operation log (Camunda Modeler and curl deploy as an authenticated user), else nobody
 * (the app's models at start-up). Reads run on the app's behalf: the controller has checked the group,
 * and the user operation log needs permissions analysts do not hold.
 */
@Component
public class RuleVersions {

    public static final String SYSTEM = "系统部署";

    private final RepositoryService repositoryService;
    private final HistoryService historyService;
    private final RuleDeploymentRepository records;
    private final StaffDirectory staff;
    private final WithoutAuthorization withoutAuthorization;
    private final Clock clock;

    public RuleVersions(RepositoryService repositoryService, HistoryService historyService,
                        RuleDeploymentRepository records, StaffDirectory staff,
                        WithoutAuthorization withoutAuthorization, Clock clock) {
        this.repositoryService = repositoryService;
        this.historyService = historyService;
        this.records = records;
        this.staff = staff;
        this.withoutAuthorization = withoutAuthorization;
        this.clock = clock;
    }

    /** Newest first. */
    public List<RuleVersion> list(String decisionKey) {
        Map<String, RuleDeploymentRecord> fromPage = records.byDeployment(decisionKey);
        return withoutAuthorization.call(() -> {
            List<DecisionDefinition> definitions = repositoryService.createDecisionDefinitionQuery()
                    .decisionDefinitionKey(decisionKey).orderByDecisionDefinitionVersion().desc().list();
            int latest = definitions.isEmpty() ? 0 : definitions.get(0).getVersion();
            return definitions.stream()
                    .map(definition -> version(definition, fromPage.get(definition.getDeploymentId()), latest))
                    .toList();
        });
    }

    public Integer latestVersion(String decisionKey) {
        DecisionDefinition latest = withoutAuthorization.call(() -> repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey).latestVersion().singleResult());
        return latest == null ? null : latest.getVersion();
    }

    public DecisionDefinition definition(String decisionKey, int version) {
        DecisionDefinition definition = withoutAuthorization.call(() -> repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey).decisionDefinitionVersion(version).singleResult());
        if (definition == null) {
            throw new UnknownRuleTableException("规则表 " + decisionKey + " 没有版本 " + version);
        }
        return definition;
    }

    /** The DMN file of that version, as it was deployed. */
    public byte[] xml(String decisionKey, int version) {
        DecisionDefinition definition = definition(decisionKey, version);
        return withoutAuthorization.call(() -> {
            try (InputStream model = repositoryService.getDecisionModel(definition.getId())) {
                return model.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private RuleVersion version(DecisionDefinition definition, RuleDeploymentRecord record, int latest) {
        Deployment deployment = repositoryService.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult();
        OffsetDateTime deployedAt = OffsetDateTime.ofInstant(deployment.getDeploymentTime().toInstant(), clock.getZone());
        boolean isLatest = definition.getVersion() == latest;
        if (record != null) {
            return new RuleVersion(definition.getVersion(), definition.getId(), deployment.getId(), deployment.getName(),
                    deployedAt, record.deployedBy(), staff.displayName(record.deployedBy()), "RULES_PAGE", "规则管理页",
                    record.kind(), record.kind().label(), record.restoredVersion(), record.comment(), isLatest);
        }
        boolean application = ModelDeployer.DEPLOYMENT_NAME.equals(deployment.getName())
                && ModelDeployer.DEPLOYMENT_SOURCE.equals(deployment.getSource());
        String user = deployingUser(deployment.getId());
        return new RuleVersion(definition.getVersion(), definition.getId(), deployment.getId(), deployment.getName(),
                deployedAt, user == null ? SYSTEM : user, user == null ? null : staff.displayName(user),
                application ? "APPLICATION" : "ENGINE_REST",
                application ? "应用模型（启动时部署）" : "引擎 REST（Camunda Modeler 等）",
                null, null, null, null, isLatest);
    }

    private String deployingUser(String deploymentId) {
        return historyService.createUserOperationLogQuery()
                .deploymentId(deploymentId)
                // entries about instances of the deployment's definitions carry its id too
                .entityType(EntityTypes.DEPLOYMENT)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE)
                .list().stream()
                .map(UserOperationLogEntry::getUserId)
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
    }
}
