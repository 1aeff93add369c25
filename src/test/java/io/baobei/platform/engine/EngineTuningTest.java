package io.baobei.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.spring.boot.starter.event.PublishDelegateParseListener;
import org.camunda.bpm.spring.boot.starter.event.PublishHistoryEventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

@AppTest
class EngineTuningTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    HistoryService historyService;

    @Autowired
    TaskService taskService;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aFilingKeepsItsVariablesAndDecisionHistoryButNoVariableDetails() {
        ProcessInstance filing = new EngineActions(engine).file("rep1", Filings.enterprise(EngineActions.nextCustomer()));

        assertThat(configuration().getHistoryLevel()).isInstanceOf(FullHistoryWithoutBookkeeping.class);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(filing.getId()).count()).isPositive();
        assertThat(historyService.createHistoricDecisionInstanceQuery().processInstanceId(filing.getId()).includeInputs().list())
                .isNotEmpty().allSatisfy(decision -> assertThat(decision.getInputs()).isNotEmpty());
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(filing.getId()).count()).isZero();
    }

    @Test
    void theJobLogKeepsWhatAJobDidButNotItsSchedulingOrDeletion() {
        EngineActions actions = new EngineActions(engine);
        ProcessInstance filing = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        ManagementService management = engine.getManagementService();
        Job reminder = management.createJobQuery().processInstanceId(filing.getId()).activityId("approval-reminder-due").singleResult();
        Job escalation = management.createJobQuery().processInstanceId(filing.getId()).activityId("approval-overdue").singleResult();

        management.executeJob(reminder.getId());
        actions.complete(filing, "approve-filing", "manager1", Map.of("approved", true)); // the escalation timer goes unfired

        assertThat(management.createJobQuery().jobId(escalation.getId()).count()).isZero();
        assertThat(historyService.createHistoricJobLogQuery().jobId(reminder.getId()).successLog().count()).isEqualTo(1);
        assertThat(historyService.createHistoricJobLogQuery().processInstanceId(filing.getId()).creationLog().count())
                .as("the filing's timers were scheduled, nothing logged it").isZero();
        assertThat(historyService.createHistoricJobLogQuery().jobId(escalation.getId()).count()).as("deleted unfired, not logged")
                .isZero();
    }

    @Test
    void decisionsAreEvaluatedByTheFeelEngineThatParsesOnce() {
        assertThat(configuration().getDmnEngineConfiguration().getFeelEngine().getClass().getSimpleName())
                .isEqualTo("ParsedOnceFeelEngine");
    }

    @Test
    void entityIdsAreCheckedBeforeAnEntityIsWrittenIntoAMessageAndStillRefusedWhenReserved() {
        assertThat(configuration().getSessionFactories().get(DbEntityManager.class))
                .isInstanceOf(IdCheckWithoutMessage.Factory.class);
        assertThatThrownBy(() -> configuration().getCommandExecutorTxRequired().execute(context -> {
            ByteArrayEntity entity = new ByteArrayEntity("bytes", new byte[] {1});
            entity.setId("*");
            context.getDbEntityManager().insert(entity);
            return null;
        })).isInstanceOf(ProcessEngineException.class).hasMessageContaining("has an invalid id")
                .hasMessageContaining("cannot be *");
    }

    @Test
    void timerDurationsAreParsedWithTheJdksDatatypeFactoryWithoutSearchingTheClassPath() {
        assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY))
                .isEqualTo(DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        assertThat(ServiceLoader.load(DatatypeFactory.class).findFirst())
                .as("no jar provides another DatatypeFactory, which the property would hide").isEmpty();
    }

    @Test
    void authorizationChecksUseTheCallersGroupsWithoutScanningForAuthorizedGroups() {
        assertThat(configuration().getSessionFactories().get(AuthorizationManager.class))
                .isInstanceOf(UnfilteredGroupsAuthorizationManager.Factory.class);
        assertThat(new UnfilteredGroupsAuthorizationManager().filterAuthenticatedGroupIds(List.of("sales", "region-east")))
                .containsExactly("sales", "region-east");

        ProcessInstance filing = new EngineActions(engine).file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        // a regional manager sees the approval task of a filing in the region through the checks, a rep of another region does not
        assertThat(new EngineActions(engine).as("manager1",
                () -> taskService.createTaskQuery().processInstanceId(filing.getId()).count())).isEqualTo(1);
        assertThat(new EngineActions(engine).as("rep2",
                () -> taskService.createTaskQuery().processInstanceId(filing.getId()).count())).isZero();
    }

    @Test
    void aNewTasksCandidatesAreGrantedItWithoutALookUpAndAnExistingTasksGrantIsStillExtended() {
        assertThat(configuration().getResourceAuthorizationProvider()).isInstanceOf(NewTaskGrantsWithoutLookup.class);
        ProcessInstance filing = new EngineActions(engine).file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        Task approval = taskService.createTaskQuery().processInstanceId(filing.getId()).taskDefinitionKey("approve-filing")
                .singleResult();
        List<String> candidates = taskService.getIdentityLinksForTask(approval.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getUserId).toList();
        assertThat(candidates).isNotEmpty();

        for (String candidate : candidates) {
            assertThat(grants(candidate, approval.getId())).singleElement().satisfies(grant -> {
                assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue();
                assertThat(grant.isPermissionGranted(configuration().getDefaultUserPermissionForTask())).isTrue();
            });
        }

        // the task is in the database now: making a candidate its assignee finds and extends the grant the candidate has
        taskService.setAssignee(approval.getId(), candidates.get(0));
        assertThat(grants(candidates.get(0), approval.getId())).hasSize(1);
    }

    @Test
    void aNewCasesReadersAreGrantedItsInstanceAndHistoryWithoutEntriesInTheOperationLog() {
        long loggedGrants = historyService.createUserOperationLogQuery().entityType(EntityTypes.AUTHORIZATION).count();
        ProcessInstance filing = new EngineActions(engine).file("rep1", Filings.enterprise(EngineActions.nextCustomer()));

        AuthorizationService authorizations = engine.getAuthorizationService();
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE).resourceId(filing.getId())
                .userIdIn("rep1").list()).singleElement()
                .satisfies(grant -> assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue());
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
                .resourceId(filing.getId()).userIdIn("rep1").list()).singleElement().satisfies(grant -> {
                    assertThat(grant.isPermissionGranted(HistoricProcessInstancePermissions.READ)).isTrue();
                    assertThat(grant.getRootProcessInstanceId()).isEqualTo(filing.getId());
                });
        assertThat(new EngineActions(engine).as("rep1", () -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(filing.getId()).count())).isEqualTo(1);
        assertThat(historyService.createUserOperationLogQuery().entityType(EntityTypes.AUTHORIZATION).count())
                .isEqualTo(loggedGrants);
    }

    @Test
    void aTransientObjectIsKeptAsTheObjectWhileStoredOrSerializedOnesGoToTheUsualSerializers() {
        List<String> handedOver = new ArrayList<>(List.of("a", "b"));
        ObjectValue transientObject = Variables.objectValue(handedOver, true).create();
        ObjectValue storedObject = Variables.objectValue(handedOver).create();
        ObjectValue transientButSerialized = Variables.serializedObjectValue("[\"a\"]").serializationDataFormat("application/json")
                .objectTypeName(ArrayList.class.getName()).setTransient(true).create();

        List<TypedValueSerializer<?>> chosen = configuration().getCommandExecutorTxRequired().execute(context -> Stream
                .of(transientObject, storedObject, transientButSerialized)
                .<TypedValueSerializer<?>>map(value -> configuration().getVariableSerializers().findSerializerForValue(value))
                .toList());

        assertThat(chosen.get(0)).isInstanceOf(TransientObjectsUnserialized.class);
        assertThat(chosen.get(1)).isNotInstanceOf(TransientObjectsUnserialized.class);
        assertThat(chosen.get(2)).isNotInstanceOf(TransientObjectsUnserialized.class);
    }

    @Test
    void aTransientValueWithoutTypeIsKeptAsTheObjectUnlessCamundaStoresItAsAPrimitive() {
        List<String> handedOver = new ArrayList<>(List.of("a", "b"));
        List<TypedValue> values = List.of(Variables.untypedValue(handedOver, true), Variables.untypedValue(handedOver),
                Variables.untypedValue("text", true), Variables.untypedValue(42L, true));

        List<TypedValueSerializer<?>> chosen = configuration().getCommandExecutorTxRequired().execute(context -> values.stream()
                .<TypedValueSerializer<?>>map(value -> configuration().getVariableSerializers().findSerializerForValue(value))
                .toList());

        assertThat(chosen.get(0)).as("a business rule task's decisionResult, say").isInstanceOf(TransientObjectsUnserialized.class);
        assertThat(chosen.subList(1, 4)).noneMatch(TransientObjectsUnserialized.class::isInstance);
        assertThat(chosen.get(2).getType()).isEqualTo(ValueType.STRING);
        assertThat(chosen.get(3).getType()).isEqualTo(ValueType.LONG);
    }

    @Test
    void theLatestDecisionTablesAreReadOnceATransactionAndAgainAfterADeploymentInIt() throws IOException {
        assertThat(configuration().getDeploymentCache()).isInstanceOf(LatestDecisionsOncePerTransaction.class);
        String table = Files.readString(Path.of("dmn", "filing-deadlines.dmn"));
        TransactionTemplate anotherTransaction = new TransactionTemplate(transactions);
        anotherTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        int shipped = latestVersion("filing-deadlines");
        List<String> deployments = new ArrayList<>();
        try {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                assertThat(latestVersion("filing-deadlines")).isEqualTo(shipped);
                deployments.add(anotherTransaction.execute(other -> deployDeadlines(table)));
                assertThat(latestVersion("filing-deadlines")).as("the answer this transaction read").isEqualTo(shipped);
                deployments.add(deployDeadlines(table));
                assertThat(latestVersion("filing-deadlines")).as("asked again after its own deployment").isEqualTo(shipped + 2);
            });
            assertThat(latestVersion("filing-deadlines")).isEqualTo(shipped + 2);
        } finally {
            deployments.forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment, true));
        }
        assertThat(latestVersion("filing-deadlines")).isEqualTo(shipped);
        assertThatThrownBy(() -> latestVersion("no-such-table")).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("no-such-table");
    }

    private int latestVersion(String decisionKey) {
        return configuration().getCommandExecutorTxRequired().execute(context -> configuration().getDeploymentCache()
                .findDeployedLatestDecisionDefinitionByKeyAndTenantId(decisionKey, null).getVersion());
    }

    private String deployDeadlines(String table) {
        return engine.getRepositoryService().createDeployment().name("latest-decisions-test")
                .addString("filing-deadlines.dmn", table).deploy().getId();
    }

    @Test
    void theEnginesOwnEventsAreNotPublishedAsSpringEvents() {
        assertThat(Stream.of(configuration().getCustomHistoryEventHandlers()).filter(Objects::nonNull).flatMap(List::stream))
                .noneMatch(PublishHistoryEventHandler.class::isInstance);
        assertThat(Stream.of(configuration().getCustomPreBPMNParseListeners(), configuration().getCustomPostBPMNParseListeners())
                .filter(Objects::nonNull).flatMap(List::stream))
                .noneMatch(PublishDelegateParseListener.class::isInstance);
    }

    private List<Authorization> grants(String user, String taskId) {
        return engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId)
                .userIdIn(user).list();
    }

    @Test
    void aStartingInstanceHasItsJobDefinitionsLoadedForTheJobsItCreates() {
        List<JobDefinitionEntity> cached = configuration().getCommandExecutorTxRequired().execute(context -> {
            new EngineActions(engine).file("rep1", Filings.enterprise(EngineActions.nextCustomer())); // reuses this command's context
            return context.getDbEntityManager().getCachedEntitiesByType(JobDefinitionEntity.class);
        });

        String filingDefinition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("customer-filing").latestVersion().singleResult().getId();
        assertThat(cached).extracting(JobDefinitionEntity::getId).containsExactlyInAnyOrderElementsOf(engine.getManagementService()
                .createJobDefinitionQuery().processDefinitionId(filingDefinition).list().stream().map(JobDefinition::getId).toList());
    }

    @Test
    void aNodeHasItsLatestProcessesParsedBeforeItTakesRequests() {
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list())
                .isNotEmpty()
                .allSatisfy(definition -> assertThat(configuration().getDeploymentCache().getProcessDefinitionCache()
                        .get(definition.getId())).as(definition.getKey()).isNotNull());
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
