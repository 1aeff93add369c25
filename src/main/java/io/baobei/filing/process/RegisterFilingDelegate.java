package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import io.baobei.filing.FilingDisplay;
import io.baobei.filing.FilingRegistrationService;
import io.baobei.filing.FilingRequest;
import io.baobei.filing.FilingRequestParser;
import io.baobei.filing.StartVariables;
import io.baobei.filing.Registration;
import io.baobei.platform.security.CaseAccess;
import io.baobei.platform.security.StaffDirectory;

/**
 * {@code register-filing}: stores the filing with this process's id and claims its customer (the service
 * decides the status); the process then holds the filing's id and status, one masked {@link FilingDisplay} for
 * the forms (stored here when the case waits for a collision, else by start-protection with the end of protection),
 * and, for this transaction only, what its decisions and a collision need.
 */
@Component
public class RegisterFilingDelegate implements JavaDelegate {

    private final FilingRequestParser parser;
    private final FilingRegistrationService registration;
    private final StaffDirectory staff;
    private final CaseAccess caseAccess;
    private final Clock clock;

    public RegisterFilingDelegate(FilingRequestParser parser, FilingRegistrationService registration, StaffDirectory staff,
                                  CaseAccess caseAccess, Clock clock) {
        this.parser = parser;
        this.registration = registration;
        this.staff = staff;
        this.caseAccess = caseAccess;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String filer = filer(execution);
        StartVariables.Start start = StartVariables.request(execution, parser);
        FilingRequest request = start.request();
        Registration filed = registration.register(request, filer, execution.getProcessInstanceId());

        execution.setProcessBusinessKey(filed.filingId());
        execution.setVariable(FILING_ID, filed.filingId());
        execution.setVariable(FILING_STATUS, filed.status().name());
        FilingDisplay display = FilingDisplay.of(request, staff.displayName(filer), filed.late(), clock.getZone());
        DecisionInputs.set(execution, request, start.removed());
        if (filed.collided()) { // read by open-collision, next in this transaction; the decisions come after the outcome
            DisplayVariable.write(execution, display);
            DecisionInputs.forget(execution);
            execution.setVariable("protectedByFilingId", Variables.stringValue(filed.conflict().holderFilingId(), true));
            execution.setVariable("matchedBy", Variables.stringValue(filed.conflict().matchedBy().name(), true));
            execution.setVariable("formerOwnerFollowing", Variables.booleanValue(filed.conflict().formerOwnerFollowing(), true));
        } else {
            DisplayVariable.handOver(execution, display); // start-protection, later in this transaction, stores it
        }
        List<String> readers = new ArrayList<>(staff.managersOf(request.region()));
        readers.add(filer);
        caseAccess.grantReadOnNewCase(execution.getProcessInstanceId(), readers);
    }

    /** The authenticated user files; a start variable cannot file in someone else's name. */
    private static String filer(DelegateExecution execution) {
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return (String) execution.getVariable(FILER);
    }
}
