package io.baobei.platform.engine;

import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import io.baobei.platform.security.WithoutAuthorization;

/** A user's open task on a case (a filing or a collision, whose id is its process's business key), and its Tasklist link. */
@Component
public class OpenTasks {

    private static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";

    private final TaskService taskService;
    private final WithoutAuthorization withoutAuthorization;

    public OpenTasks(TaskService taskService, WithoutAuthorization withoutAuthorization) {
        this.taskService = taskService;
        this.withoutAuthorization = withoutAuthorization;
    }

    public static String tasklistLink(Task task) {
        return TASKLIST + task.getId();
    }

    /** The newest task assigned to the user on the case, else the newest the user may claim. */
    public Optional<Task> of(String userId, String businessKey) {
        return withoutAuthorization.call(() -> {
            Optional<Task> assigned = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).active()
                    .taskAssignee(userId).orderByTaskCreateTime().desc().list().stream().findFirst();
            if (assigned.isPresent()) {
                return assigned;
            }
            return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).active()
                    .taskCandidateUser(userId).orderByTaskCreateTime().desc().list().stream().findFirst();
        });
    }
}
