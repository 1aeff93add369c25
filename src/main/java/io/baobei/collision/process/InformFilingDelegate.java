package io.baobei.collision.process;

import static io.baobei.collision.process.CollisionVariables.*;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.collision.CollisionOutcomeService;
import io.baobei.collision.FilingNotice;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.process.FilingReinstatement;

/**
 * {@code inform-first-filing} / {@code inform-second-filing} (input {@code firstFiling}): brings the outcome
 * to that filing's process wherever it stands. These steps run asynchronously with retries, so a process
 * not yet waiting or an optimistic-locking clash is retried instead of undoing the decision.
 */
@Component
public class InformFilingDelegate implements JavaDelegate {

    private final CollisionOutcomeService collisions;
    private final FilingQueryService filings;
    private final RuntimeService runtimeService;
    private final FilingReinstatement reinstatement;

    public InformFilingDelegate(CollisionOutcomeService collisions, FilingQueryService filings, RuntimeService runtimeService,
                                FilingReinstatement reinstatement) {
        this.collisions = collisions;
        this.filings = filings;
        this.runtimeService = runtimeService;
        this.reinstatement = reinstatement;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean firstFiling = Boolean.TRUE.equals(execution.getVariable("firstFiling"));
        FilingNotice notice = collisions.noticeFor((String) execution.getVariable(COLLISION_ID), firstFiling);
        if (notice == null) {
            return; // the reporter never filed
        }
        if (FilingNotice.REINSTATED.equals(notice.message())) {
            reinstatement.restartAtFollowUp(notice.filingId());
            return;
        }
        int reached = runtimeService.createMessageCorrelation(notice.message())
                .processInstanceBusinessKey(notice.filingId())
                .setVariable("filingStatus", filings.get(notice.filingId()).status().name())
                .setVariable("collisionResolution", execution.getVariable(RESOLUTION))
                .correlateAllWithResult()
                .size();
        boolean stillRunning = runtimeService.createProcessInstanceQuery().processDefinitionKey("customer-filing")
                .processInstanceBusinessKey(notice.filingId()).active().count() > 0;
        if (reached == 0 && stillRunning) {
            throw new IllegalStateException("Filing process " + notice.filingId() + " is not yet waiting for "
                    + notice.message() + "; retrying");
        }
    }
}
