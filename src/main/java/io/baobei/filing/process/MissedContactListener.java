package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.filing.FollowUpService;
import io.baobei.platform.engine.TaskActor;
import io.baobei.platform.security.CaseAccess;
import io.baobei.platform.security.WithoutAuthorization;

/**
 * Completing {@code handle-missed-contact}: the manager's note is recorded; a new follower takes over
 * the open {@code follow-up} task.
 */
@Component
public class MissedContactListener implements TaskListener {

    private final FollowUpService followUps;
    private final TaskService taskService;
    private final WithoutAuthorization withoutAuthorization;
    private final CaseAccess caseAccess;

    public MissedContactListener(FollowUpService followUps, TaskService taskService, WithoutAuthorization withoutAuthorization,
                                 CaseAccess caseAccess) {
        this.followUps = followUps;
        this.taskService = taskService;
        this.withoutAuthorization = withoutAuthorization;
        this.caseAccess = caseAccess;
    }

    @Override
    public void notify(DelegateTask task) {
        String newFollower = followUps.handleEscalation(task.getExecution().getProcessBusinessKey(), TaskActor.of(task), task.getVariables());
        if (newFollower == null) {
            return;
        }
        task.setVariable(FOLLOWER, newFollower);
        caseAccess.grantRead(task.getProcessInstanceId(), List.of(newFollower));
        withoutAuthorization.run(() -> taskService.createTaskQuery()
                .processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKey("follow-up")
                .list()
                .forEach(followUp -> taskService.setAssignee(followUp.getId(), newFollower)));
    }
}
