package io.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/**
 * Issue 12 (7): client mistakes on {@code /engine-rest} that Camunda answered with 500 (unknown ids, variables
 * the engine cannot store or read, unreadable JSON) answer 4xx, repeat none of the request's values, and change
 * nothing. Writes that staff may not send at all (StaffEngineRestPolicy answers them 403) are tried as an
 * administrator, who reaches the engine.
 */
@AppTest
class EngineRestClientErrorAttackTest {

    private static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";
    /** Looks like a customer's phone: no error body may repeat it. */
    private static final String PHONE = "13800138000";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;

    private ProcessInstance filing;
    private Task approval;

    record Attempt(String user, HttpMethod method, String path, String body, HttpStatus expected) {
    }

    @BeforeEach
    void fileACustomer() {
        EngineActions actions = new EngineActions(engine);
        filing = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        approval = actions.task(filing, "approve-filing");
    }

    @Test
    void unknownIdsAnswer404() {
        String task = "/engine-rest/task/" + UNKNOWN;
        String instance = "/engine-rest/process-instance/" + UNKNOWN;
        assertAnswers(List.of(
                new Attempt("manager1", HttpMethod.POST, task + "/complete", "{}", HttpStatus.NOT_FOUND),
                new Attempt("manager1", HttpMethod.POST, task + "/submit-form", "{}", HttpStatus.NOT_FOUND),
                new Attempt("manager1", HttpMethod.POST, task + "/claim", "{\"userId\":\"manager1\"}", HttpStatus.NOT_FOUND),
                new Attempt("manager1", HttpMethod.GET, task + "/variables", null, HttpStatus.NOT_FOUND),
                new Attempt("admin", HttpMethod.PUT, task + "/variables/x", "{\"value\":\"" + PHONE + "\"}", HttpStatus.NOT_FOUND),
                new Attempt("admin", HttpMethod.POST, task + "/variables",
                        "{\"modifications\":{\"x\":{\"value\":\"" + PHONE + "\"}}}", HttpStatus.NOT_FOUND),
                new Attempt("manager1", HttpMethod.GET, task + "/identity-links", null, HttpStatus.NOT_FOUND),
                new Attempt("manager1", HttpMethod.GET, task + "/deployed-form", null, HttpStatus.NOT_FOUND),
                new Attempt("rep1", HttpMethod.GET, instance + "/variables", null, HttpStatus.NOT_FOUND),
                new Attempt("rep1", HttpMethod.GET, instance + "/variables/x", null, HttpStatus.NOT_FOUND),
                new Attempt("admin", HttpMethod.PUT, instance + "/variables/x", "{\"value\":\"" + PHONE + "\"}", HttpStatus.NOT_FOUND),
                new Attempt("admin", HttpMethod.POST, instance + "/variables",
                        "{\"modifications\":{\"x\":{\"value\":\"" + PHONE + "\"}}}", HttpStatus.NOT_FOUND),
                new Attempt("rep1", HttpMethod.GET, "/engine-rest/execution/" + UNKNOWN + "/localVariables", null, HttpStatus.NOT_FOUND),
                new Attempt("admin", HttpMethod.PUT, "/engine-rest/job/" + UNKNOWN + "/retries", "{\"retries\":1}", HttpStatus.NOT_FOUND)));
    }

    @Test
    void variablesTheEngineCannotStoreOrReadAnswer400AndTheTaskStaysOpen() {
        Set<String> variablesBefore = engine.getRuntimeService().getVariables(filing.getId()).keySet();
        String complete = "/engine-rest/task/" + approval.getId() + "/complete";
        assertAnswers(List.of(
                new Attempt("manager1", HttpMethod.POST, complete,
                        "{\"variables\":{\"approved\":{\"value\":\"{" + PHONE + "\",\"type\":\"Json\"}}}", HttpStatus.BAD_REQUEST),
                new Attempt("manager1", HttpMethod.POST, complete,
                        "{\"variables\":{\"approved\":{\"value\":\"" + PHONE + "\",\"type\":\"Object\"}}}", HttpStatus.BAD_REQUEST),
                new Attempt("manager1", HttpMethod.POST, complete,
                        "{\"variables\":{\"approved\":{\"value\":\"" + PHONE + "\",\"type\":\"File\"}}}", HttpStatus.BAD_REQUEST),
                // the process writes approved back itself, which the engine refuses for a transient variable
                new Attempt("manager1", HttpMethod.POST, complete, "{\"variables\":{\"approved\":{\"value\":true,"
                        + "\"valueInfo\":{\"transient\":true}},\"approvalComment\":{\"value\":\"" + PHONE + "\"}}}",
                        HttpStatus.BAD_REQUEST),
                new Attempt("manager1", HttpMethod.POST, "/engine-rest/task/" + approval.getId() + "/submit-form",
                        "{\"variables\":{\"approved\":{\"value\":false,\"type\":\"Boolean\","
                                + "\"valueInfo\":{\"transient\":true}}}}", HttpStatus.BAD_REQUEST),
                new Attempt("admin", HttpMethod.POST, "/engine-rest/task/" + approval.getId() + "/variables",
                        "{\"modifications\":{\"note\":{\"value\":\"" + PHONE + "\",\"type\":\"Xml\"}}}", HttpStatus.BAD_REQUEST)));

        assertThat(engine.getTaskService().createTaskQuery().taskId(approval.getId()).singleResult()).isNotNull();
        assertThat(engine.getRuntimeService().getVariables(filing.getId()).keySet()).isEqualTo(variablesBefore);
    }

