package io.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;
import static io.baobei.security.StaffHttp.variable;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.baobei.filing.FilingDisplay;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.FilingStatus;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/**
 * Issue 12 (3): who holds a task. A manager of another region cannot take or decide an approval, nobody
 * claims or hands a task to someone else, and a read-only field of a form changes nothing.
 */
@AppTest
class TaskClaimAttackTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    FilingQueryService filings;

    EngineActions actions;
    StaffHttp http;
    ProcessInstance filing;
    Task approval;

    @BeforeEach
    void anEastFilingWaitsForApproval() {
        actions = new EngineActions(engine);
        http = new StaffHttp(rest);
        filing = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        approval = actions.task(filing, "approve-filing");
    }

    @Test
    void aManagerOfAnotherRegionCannotClaimOrDecideAnEastApproval() {
        assertThat(http.post("manager2", "/engine-rest/task/" + approval.getId() + "/claim", Map.of("userId", "manager2"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> completion = http.post("manager2", "/engine-rest/task/" + approval.getId() + "/complete",
                Map.of("variables", Map.of("approved", variable(true))));
        assertThat(completion.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

        assertUntouched();
    }

    @Test
    void nobodyClaimsATaskForSomeoneElse() {
        ResponseEntity<String> answer = http.post("manager1", "/engine-rest/task/" + approval.getId() + "/claim",
                Map.of("userId", "rep1"));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getBody()).contains("AccessDeniedException");
        assertUntouched();
    }

    @Test
    void nobodyReassignsDelegatesOrRewritesATask() {
        String task = "/engine-rest/task/" + approval.getId();
        assertThat(http.post("manager1", task + "/assignee", Map.of("userId", "rep1")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.post("manager1", task + "/delegate", Map.of("userId", "rep1")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.post("manager1", task + "/identity-links", Map.of("userId", "rep1", "type", "candidate"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.put("manager1", task, Map.of("name", "x", "assignee", "rep1")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.post("rep1", "/engine-rest/task/create", Map.of("id", "forged", "assignee", "rep1"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertUntouched();
        assertThat(engine.getTaskService().createTaskQuery().taskId("forged").count()).isZero();
    }

    @Test
    void aReadOnlyFieldOfTheFormIsAcceptedAndChangesNothing() {
        String shown = String.valueOf(engine.getRuntimeService().getVariable(filing.getId(), FilingDisplay.VARIABLE));
        assertThat(http.post("manager1", "/engine-rest/task/" + approval.getId() + "/claim", Map.of("userId", "manager1"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // form-js submits the read-only group bound to the display object as one JSON value
        ResponseEntity<String> answer = http.post("manager1", "/engine-rest/task/" + approval.getId() + "/submit-form",
                Map.of("variables", Map.of("approved", variable(true),
                        FilingDisplay.VARIABLE, Map.of("type", "Json", "value", "{\"visitPurpose\":\"改写的拜访目的\"}"))));

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(String.valueOf(engine.getRuntimeService().getVariable(filing.getId(), FilingDisplay.VARIABLE))).isEqualTo(shown);
        assertThat(filings.get(filing.getBusinessKey()).visitPurpose()).isNotEqualTo("改写的拜访目的");
    }

    private void assertUntouched() {
        Task now = actions.task(filing, "approve-filing");
        assertThat(now).as("the approval stays open").isNotNull();
        assertThat(now.getAssignee()).isNull();
        assertThat(filings.get((String) engine.getRuntimeService().getVariable(filing.getId(), "filingId")).status())
                .isEqualTo(FilingStatus.PENDING_APPROVAL);
    }
}
