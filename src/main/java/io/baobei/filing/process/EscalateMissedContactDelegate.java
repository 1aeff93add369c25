package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.filing.FollowUpService;
import io.baobei.platform.security.StaffDirectory;

/** {@code escalate-missed-contact}: still no first contact after the reminder; goes to the manager. */
@Component
public class EscalateMissedContactDelegate implements JavaDelegate {

    private final FollowUpService followUps;
    private final StaffDirectory staff;

    public EscalateMissedContactDelegate(FollowUpService followUps, StaffDirectory staff) {
        this.followUps = followUps;
        this.staff = staff;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUps.escalateMissedContact((String) execution.getVariable(FILING_ID));
        String follower = (String) execution.getVariable(FOLLOWER);
        execution.setVariable(FOLLOWER_NAME, follower == null ? null : staff.displayName(follower)); // the manager's form names them
    }
}
