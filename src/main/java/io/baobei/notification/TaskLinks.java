package io.baobei.notification;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import io.baobei.platform.security.WithoutAuthorization;

/**
 * The Tasklist link of the recipient's open task on the case a notification is about (a filing or a
 * collision, whose id is the process's business key). Looked up when the message is read, so the link
 * leads to the task that is open now, and to none once it is done.
 */
@Component
public class TaskLinks {

    static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";
    private static final Pattern CASE_LINK = Pattern.compile("^/api/(?:filings|collisions)/([^/?#]+)$");

    private final TaskService taskService;
    private final WithoutAuthorization withoutAuthorization;

    public TaskLinks(TaskService taskService, WithoutAuthorization withoutAuthorization) {
        this.taskService = taskService;
        this.withoutAuthorization = withoutAuthorization;
    }

    public Optional<String> of(String recipient, String caseLink) {
        if (caseLink == null) {
            return Optional.empty();
        }
        Matcher matcher = CASE_LINK.matcher(caseLink);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String businessKey = matcher.group(1);
        return withoutAuthorization.call(() -> openTask(recipient, businessKey)).map(task -> TASKLIST + task.getId());
    }

    private Optional<Task> openTask(String recipient, String businessKey) {
        Optional<Task> assigned = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).active()
                .taskAssignee(recipient).orderByTaskCreateTime().desc().list().stream().findFirst();
        if (assigned.isPresent()) {
            return assigned;
        }
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).active()
                .taskCandidateUser(recipient).orderByTaskCreateTime().desc().list().stream().findFirst();
    }
}
