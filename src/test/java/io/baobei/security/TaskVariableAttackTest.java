package io.baobei.security;

import static io.baobei.security.StaffHttp.variable;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.baobei.collision.CollisionCaseService;
import io.baobei.collision.CollisionStatus;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.FilingStatus;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/**
 * Issue 12 (3): a participant rewrites who decides through the task they hold. Variable writes are refused,
 * a completion with an undeclared field is refused naming it, and even a variable that got in some other way
 * decides nothing: candidates come from the business tables and the service checks the caller again.
 */
@AppTest
class TaskVariableAttackTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    FilingQueryService filings;
    @Autowired
    CollisionCaseService collisions;

    EngineActions actions;
    StaffHttp http;

    @BeforeEach
    void setUp() {
        actions = new EngineActions(engine);
        http = new StaffHttp(rest);
    }

    @Test
    void aFilerCannotNameHimselfApproverThroughTheRevisionTask() {
        ProcessInstance filing = rejectedFilingOfRep1();
        String revise = actions.task(filing, "revise-filing").getId();

        List<ResponseEntity<String>> writes = List.of(
                http.post("rep1", "/engine-rest/task/" + revise + "/variables",
                        Map.of("modifications", Map.of("regionManagers", variable("rep1")))),
                http.put("rep1", "/engine-rest/task/" + revise + "/variables/regionManagers", variable("rep1")),
                http.post("rep1", "/engine-rest/task/" + revise + "/localVariables",
                        Map.of("modifications", Map.of("regionManagers", variable("rep1")))),
                http.post("rep1", "/engine-rest/process-instance/" + filing.getId() + "/variables",
                        Map.of("modifications", Map.of("regionManagers", variable("rep1")))),
                http.post("rep1", "/engine-rest/execution/" + filing.getId() + "/localVariables",
                        Map.of("modifications", Map.of("regionManagers", variable("rep1")))));
        writes.forEach(answer -> assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN));

        ResponseEntity<String> completion = http.post("rep1", "/engine-rest/task/" + revise + "/complete",
                Map.of("variables", Map.of("resubmit", variable(true), "regionManagers", variable("rep1"))));
        assertThat(completion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(completion.getBody()).contains("regionManagers");

        assertThat(engine.getRuntimeService().getVariable(filing.getId(), "regionManagers")).isNull();
        assertThat(actions.task(filing, "revise-filing")).as("the revision stays open").isNotNull();
        assertThat(filings.get(filingId(filing)).status()).isEqualTo(FilingStatus.REJECTED);
    }

    @Test
    void tasklistsOwnApiIsHeldToTheSameRules() {
        ProcessInstance filing = rejectedFilingOfRep1();
        String revise = "/camunda/api/engine/engine/default/task/" + actions.task(filing, "revise-filing").getId();
        StaffHttp.WebappSession session = http.webappLogin("rep1");

        ResponseEntity<String> write = http.webappPost(session, revise + "/variables",
                Map.of("modifications", Map.of("regionManagers", variable("rep1"))));
        assertThat(write.getStatusCode()).as(write.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> extra = http.webappPost(session, revise + "/submit-form",
                Map.of("variables", Map.of("resubmit", variable(true), "regionManagers", variable("rep1"))));
        assertThat(extra.getStatusCode()).as(extra.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(extra.getBody()).contains("regionManagers");

        assertThat(engine.getRuntimeService().getVariable(filing.getId(), "regionManagers")).isNull();
        assertThat(actions.task(filing, "revise-filing")).as("the revision stays open").isNotNull();
        assertThat(filings.get(filingId(filing)).status()).isEqualTo(FilingStatus.REJECTED);
    }

    @Test
    void aVariableThatGotInAnywayDoesNotMakeTheFilerHisOwnApprover() {
        ProcessInstance filing = rejectedFilingOfRep1();
        engine.getRuntimeService().setVariable(filing.getId(), "regionManagers", "rep1"); // as if it had slipped in
        String revise = actions.task(filing, "revise-filing").getId();
        assertThat(http.post("rep1", "/engine-rest/task/" + revise + "/complete",
                Map.of("variables", Map.of("resubmit", variable(true)))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        Task approval = actions.task(filing, "approve-filing");
        assertThat(engine.getTaskService().getIdentityLinksForTask(approval.getId()))
                .filteredOn(link -> "candidate".equals(link.getType())).extracting(IdentityLink::getUserId).containsExactly("manager1");
        assertThat(http.post("rep1", "/engine-rest/task/" + approval.getId() + "/claim", Map.of("userId", "rep1"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.post("rep1", "/engine-rest/task/" + approval.getId() + "/complete",
                Map.of("variables", Map.of("approved", variable(true)))).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

        assertThat(actions.task(filing, "approve-filing").getAssignee()).isNull();
        assertThat(filings.get(filingId(filing)).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
    }

    @Test
    void theApprovalServiceRefusesAFilerWhoReachedHisOwnApproval() {
        ProcessInstance filing = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        Task approval = actions.task(filing, "approve-filing");
        engine.getTaskService().addCandidateUser(approval.getId(), "rep1"); // as if candidates were still a variable

        ResponseEntity<String> answer = http.post("rep1", "/engine-rest/task/" + approval.getId() + "/complete",
                Map.of("variables", Map.of("approved", variable(true))));

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(actions.task(filing, "approve-filing")).as("the approval stays open").isNotNull();
        assertThat(filings.get(filingId(filing)).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
    }

    @Test
    void aDeclaredFieldCannotCarryAnObjectTheEngineWouldInstantiate() {
        ProcessInstance filing = rejectedFilingOfRep1();
        String revise = actions.task(filing, "revise-filing").getId();
        Map<String, Object> gadget = new HashMap<>();
        gadget.put("type", "Object");
        gadget.put("value", "{}");
        gadget.put("valueInfo", Map.of("objectTypeName", "java.net.URL", "serializationDataFormat", "application/json"));

        ResponseEntity<String> completion = http.post("rep1", "/engine-rest/task/" + revise + "/complete",
                Map.of("variables", Map.of("resubmit", gadget)));

        assertThat(completion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(completion.getBody()).contains("resubmit");
        assertThat(actions.task(filing, "revise-filing")).as("the revision stays open").isNotNull();
        assertThat(filings.get(filingId(filing)).status()).isEqualTo(FilingStatus.REJECTED);
    }

    @Test
    void aNegotiatorCannotMakeHimselfArbitrator() {
        Collided c = collide();
        Task rep2Negotiation = engine.getTaskService().createTaskQuery().processInstanceId(c.resolution().getId())
                .taskDefinitionKey("negotiate").taskAssignee("rep2").singleResult();

        assertThat(http.post("rep2", "/engine-rest/task/" + rep2Negotiation.getId() + "/variables",
                Map.of("modifications", Map.of("arbitrators", variable("rep2")))).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> extra = http.post("rep2", "/engine-rest/task/" + rep2Negotiation.getId() + "/complete",
                Map.of("variables", Map.of("proposal", variable("NO_AGREEMENT"), "statement", variable("不同意"),
                        "arbitrators", variable("rep2"))));
        assertThat(extra.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(extra.getBody()).contains("arbitrators");
        assertThat(engine.getTaskService().createTaskQuery().taskId(rep2Negotiation.getId()).count()).isEqualTo(1);

        for (String rep : List.of("rep1", "rep2")) {
            Task own = engine.getTaskService().createTaskQuery().processInstanceId(c.resolution().getId())
                    .taskDefinitionKey("negotiate").taskAssignee(rep).singleResult();
            assertThat(http.post(rep, "/engine-rest/task/" + own.getId() + "/complete",
                    Map.of("variables", Map.of("proposal", variable("NO_AGREEMENT"), "statement", variable(rep + "不同意"))))
                    .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        actions.executeJobs(c.resolution());
        Task arbitrate = actions.task(c.resolution(), "arbitrate");
        assertThat(engine.getTaskService().getIdentityLinksForTask(arbitrate.getId()))
                .filteredOn(link -> "candidate".equals(link.getType())).extracting(IdentityLink::getUserId).containsExactly("manager1");
        assertThat(http.post("rep2", "/engine-rest/task/" + arbitrate.getId() + "/claim", Map.of("userId", "rep2"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        engine.getTaskService().addCandidateUser(arbitrate.getId(), "rep2"); // as if he had reached it
        ResponseEntity<String> decision = http.post("rep2", "/engine-rest/task/" + arbitrate.getId() + "/complete",
                Map.of("variables", Map.of("decision", variable("SECOND"), "decisionReason", variable("我先联系的客户"))));

        assertThat(decision.getStatusCode()).as(decision.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(actions.task(c.resolution(), "arbitrate")).as("the arbitration stays open").isNotNull();
        assertThat(collisions.get(c.collisionId()).status()).isEqualTo(CollisionStatus.ARBITRATING);
        assertThat(filings.get(c.firstFilingId()).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
        assertThat(filings.get(c.firstFilingId()).filer()).isEqualTo("rep1");
    }

    private ProcessInstance rejectedFilingOfRep1() {
        ProcessInstance filing = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(filing, "approve-filing", "manager1", Map.of("approved", false, "approvalComment", "请补充联系人"));
        return filing;
    }

    private Collided collide() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance first = actions.file("rep1", customer);
        ProcessInstance second = actions.file("rep2", new HashMap<>(customer));
        String collisionId = (String) engine.getRuntimeService().getVariable(second.getId(), "collisionId");
        return new Collided(actions.startedCase("collision-resolution", collisionId), collisionId, filingId(first));
    }

    private String filingId(ProcessInstance instance) {
        return (String) engine.getRuntimeService().getVariable(instance.getId(), "filingId");
    }

    private record Collided(ProcessInstance resolution, String collisionId, String firstFilingId) {
    }
}
