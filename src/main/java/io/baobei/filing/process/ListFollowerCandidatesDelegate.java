package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.baobei.filing.FollowUpService;

/** {@code list-follower-candidates}: the region's reps as JSON options for the follower select. */
@Component
public class ListFollowerCandidatesDelegate implements JavaDelegate {

    private final FollowUpService followUps;
    private final ObjectMapper json;

    public ListFollowerCandidatesDelegate(FollowUpService followUps, ObjectMapper json) {
        this.followUps = followUps;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        var options = followUps.followerCandidates((String) execution.getVariable(FILING_ID));
        execution.setVariable(FOLLOWER_OPTIONS, SpinValues.jsonValue(json.writeValueAsString(options)).create());
    }
}
