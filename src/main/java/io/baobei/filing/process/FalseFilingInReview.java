package io.baobei.filing.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import io.baobei.filing.FalseFilings;
import io.baobei.filing.FilingStatus;
import io.baobei.platform.security.WithoutAuthorization;

/**
 * Rule X1b for the monthly sample review: the filing found false is voided, and its {@code customer-filing}
 * process, wherever it stands (pending, following, keeping a signed customer), ends through its
 * {@code filing-found-false} event, which cancels its tasks and timers.
 */
@Component
public class FalseFilingInReview {

    static final String FOUND_FALSE = "filing-found-false";

    private final FalseFilings falseFilings;
    private final RuntimeService runtimeService;
    private final WithoutAuthorization withoutAuthorization;

    public FalseFilingInReview(FalseFilings falseFilings, RuntimeService runtimeService, WithoutAuthorization withoutAuthorization) {
        this.falseFilings = falseFilings;
        this.runtimeService = runtimeService;
        this.withoutAuthorization = withoutAuthorization;
    }

    public void voidAndEndProcess(String filingId, String reviewer, String reason) {
        falseFilings.voidFoundInReview(filingId, reviewer, reason);
        withoutAuthorization.run(() -> runtimeService.createMessageCorrelation(FOUND_FALSE)
                .processInstanceBusinessKey(filingId)
                .setVariable(FilingVariables.FILING_STATUS, FilingStatus.VOID.name())
                .correlateAll());
    }
}
