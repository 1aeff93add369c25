package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import io.baobei.filing.Filing;
import io.baobei.filing.FilingDisplay;
import io.baobei.filing.FilingDisplays;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.FilingRegistrationService;
import io.baobei.platform.security.CaseAccess;
import io.baobei.platform.security.StaffDirectory;
import io.baobei.platform.security.WithoutAuthorization;

/**
 * Rule F8: the customer chose the rep whose filing had lapsed. Its process had ended, so a new
 * {@code customer-filing} instance starts right at {@code follow-up}, inside a new protected scope whose
 * lapse timer is due at the reinstated filing's {@code protectedUntil}.
 */
@Component
public class FilingReinstatement {

    private final RuntimeService runtimeService;
    private final DecisionService decisionService;
    private final WithoutAuthorization withoutAuthorization;
    private final FilingQueryService filings;
    private final FilingRegistrationService registrations;
    private final FilingDisplays displays;
    private final StaffDirectory staff;
    private final CaseAccess caseAccess;

    public FilingReinstatement(RuntimeService runtimeService, DecisionService decisionService,
                               WithoutAuthorization withoutAuthorization, FilingQueryService filings,
                               FilingRegistrationService registrations, FilingDisplays displays,
                               StaffDirectory staff, CaseAccess caseAccess) {
        this.runtimeService = runtimeService;
        this.decisionService = decisionService;
        this.withoutAuthorization = withoutAuthorization;
        this.filings = filings;
        this.registrations = registrations;
        this.displays = displays;
        this.staff = staff;
        this.caseAccess = caseAccess;
    }

    public ProcessInstance restartAtFollowUp(String filingId) {
        Filing f = filings.get(filingId);
        Map<String, Object> variables = new HashMap<>();
        variables.put(FILING_ID, f.id());
        variables.put(FILING_STATUS, f.status().name());
        variables.put(FILER, f.filer());
        variables.put(FOLLOWER, f.follower());
        variables.put(CUSTOMER_STAGE, f.customerStage().name());
        variables.put(PROTECTED_UNTIL, date(f.protectedUntil()));
        variables.put(FilingDisplay.VARIABLE, DisplayVariable.value(displays.current(f)));
        // the scope's timers need the deadlines the skipped start evaluated (F8b warning, deposit moves)
        HashMap<String, Object> deadlines = withoutAuthorization.call(() -> new HashMap<>(decisionService
                .evaluateDecisionByKey("filing-deadlines").variables(Map.of("customerType", f.customerType().name()))
                .evaluate().getSingleResult().getEntryMap()));
        variables.put(DEADLINES, deadlines);
        variables.put(PROTECTION_WARNING_AT, ProtectionTimer.warningAt(deadlines, f.protectedUntil()));
        variables.put(FIRST_CONTACT_MADE, true);
        ProcessInstance instance = runtimeService.createProcessInstanceByKey("customer-filing")
                .businessKey(filingId)
                .setVariables(variables) // before the instruction: process variables, there when the lapse timer is set
                .startBeforeActivity("follow-up")
                .execute();
        registrations.attachProcess(filingId, instance.getId());
        List<String> readers = new ArrayList<>(staff.managersOf(f.region()));
        readers.add(f.filer());
        readers.add(f.follower());
        caseAccess.grantRead(instance.getId(), readers.stream().filter(Objects::nonNull).toList());
        return instance;
    }
}
