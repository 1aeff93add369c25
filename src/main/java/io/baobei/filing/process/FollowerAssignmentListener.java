package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.filing.FilingStatus;
import io.baobei.filing.FollowUpService;
import io.baobei.platform.engine.TaskActor;
import io.baobei.platform.security.CaseAccess;

/** Completing {@code assign-follower}: the follower must be a rep of the filing's region. */
@Component
public class FollowerAssignmentListener implements TaskListener {

    private final FollowUpService followUps;
    private final CaseAccess caseAccess;

    public FollowerAssignmentListener(FollowUpService followUps, CaseAccess caseAccess) {
        this.followUps = followUps;
        this.caseAccess = caseAccess;
    }

    @Override
    public void notify(DelegateTask task) {
        FilingStatus status = followUps.assignFollower(task.getExecution().getProcessBusinessKey(), TaskActor.of(task), task.getVariable(FOLLOWER));
        caseAccess.grantRead(task.getProcessInstanceId(), List.of(String.valueOf(task.getVariable(FOLLOWER))));
        task.setVariable(FILING_STATUS, status.name());
    }
}
