package io.baobei.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.baobei.platform.deployment.ClasspathModels;
import io.baobei.platform.deployment.ModelResource;

/**
 * The fields a user task or a start event declares: the keys of its form ({@code camunda:formRef}). Forms
 * are deployed by the application only, from {@code forms/}, so they are read from there.
 */
@Component
public class DeclaredFields {

    private final RepositoryService repositoryService;
    private final WithoutAuthorization withoutAuthorization;
    private final Map<String, FormFields> formsById;

    public DeclaredFields(RepositoryService repositoryService, WithoutAuthorization withoutAuthorization) {
        this.repositoryService = repositoryService;
        this.withoutAuthorization = withoutAuthorization;
        this.formsById = readForms();
    }

    /** The task's form fields; {@link FormFields#NONE} for a task without a form. */
    public FormFields ofTask(String processDefinitionId, String taskDefinitionKey) {
        return formRef(processDefinitionId, taskDefinitionKey, UserTask.class, UserTask::getCamundaFormRef)
                .map(this::form).orElse(FormFields.NONE);
    }

    /** The fields of the process's start form, if its start event has one. */
    public Optional<FormFields> ofStart(String processDefinitionId) {
        return model(processDefinitionId).getModelElementsByType(StartEvent.class).stream()
                .filter(start -> start.getParentElement() instanceof Process)
                .map(StartEvent::getCamundaFormRef)
                .filter(ref -> ref != null)
                .findFirst()
                .map(this::form);
    }

    private <T extends ModelElementInstance> Optional<String> formRef(String processDefinitionId, String elementId,
                                                                     Class<T> type, Function<T, String> ref) {
        ModelElementInstance element = model(processDefinitionId).getModelElementById(elementId);
        return type.isInstance(element) ? Optional.ofNullable(ref.apply(type.cast(element))) : Optional.empty();
    }

    private BpmnModelInstance model(String processDefinitionId) {
        return withoutAuthorization.call(() -> repositoryService.getBpmnModelInstance(processDefinitionId));
    }

    private FormFields form(String formId) {
        return formsById.getOrDefault(formId, FormFields.NONE);
    }

    private static Map<String, FormFields> readForms() {
        ObjectMapper json = new ObjectMapper();
        Map<String, FormFields> forms = new HashMap<>();
        for (ModelResource resource : new ClasspathModels().load()) {
            if (!resource.name().startsWith("forms/")) {
                continue;
            }
            try {
                JsonNode form = json.readTree(resource.content());
                Set<String> editable = new LinkedHashSet<>();
                Set<String> displayOnly = new LinkedHashSet<>();
                collectKeys(form.path("components"), editable, displayOnly);
                displayOnly.removeAll(editable);
                forms.put(form.path("id").asText(), new FormFields(Set.copyOf(editable), Set.copyOf(displayOnly)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read form " + resource.name(), e);
            }
        }
        return Map.copyOf(forms);
    }

    /** A group bound to a {@code path} submits its fields as one object under that name. */
    private static void collectKeys(JsonNode components, Set<String> editable, Set<String> displayOnly) {
        for (JsonNode component : components) {
            if (component.hasNonNull("path") && !component.path("path").asText().isEmpty()) {
                Set<String> nestedEditable = new LinkedHashSet<>();
                collectKeys(component.path("components"), nestedEditable, new LinkedHashSet<>());
                (nestedEditable.isEmpty() ? displayOnly : editable).add(component.get("path").asText());
                continue;
            }
            if (component.hasNonNull("key")) {
                boolean shown = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
                (shown ? displayOnly : editable).add(component.get("key").asText());
            }
            collectKeys(component.path("components"), editable, displayOnly);
        }
    }
}