    @Test
    void aStartBodyCamundaCannotReadAnswers400EvenBehindAPathParameter() {
        long instances = engine.getRuntimeService().createProcessInstanceQuery().count();
        String start = "/engine-rest/process-definition/key/customer-filing/start;x=y";
        assertAnswers(List.of(
                new Attempt("admin", HttpMethod.POST, start, "null", HttpStatus.BAD_REQUEST),
                new Attempt("admin", HttpMethod.POST, start,
                        "{\"variables\":{\"customerName\":{\"value\":\"" + PHONE + "\",\"type\":\"\"}}}", HttpStatus.BAD_REQUEST),
                new Attempt("admin", HttpMethod.POST, "/engine-rest/process-definition/key/customer-filing;x=y/submit-form",
                        "{\"variables\":{\"customerName\":{\"value\":\"" + PHONE + "\",\"type\":\"Object\","
                                + "\"valueInfo\":{\"objectTypeName\":\"java.util.HashMap\","
                                + "\"serializationDataFormat\":\"application/json\"}}}}", HttpStatus.BAD_REQUEST)));

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    void unreadableOrMistypedJsonAnswers400WithoutRepeatingIt() {
        String complete = "/engine-rest/task/" + approval.getId() + "/complete";
        assertAnswers(List.of(
                new Attempt("manager1", HttpMethod.POST, complete, "{\"variables\":{\"approved\":{\"value\":" + PHONE + "x}}}",
                        HttpStatus.BAD_REQUEST),
                new Attempt("admin", HttpMethod.POST, "/engine-rest/message", "{\"messageName\":" + PHONE + "x", HttpStatus.BAD_REQUEST),
                new Attempt("manager1", HttpMethod.POST, "/engine-rest/task", "{\"priority\":\"" + PHONE + "x\"}", HttpStatus.BAD_REQUEST),
                new Attempt("manager1", HttpMethod.POST, "/engine-rest/task", "{\"delegationState\":\"BOGUS\"}", HttpStatus.BAD_REQUEST),
                new Attempt("manager1", HttpMethod.GET, "/engine-rest/task?sortBy=bogus&sortOrder=asc", null, HttpStatus.BAD_REQUEST),
                new Attempt("admin", HttpMethod.PUT, "/engine-rest/task", "{}", HttpStatus.METHOD_NOT_ALLOWED)));

        ResponseEntity<String> mistyped = send(new Attempt("manager1", HttpMethod.POST, "/engine-rest/task",
                "{\"priority\":\"" + PHONE + "x\"}", HttpStatus.BAD_REQUEST));
        assertThat(mistyped.getBody()).contains("\"field\":\"priority\"");
        assertThat(engine.getTaskService().createTaskQuery().taskId(approval.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void anUnknownAuthorizationTypeAnswers400AndGrantsNothing() {
        long authorizations = engine.getAuthorizationService().createAuthorizationQuery().count();

        assertAnswers(List.of(new Attempt("admin", HttpMethod.POST, "/engine-rest/authorization/create",
                "{\"type\":9,\"resourceType\":0,\"resourceId\":\"*\",\"userId\":\"rep1\",\"permissions\":[\"ALL\"]}",
                HttpStatus.BAD_REQUEST)));

        assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(authorizations);
    }

    private void assertAnswers(List<Attempt> attempts) {
        SoftAssertions softly = new SoftAssertions();
        for (Attempt attempt : attempts) {
            ResponseEntity<String> answer = send(attempt);
            softly.assertThat(answer.getStatusCode()).as(attempt.method() + " " + attempt.path() + " " + answer.getBody())
                    .isEqualTo(attempt.expected());
            softly.assertThat(String.valueOf(answer.getBody())).as("no echo: " + attempt.path()).doesNotContain(PHONE, UNKNOWN);
        }
        softly.assertAll();
    }

    private ResponseEntity<String> send(Attempt attempt) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return http.withBasicAuth(attempt.user(), DemoUsers.PASSWORD)
                .exchange(attempt.path(), attempt.method(), new HttpEntity<>(attempt.body(), headers), String.class);
    }
}
