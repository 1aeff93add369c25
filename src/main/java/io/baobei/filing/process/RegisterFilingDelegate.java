package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.filing.FilingRegistrationService;
import io.baobei.filing.FilingRequest;
import io.baobei.filing.FilingRequestParser;
import io.baobei.filing.Registration;
import io.baobei.filing.StartVariables;
import io.baobei.platform.security.CaseAccess;
import io.baobei.platform.security.StaffDirectory;

/**
 * {@code register-filing}: validates the start variables, stores the filing and claims its customer,
 * then replaces the customer data the start handed to the engine with masked display values.
 */
@Component
public class RegisterFilingDelegate implements JavaDelegate {

    private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final FilingRequestParser parser;
    private final FilingRegistrationService registration;
    private final StaffDirectory staff;
    private final CaseAccess caseAccess;
    private final Clock clock;

    public RegisterFilingDelegate(FilingRequestParser parser, FilingRegistrationService registration,
                                  StaffDirectory staff, CaseAccess caseAccess, Clock clock) {
        this.parser = parser;
        this.registration = registration;
        this.staff = staff;
        this.caseAccess = caseAccess;
        this.clock = clock;
    }

    private static List<String> concat(String filer, List<String> managers) {
        List<String> readers = new ArrayList<>(managers);
        readers.add(filer);
        return readers;
    }

    /** The authenticated user files; a start variable cannot file in someone else's name. */
    private static String filer(DelegateExecution execution) {
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return (String) execution.getVariable(FILER);
    }

    @Override
    public void execute(DelegateExecution execution) {
        String filer = filer(execution);
        if (filer != null) {
            registration.requireAllowedToFile(filer); // a suspended rep is refused whatever they typed
        }
        FilingRequest request = parser.parse(StartVariables.read(execution));
        Registration filed = registration.register(request, filer, execution.getProcessInstanceId());
        execution.setVariable(FILER, filer);
        execution.setVariable(FILER_NAME, filer == null ? null : staff.displayName(filer));

        execution.setProcessBusinessKey(filed.filingId());
        execution.setVariable(FILING_ID, filed.filingId());
        execution.setVariable(FILING_STATUS, filed.status().name());
        execution.setVariable("lateFiling", filed.late());
        execution.setVariable(CUSTOMER_STAGE, request.customerStage().name());
        execution.setVariable("visitTime", request.visitTime().atZoneSameInstant(clock.getZone()).format(LOCAL_MINUTES));
        execution.setVariable(VISIT_TIME_DISPLAY, display(request.visitTime(), clock.getZone()));
        List<String> managers = staff.managersOf(request.region());
        caseAccess.grantRead(execution.getProcessInstanceId(), concat(filer, managers));
        if (filed.collided()) {
            execution.setVariable("protectedByFilingId", filed.conflict().holderFilingId());
            execution.setVariable("matchedBy", filed.conflict().matchedBy().name());
            execution.setVariable("formerOwnerFollowing", filed.conflict().formerOwnerFollowing());
        }
        MaskedCustomerVariables.write(execution, request.customer(), request.expectedAmount());
    }
}
