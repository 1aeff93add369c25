package io.baobei.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What ../shared/tools/model-lint checks, inside mvn verify: the models refer to forms, decisions and
 * beans that exist, bind them {@code latest}, and carry a history time to live.
 */
class ModelConsistencyTest {

    private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{([a-zA-Z][a-zA-Z0-9]*)}");

    static List<BpmnModelInstance> processes = new ArrayList<>();
    static Set<String> forms = new HashSet<>();
    static Set<String> decisions = new HashSet<>();
    static List<DmnModelInstance> dmns = new ArrayList<>();

    @BeforeAll
    static void readModels() throws IOException {
        for (Path file : files("bpmn", ".bpmn")) {
            processes.add(Bpmn.readModelFromFile(file.toFile()));
        }
        for (Path file : files("dmn", ".dmn")) {
            DmnModelInstance dmn = Dmn.readModelFromFile(file.toFile());
            dmns.add(dmn);
            dmn.getModelElementsByType(Decision.class).forEach(d -> decisions.add(d.getId()));
            // parses as the engine would, FEEL entries included
            new DefaultDmnEngineConfiguration().buildEngine().parseDecisions(dmn);
        }
        ObjectMapper json = new ObjectMapper();
        for (Path file : files("forms", ".form")) {
            JsonNode form = json.readTree(file.toFile());
            assertThat(form.path("id").asText()).as(file + " has an id").isNotBlank();
            assertThat(forms.add(form.path("id").asText())).as(file + " id is unique").isTrue();
        }
        assertThat(processes).isNotEmpty();
    }

    @Test
    void processesAreExecutableAndExpireFromHistory() {
        for (BpmnModelInstance model : processes) {
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.isExecutable()).as(process.getId()).isTrue();
                assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
            }
        }
    }

    @Test
    void everyUserTaskHasAnExistingFormBoundLatestAndSomeoneToDoIt() {
        for (BpmnModelInstance model : processes) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as(task.getId() + " form").isIn(forms);
                assertThat(task.getCamundaFormRefBinding()).as(task.getId() + " form binding").isEqualTo("latest");
                assertThat(task.getCamundaAssignee() != null || task.getCamundaCandidateUsers() != null
                        || task.getCamundaCandidateGroups() != null).as(task.getId() + " has someone to do it").isTrue();
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    assertThat(start.getCamundaFormRef()).as(start.getId()).isIn(forms);
                    assertThat(start.getCamundaFormRefBinding()).as(start.getId()).isEqualTo("latest");
                }
            }
        }
    }

    @Test
    void everyBusinessRuleTaskEvaluatesAnExistingDecisionBoundLatest() {
        for (BpmnModelInstance model : processes) {
            for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
                assertThat(task.getCamundaDecisionRef()).as(task.getId()).isIn(decisions);
                assertThat(task.getCamundaDecisionRefBinding()).as(task.getId()).isEqualTo("latest");
            }
        }
    }

    @Test
    void decisionsExpireFromHistory() {
        for (DmnModelInstance dmn : dmns) {
            for (Decision decision : dmn.getModelElementsByType(Decision.class)) {
                assertThat(decision.getCamundaHistoryTimeToLiveString()).as(decision.getId()).isNotBlank();
            }
        }
    }

    @Test
    void everyDelegateExpressionNamesABean() {
        Set<String> beans = componentBeanNames();
        for (BpmnModelInstance model : processes) {
            for (ModelElementInstance element : model.getModelElementsByType(model.getModel().getType(
                    org.camunda.bpm.model.bpmn.instance.FlowElement.class))) {
                String expression = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "delegateExpression");
                assertBean(beans, expression, element);
            }
            for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
                assertBean(beans, listener.getCamundaDelegateExpression(), listener.getParentElement().getParentElement());
            }
        }
    }

    private static void assertBean(Set<String> beans, String expression, ModelElementInstance where) {
        if (expression == null) {
            return;
        }
        Matcher bean = BEAN_EXPRESSION.matcher(expression);
        assertThat(bean.matches()).as(expression).isTrue();
        assertThat(bean.group(1)).as(where.getAttributeValue("id")).isIn(beans);
    }

    private static Set<String> componentBeanNames() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        Set<String> names = new HashSet<>();
        scanner.findCandidateComponents("io.baobei").forEach(definition ->
                names.add(AnnotationBeanNameGenerator.INSTANCE.generateBeanName(definition, new SimpleBeanDefinitionRegistry())));
        return names;
    }

    private static List<Path> files(String folder, String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of(folder))) {
            return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }
}
