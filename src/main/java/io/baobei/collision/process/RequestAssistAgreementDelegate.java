package io.baobei.collision.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.collision.AssistService;
import io.baobei.filing.FilingAuthority;
import io.baobei.platform.security.CaseAccess;
import io.baobei.platform.security.StaffDirectory;

/**
 * {@code request-assist-agreement} in {@code customer-filing}: a signed filing that a colleague helped
 * close starts {@code assist-commission}, where the filer, the helper and the supervisor agree the split.
 */
@Component
public class RequestAssistAgreementDelegate implements JavaDelegate {

    private final AssistService assists;
    private final RuntimeService runtimeService;
    private final StaffDirectory staff;
    private final CaseAccess caseAccess;
    private final FilingAuthority filingAuthority;

    public RequestAssistAgreementDelegate(AssistService assists, RuntimeService runtimeService, StaffDirectory staff,
                                          CaseAccess caseAccess, FilingAuthority filingAuthority) {
        this.assists = assists;
        this.runtimeService = runtimeService;
        this.staff = staff;
        this.caseAccess = caseAccess;
        this.filingAuthority = filingAuthority;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String filingId = (String) execution.getVariable("filingId");
        assists.openAgreement(filingId).ifPresent(assist -> {
            String filer = (String) execution.getVariable("filer");
            var instance = runtimeService.createMessageCorrelation("assist-agreement-requested")
                    .processInstanceBusinessKey(filingId)
                    .setVariables(Map.of("filingId", filingId, "filer", filer, "helper", assist.helper(),
                            "filerName", staff.displayName(filer), "helperName", staff.displayName(assist.helper())))
                    .correlateStartMessage();
            List<String> readers = new ArrayList<>(List.of(filer, assist.helper()));
            readers.addAll(filingAuthority.managersOf(filingId));
            caseAccess.grantRead(instance.getId(), readers);
            execution.setVariable("assistedBy", assist.helper());
        });
    }
}
