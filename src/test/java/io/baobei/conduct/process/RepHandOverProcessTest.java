package io.baobei.conduct.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.conduct.ConductEntry;
import io.baobei.conduct.ConductLedger;
import io.baobei.filing.FilingEventType;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.FilingStatus;
import io.baobei.filing.RecordedFilingEvents;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;
import io.baobei.support.ProcessTest;

/**
 * Rule X11: when a rep is dismissed (or suspended) nothing is left waiting on them: their follow-ups, revisions and
 * negotiations, pending filings and protected customers go to their regional manager, who carries on.
 */
@ProcessTest
class RepHandOverProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ConductLedger ledger;
    @Autowired
    FilingQueryService filings;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    EngineActions actions;
    String rep;

    @BeforeEach
    void setUp() {
        rep = actions.newRep("leaver", "离", "职");
    }

    @Test
    void aDismissalHandsEverythingToTheRegionalManager() {
        ProcessInstance followed = actions.file(rep, Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(followed, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(followed, "assign-follower", "manager1", Map.of("follower", rep));
        ProcessInstance rejected = actions.file(rep, Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(rejected, "approve-filing", "manager1", Map.of("approved", false, "approvalComment", "请补充门牌号"));
        ProcessInstance pending = actions.file(rep, Filings.enterprise(EngineActions.nextCustomer()));
        ProcessInstance colleagues = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(colleagues, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(colleagues, "assign-follower", "manager1", Map.of("follower", rep));
        Map<String, Object> disputed = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance first = actions.file(rep, disputed);
        EngineActions.setClock(EngineActions.NOW.plusDays(2));
        ProcessInstance second = actions.file("rep2", new HashMap<>(disputed));
        String collisionId = (String) engine.getRuntimeService().getVariable(second.getId(), "collisionId");
        ProcessInstance collision = actions.startedCase("collision-resolution", collisionId);
        assertThat(collision).isWaitingAt("negotiate");
        Assertions.assertThat(assignedTo(rep)).hasSizeGreaterThanOrEqualTo(4);

        ProcessInstance handling = dismiss();

        assertThat(handling).isWaitingAt("process-dismissal");
        Assertions.assertThat(assignedTo(rep)).as("nothing waits on the dismissed rep").isEmpty();
        Assertions.assertThat(actions.task(followed, "follow-up").getAssignee()).isEqualTo("manager1");
        Assertions.assertThat(actions.task(rejected, "revise-filing").getAssignee()).isEqualTo("manager1");
        Assertions.assertThat(actions.task(colleagues, "follow-up").getAssignee()).isEqualTo("manager1");
        Assertions.assertThat(filings.get(followed.getBusinessKey()).follower()).isEqualTo("manager1");
        Assertions.assertThat(filings.get(colleagues.getBusinessKey()).follower()).isEqualTo("manager1");
        for (ProcessInstance held : List.of(followed, rejected, pending, colleagues, first)) {
            String filingId = held.getBusinessKey();
            Assertions.assertThat(jdbc.sql("select handed_over_to from filing where id = :id").param("id", filingId)
                    .query(String.class).single()).as(filingId).isEqualTo("manager1");
            Assertions.assertThat(RecordedFilingEvents.of(jdbc, filingId)).as(filingId).anyMatch(e -> e.type() == FilingEventType.HANDED_OVER);
        }
        // ownership stays recorded: the dismissed rep is still the filer of record (commission basis)
        Assertions.assertThat(filings.get(followed.getBusinessKey()).filer()).isEqualTo(rep);
        Assertions.assertThat(filings.get(colleagues.getBusinessKey()).filer()).isEqualTo("rep1");
        Assertions.assertThat(filings.get(pending.getBusinessKey()).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
        // the negotiation was closed in the rep's name as "no agreement": the manager arbitrates
        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(collision.getId())
                .taskDefinitionKey("negotiate").list()).extracting(Task::getAssignee).containsExactly("rep2");
        Assertions.assertThat(jdbc.sql("select proposal from collision_proposal where collision_id = :c and rep = :r")
                .param("c", collisionId).param("r", rep).query(String.class).single()).isEqualTo("NO_AGREEMENT");
        Assertions.assertThat(jdbc.sql("select subject from notification where recipient = 'manager1'").query(String.class).list())
                .contains("工作交接：离职");

        // the manager carries on: follows up, withdraws the rejected filing
        actions.complete(followed, "follow-up", "manager1", Map.of("followUpNote", "接手后回访客户", "outcome", "CONTINUE"));
        Assertions.assertThat(actions.task(followed, "follow-up").getAssignee()).isEqualTo("manager1");
        actions.complete(rejected, "revise-filing", "manager1", Map.of("resubmit", false));
        assertThat(rejected).isEnded();
        Assertions.assertThat(filings.get(rejected.getBusinessKey()).status()).isEqualTo(FilingStatus.WITHDRAWN);
        Assertions.assertThat(assignedTo(rep)).isEmpty();
    }

    @Test
    void aSuspensionHandsTheRepsWorkOverToo() {
        ProcessInstance followed = actions.file(rep, Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(followed, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(followed, "assign-follower", "manager1", Map.of("follower", rep));

        ledger.report(rep, ConductEntry.VIOLATION, "ORDER_SNATCHING", "FILING", followed.getBusinessKey(), "抢单", "manager1");
        ProcessInstance firstCase = actions.startedCase("violation-handling", "V" + lastEntry().id());
        actions.complete(firstCase, "confirm-penalty", "hr1", Map.of("confirmed", true));
        Assertions.assertThat(actions.task(followed, "follow-up").getAssignee()).as("criticism only").isEqualTo(rep);

        String other = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer())).getBusinessKey();
        ledger.report(rep, ConductEntry.VIOLATION, "ORDER_SNATCHING", "FILING", other, "再次抢单", "manager1");
        ProcessInstance secondCase = actions.startedCase("violation-handling", "V" + lastEntry().id());
        Assertions.assertThat(engine.getRuntimeService().getVariable(secondCase.getId(), "proposedAction")).isEqualTo("SUSPEND");
        actions.complete(secondCase, "confirm-penalty", "hr1", Map.of("confirmed", true));

        Assertions.assertThat(assignedTo(rep)).isEmpty();
        Assertions.assertThat(actions.task(followed, "follow-up").getAssignee()).isEqualTo("manager1");
        Assertions.assertThat(filings.get(followed.getBusinessKey()).follower()).isEqualTo("manager1");
    }

    private ProcessInstance dismiss() {
        ledger.report(rep, ConductEntry.VIOLATION, "SABOTAGE", "FILING", actions.file("rep1",
                Filings.enterprise(EngineActions.nextCustomer())).getBusinessKey(), "蓄意阻挠同事成交", "manager1");
        ProcessInstance handling = actions.startedCase("violation-handling", "V" + lastEntry().id());
        Assertions.assertThat(engine.getRuntimeService().getVariable(handling.getId(), "proposedAction")).isEqualTo("DISMISSAL");
        actions.complete(handling, "confirm-penalty", "hr1", Map.of("confirmed", true));
        return handling;
    }

    private ConductEntry lastEntry() {
        List<ConductEntry> all = ledger.of(rep);
        return all.get(all.size() - 1);
    }

    private List<Task> assignedTo(String user) {
        return engine.getTaskService().createTaskQuery().taskAssignee(user).list();
    }
}
