package io.baobei.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.baobei.conduct.SuspensionService;
import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/** A refused filing is an answer, not an error in the log; a failure inside an engine command still is. */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class BusinessRefusalLoggingTest {

    private static final String ENGINE_ERROR = "ENGINE-16004";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    SuspensionService suspensions;

    @Test
    void aSuspendedRepsFilingIsRefusedWithoutAnErrorInTheLog(CapturedOutput output) {
        suspensions.suspend("rep3", "暂停报备权限（SALES_VIOLATION）", null);
        try {
            ResponseEntity<String> refused = file("rep3", Filings.enterprise(EngineActions.nextCustomer()));

            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(output.getAll()).doesNotContain(ENGINE_ERROR).doesNotContain("FilingRefusedException");
        } finally {
            suspensions.lift("rep3", "hr1");
        }
    }

    @Test
    void refilingAHeldCustomerIsAConflictWithoutAnErrorInTheLog(CapturedOutput output) {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        assertThat(file("rep1", customer).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<String> again = file("rep1", customer);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(output.getAll()).doesNotContain(ENGINE_ERROR).doesNotContain("AlreadyFiledException");
    }

    @Test
    void anUnexpectedFailureInsideTheEngineIsStillLoggedAsAnError(CapturedOutput output) {
        Command<Void> failing = commandContext -> {
            throw new IllegalStateException("a real failure");
        };

        assertThatThrownBy(() -> ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(failing)).hasMessage("a real failure");

        assertThat(output.getAll()).containsPattern("ERROR.*" + ENGINE_ERROR + ".*a real failure");
    }

    private ResponseEntity<String> file(String rep, Map<String, Object> filing) {
        return http.withBasicAuth(rep, DemoUsers.PASSWORD).postForEntity("/api/filings", filing, String.class);
    }
}
