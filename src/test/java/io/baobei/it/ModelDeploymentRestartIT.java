package io.baobei.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;


import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.baobei.platform.deployment.ClasspathModels;
import io.baobei.platform.deployment.ModelDeployer;
import io.baobei.platform.deployment.ModelResource;
import io.baobei.support.AppInstances;
import io.baobei.support.EmbeddedPostgresDatabases;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/**
 * The deployment trap (CAMUNDA-NOTES, "Deployment"): a rule table an analyst deployed stays
 * {@code latest} across restarts and across a BPMN-only change of the application's models, because
 * the application deploys its classpath models under its own name with changed-only filtering. Also:
 * the application's resources have stable names, every classpath model is deployed, analysts may
 * deploy decision tables only, and a DMN without history TTL gets the engine default (180 days).
 */
class ModelDeploymentRestartIT {

    private static final String ANALYST = "analyst1";
    private static final String PROCESS_NAME_CHANGED = "客户报备（流程图修订）";

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void analystsRuleTableSurvivesRestartsAndBpmnOnlyChanges() {
        String url = EmbeddedPostgresDatabases.newDatabase("deployments");
        JdbcTemplate jdbc = new JdbcTemplate(EmbeddedPostgresDatabases.dataSource(url));
        List<ModelResource> classpathModels = new ClasspathModels().load();
        String originalProcessName;

        try (ConfigurableApplicationContext a = AppInstances.start(url, "deployNodeA")) {
            ProcessEngine engine = AppInstances.engine(a);
            RepositoryService repository = engine.getRepositoryService();
            Assertions.assertThat(appDeployments(repository)).hasSize(1);
            assertStableNames(repository);
            assertEveryClasspathModelIsLatest(repository, classpathModels);
            Assertions.assertThat(inquiryDays(engine)).as("the repository's table").isEqualTo(7);
            originalProcessName = latestProcess(repository).getName();

            Deployment analysts = new EngineActions(engine).as(ANALYST, () -> repository.createDeployment()
                    .name("保护期调整（分析员）")
                    .source("Camunda Modeler")
                    .addString("protection-period.dmn", protectionPeriodWithInquiryDays(classpathModels, 10))
                    .deploy());
            Assertions.assertThat(repository.getDeploymentResourceNames(analysts.getId()))
                    .containsExactly("protection-period.dmn");
            Assertions.assertThat(inquiryDays(engine)).as("the analyst's table is latest").isEqualTo(10);

            assertAnalystMayNotDeployProcesses(engine);
            assertDmnWithoutHistoryTimeToLiveGetsTheEngineDefault(engine);
        }

        try (ConfigurableApplicationContext b = AppInstances.start(url, "deployNodeB")) {
            ProcessEngine engine = AppInstances.engine(b);
            RepositoryService repository = engine.getRepositoryService();
            Assertions.assertThat(inquiryDays(engine)).as("after a restart").isEqualTo(10);
            Assertions.assertThat(appDeployments(repository)).as("nothing changed, nothing redeployed").hasSize(1);

            // a developer changes only the BPMN (here: the process name) and the app deploys its models
            List<ModelResource> bpmnChanged = classpathModels.stream()
                    .map(m -> m.name().equals("bpmn/customer-filing.bpmn")
                            ? new ModelResource(m.name(), withProcessName(m.content(), PROCESS_NAME_CHANGED)) : m)
                    .toList();
            DeploymentWithDefinitions changed = new ModelDeployer(repository).deploy(bpmnChanged);

            Assertions.assertThat(repository.getDeploymentResourceNames(changed.getId()))
                    .as("changed-only: the new deployment holds the BPMN alone").containsExactly("bpmn/customer-filing.bpmn");
            Assertions.assertThat(latestProcess(repository).getName()).isEqualTo(PROCESS_NAME_CHANGED);
            Assertions.assertThat(appDeployments(repository)).hasSize(2);
            Assertions.assertThat(inquiryDays(engine)).as("after a BPMN-only change").isEqualTo(10);
        }

        try (ConfigurableApplicationContext c = AppInstances.start(url, "deployNodeC")) {
            ProcessEngine engine = AppInstances.engine(c);
            RepositoryService repository = engine.getRepositoryService();
            Assertions.assertThat(inquiryDays(engine)).as("after a BPMN-only change and a restart").isEqualTo(10);
            Assertions.assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("protection-period")
                    .count()).as("the classpath DMN was never redeployed").isEqualTo(2);

            // the repository's BPMN differs from the one deployed last, so it is latest again
            Assertions.assertThat(latestProcess(repository).getName()).isEqualTo(originalProcessName);
            Assertions.assertThat(appDeployments(repository)).hasSize(3);
            assertStableNames(repository);
            assertEveryClasspathModelIsLatest(repository, classpathModels);

            // and the process uses the analyst's table: an inquiry is protected for 10 days
            EngineActions.setClock(EngineActions.NOW);
            ProcessInstance filed = new EngineActions(engine).file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
            OffsetDateTime protectedUntil = jdbc.queryForObject(
                    "select protected_until from filing where process_instance_id = ?", OffsetDateTime.class, filed.getId());
            Assertions.assertThat(protectedUntil.toInstant()).isEqualTo(EngineActions.NOW.plusDays(10).toInstant());
        }
    }

    private static void assertAnalystMayNotDeployProcesses(ProcessEngine engine) {
        RepositoryService repository = engine.getRepositoryService();
        long deployments = repository.createDeploymentQuery().count();
        BpmnModelInstance process = Bpmn.createExecutableProcess("analyst-process").camundaHistoryTimeToLive(180)
                .startEvent().endEvent().done();
        Assertions.assertThatThrownBy(() -> new EngineActions(engine).as(ANALYST, () -> repository.createDeployment()
                        .name("分析员的流程")
                        .addModelInstance("analyst-process.bpmn", process)
                        .addString("analyst-draft.dmn", draftDecisionWithoutHistoryTimeToLive("analyst-draft-refused"))
                        .deploy()))
                .isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("analyst-process.bpmn");
        Assertions.assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        Assertions.assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("analyst-process").count()).isZero();
    }

    private static void assertDmnWithoutHistoryTimeToLiveGetsTheEngineDefault(ProcessEngine engine) {
        RepositoryService repository = engine.getRepositoryService();
        new EngineActions(engine).as(ANALYST, () -> repository.createDeployment()
                .name("草稿（无历史保留期）")
                .addString("analyst-draft.dmn", draftDecisionWithoutHistoryTimeToLive("analyst-draft"))
                .deploy());
        DecisionDefinition draft = repository.createDecisionDefinitionQuery().decisionDefinitionKey("analyst-draft")
                .latestVersion().singleResult();
        Assertions.assertThat(draft.getHistoryTimeToLive()).as("engine default P180D").isEqualTo(180);
        Assertions.assertThat(engine.getDecisionService().evaluateDecisionTableByKey("analyst-draft")
                .variables(Variables.createVariables().putValue("customerStage", "INQUIRY"))
                .evaluate().getSingleResult().<Number>getSingleEntry().intValue()).isEqualTo(7);
    }

    private static int inquiryDays(ProcessEngine engine) {
        return engine.getDecisionService().evaluateDecisionTableByKey("protection-period")
                .variables(Variables.createVariables().putValue("customerStage", "INQUIRY"))
                .evaluate().getSingleResult().<Number>getSingleEntry().intValue();
    }

    private static List<Deployment> appDeployments(RepositoryService repository) {
        return repository.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
                .orderByDeploymentTime().asc().list();
    }

    private static ProcessDefinition latestProcess(RepositoryService repository) {
        return repository.createProcessDefinitionQuery().processDefinitionKey("customer-filing").latestVersion().singleResult();
    }

    /** The app's resources are named by folder and file ({@code bpmn/…}, {@code dmn/…}, {@code forms/…}), never by path. */
    private static void assertStableNames(RepositoryService repository) {
        for (Deployment deployment : appDeployments(repository)) {
            Assertions.assertThat(deployment.getSource()).isEqualTo(ModelDeployer.DEPLOYMENT_SOURCE);
            Assertions.assertThat(repository.getDeploymentResourceNames(deployment.getId()))
                    .isNotEmpty()
                    .allMatch(name -> name.matches("(bpmn/[^/]+\\.bpmn|dmn/[^/]+\\.dmn|forms/[^/]+\\.form)"),
                            "bpmn/x.bpmn, dmn/x.dmn or forms/x.form");
        }
    }

    /** Each classpath model is deployed, and the copy deployed last under the app's name is the classpath's. */
    private static void assertEveryClasspathModelIsLatest(RepositoryService repository, List<ModelResource> models) {
        Assertions.assertThat(models).extracting(ModelResource::name)
                .contains("bpmn/customer-filing.bpmn", "dmn/protection-period.dmn", "dmn/approval-routing.dmn",
                        "dmn/filing-deadlines.dmn", "forms/filing-start.form");
        List<Deployment> newestFirst = new ArrayList<>(appDeployments(repository));
        java.util.Collections.reverse(newestFirst);
        for (ModelResource model : models) {
            Deployment holder = newestFirst.stream()
                    .filter(d -> repository.getDeploymentResourceNames(d.getId()).contains(model.name()))
                    .findFirst().orElse(null);
            Assertions.assertThat(holder).as("%s is deployed", model.name()).isNotNull();
            Assertions.assertThat(read(repository.getResourceAsStream(holder.getId(), model.name())))
                    .as("%s as deployed last equals the classpath file", model.name()).isEqualTo(model.content());
        }
    }

    /** The classpath {@code protection-period} table with another INQUIRY period, as an analyst edits it in Modeler. */
    private static String protectionPeriodWithInquiryDays(List<ModelResource> models, int days) {
        ModelResource dmn = models.stream().filter(m -> m.name().equals("dmn/protection-period.dmn")).findFirst().orElseThrow();
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(dmn.content()));
        Decision decision = model.getModelElementById("protection-period");
        DecisionTable table = (DecisionTable) decision.getExpression();
        int changed = 0;
        for (Rule rule : table.getRules()) {
            if (rule.getInputEntries().iterator().next().getText().getTextContent().trim().equals("\"INQUIRY\"")) {
                rule.getOutputEntries().iterator().next().getText().setTextContent(Integer.toString(days));
                changed++;
            }
        }
        Assertions.assertThat(changed).as("one INQUIRY rule in protection-period").isEqualTo(1);
        return Dmn.convertToString(model);
    }

    private static byte[] withProcessName(byte[] bpmn, String name) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
        Process process = model.getModelElementById("customer-filing");
        process.setName(name);
        return Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
    }

    /** A decision table as Camunda Modeler writes it when the history time to live is left empty. */
    private static String draftDecisionWithoutHistoryTimeToLive(String decisionId) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="%1$s-definitions" name="草稿" namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="%1$s" name="分析员草稿">
                    <decisionTable id="%1$s-table" hitPolicy="UNIQUE">
                      <input id="%1$s-input" label="客户阶段">
                        <inputExpression id="%1$s-input-expression" typeRef="string"><text>customerStage</text></inputExpression>
                      </input>
                      <output id="%1$s-output" name="protectionDays" typeRef="integer" />
                      <rule id="%1$s-rule">
                        <inputEntry id="%1$s-rule-input"><text>"INQUIRY"</text></inputEntry>
                        <outputEntry id="%1$s-rule-output"><text>7</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(decisionId);
    }

    private static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
