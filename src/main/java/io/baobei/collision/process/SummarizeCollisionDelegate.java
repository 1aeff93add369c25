package io.baobei.collision.process;

import static io.baobei.collision.process.CollisionVariables.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.collision.Collision;
import io.baobei.collision.CollisionEvidence;
import io.baobei.collision.CollisionCaseService;
import io.baobei.collision.CollisionOutcomeService;
import io.baobei.collision.CollisionSummary;
import io.baobei.filing.FilingQueryService;
import io.baobei.platform.security.StaffDirectory;

/**
 * {@code summarize-collision} and {@code gather-arbitration-evidence}: both filings side by side for the
 * forms, and the inputs of {@code ownership-arbitration} as variables (kept with the case).
 */
@Component
public class SummarizeCollisionDelegate implements JavaDelegate {

    private final CollisionCaseService collisions;
    private final CollisionOutcomeService outcomes;
    private final CollisionEvidence evidence;
    private final CollisionSummary summary;
    private final StaffDirectory staff;
    private final FilingQueryService filings;

    public SummarizeCollisionDelegate(CollisionCaseService collisions, CollisionOutcomeService outcomes,
                                      CollisionEvidence evidence, CollisionSummary summary,
                                      StaffDirectory staff, FilingQueryService filings) {
        this.collisions = collisions;
        this.outcomes = outcomes;
        this.evidence = evidence;
        this.summary = summary;
        this.staff = staff;
        this.filings = filings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Collision collision = collisions.get((String) execution.getVariable(COLLISION_ID));
        Map<String, Object> inputs = evidence.arbitrationInputs(collision);
        execution.setVariables(inputs);
        execution.setVariable("collisionSummary", summary.markdown(collision, inputs));
        execution.setVariable("collisionKindLabel", collision.kind().label());
        execution.setVariable("proposalsSummary", outcomes.proposalsSummary(collision.id()));
        execution.setVariable("firstRepName", staff.displayName(collision.firstRep()));
        execution.setVariable("secondRepName", staff.displayName(collision.secondRep()));
        execution.setVariable("firstCustomerStage", filings.get(collision.firstFilingId()).customerStage().name());
    }
}
