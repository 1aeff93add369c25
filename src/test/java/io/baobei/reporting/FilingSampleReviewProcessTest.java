package io.baobei.reporting;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.conduct.ConductEntry;
import io.baobei.conduct.ConductLedger;
import io.baobei.platform.security.DemoUsers;
import io.baobei.platform.security.Groups;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;
import io.baobei.support.ProcessTest;

/**
 * Rules M4 and X9 through {@code filing-sample-review}: a month's random sample is reviewed by sales
 * management, a false filing becomes a FALSE_FILING violation handled by HR, the rest are marked reviewed;
 * then the month's best filers are proposed to HR, and confirmed ones are rewards in the ledger.
 */
@ProcessTest
class FilingSampleReviewProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    FilingSampleReviewService reviews;
    @Autowired
    ConductLedger ledger;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;

    @Autowired
    EngineActions actions;

    @Test
    void aMonthsSampleIsReviewedAndAFalseFilingGoesToHrWhileTheOthersAreMarkedReviewed() {
        int n = EngineActions.nextCustomer();
        String honest = rep("honest" + n);
        String liar = rep("liar" + n);
        OffsetDateTime june = OffsetDateTime.parse("2024-06-03T09:00:00+08:00");
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            EngineActions.setClock(june.plusDays(i));
            filed.add(filingId(actions.file(liar, Filings.enterprise(EngineActions.nextCustomer()))));
            filed.add(filingId(actions.file(honest, Filings.enterprise(EngineActions.nextCustomer()))));
        }
        EngineActions.setClock(OffsetDateTime.parse("2024-07-05T10:00:00+08:00"));

        Assertions.assertThat(http.withBasicAuth("rep1", DemoUsers.PASSWORD)
                .postForEntity("/api/filing-reviews", Map.of("period", "2024-06"), String.class).getStatusCode().value()).isEqualTo(403);
        Assertions.assertThat(http.withBasicAuth("salesmgmt1", DemoUsers.PASSWORD)
                .postForEntity("/api/filing-reviews", Map.of("period", "2024/06"), String.class).getStatusCode().value()).isEqualTo(400);
        Assertions.assertThat(http.withBasicAuth("salesmgmt1", DemoUsers.PASSWORD)
                .postForEntity("/api/filing-reviews", Map.of("period", "2024-08"), String.class).getStatusCode().value()).isEqualTo(400);
        var started = http.withBasicAuth("salesmgmt1", DemoUsers.PASSWORD)
                .postForEntity("/api/filing-reviews", Map.of("period", "2024-06"), String.class);
        Assertions.assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(201);
        Assertions.assertThat(http.withBasicAuth("salesmgmt1", DemoUsers.PASSWORD)
                .postForEntity("/api/filing-reviews", Map.of("period", "2024-06"), String.class).getStatusCode().value()).isEqualTo(409);

        ProcessInstance review = actions.instanceByBusinessKey("filing-sample-review", "2024-06");
        assertThat(review).isWaitingAt("review-filing-sample");
        List<SampledFiling> sample = reviews.sampled("2024-06");
        Assertions.assertThat(sample).as("reporting.sample-size (10) of the month's 12 filings").hasSize(10)
                .extracting(SampledFiling::filingId).doesNotHaveDuplicates().isSubsetOf(filed);
        Assertions.assertThat(sample).allSatisfy(s -> {
            Assertions.assertThat(s.result()).isEqualTo("SAMPLED");
            Assertions.assertThat(s.maskedContactPhone()).contains("****");
            Assertions.assertThat(s.maskedContactName()).isEqualTo("马**");
        });
        Assertions.assertThat(reviews.review("2024-06").population()).isEqualTo(12);

        Task task = engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).singleResult();
        Assertions.assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).taskCandidateGroup(Groups.SALES_MANAGEMENT).count())
                .isEqualTo(1);
        Assertions.assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).taskCandidateUser("rep1").count()).isZero();
        String shown = (String) engine.getTaskService().getVariable(task.getId(), "sampleList");
        Assertions.assertThat(shown).contains(sample.get(0).filingId(), "华东区", "企业客户", "马**", "/api/filings/")
                .doesNotContain("马化腾", "重庆兆度科技");
        Assertions.assertThat(engine.getTaskService().getVariable(task.getId(), "falseFilingOptions").toString())
                .contains(sample.get(0).filingId());

        String falseOne = sample.stream().filter(s -> s.filer().equals(liar)).findFirst().orElseThrow().filingId();
        Assertions.assertThatThrownBy(() -> actions.complete(review, "review-filing-sample", "salesmgmt1",
                Map.of("falseFilings", SpinValues.jsonValue("[\"" + falseOne + "\"]").create())))
                .hasMessageContaining("reviewNote");
        String notSampled = filed.stream().filter(id -> sample.stream().noneMatch(s -> s.filingId().equals(id))).findFirst().orElseThrow();
        Assertions.assertThatThrownBy(() -> actions.complete(review, "review-filing-sample", "salesmgmt1",
                Map.of("falseFilings", new ArrayList<>(List.of(notSampled)), "reviewNote", "核查")))
                .hasMessageContaining("falseFilings");

        // as Tasklist submits a checklist: a Json variable
        actions.complete(review, "review-filing-sample", "salesmgmt1", Map.of(
                "falseFilings", SpinValues.jsonValue("[\"" + falseOne + "\"]").create(),
                "reviewNote", "电话核实：该报备的客户并无采购意向，拜访未发生"));

        Assertions.assertThat(reviews.sampled("2024-06")).allSatisfy(s -> {
            Assertions.assertThat(s.result()).isEqualTo(s.filingId().equals(falseOne) ? "FALSE" : "REVIEWED");
            Assertions.assertThat(s.reviewedBy()).isEqualTo("salesmgmt1");
        });
        ConductEntry violation = ledger.of(liar).stream().filter(e -> e.code().equals("FALSE_FILING")).findFirst().orElseThrow();
        Assertions.assertThat(violation.kind()).isEqualTo(ConductEntry.VIOLATION);
        Assertions.assertThat(violation.evidenceType()).isEqualTo("FILING");
        Assertions.assertThat(violation.evidenceId()).isEqualTo(falseOne);
        Assertions.assertThat(violation.reportedBy()).isEqualTo("salesmgmt1");
        Assertions.assertThat(violation.detail()).contains("2024-06", "拜访未发生");
        Assertions.assertThat(ledger.of(honest)).isEmpty();
        ProcessInstance hrCase = actions.startedCase("violation-handling", "V" + violation.id());
        assertThat(hrCase).isWaitingAt("confirm-penalty");
        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(hrCase.getId())
                .taskCandidateGroup(Groups.HR_ADMIN).count()).isEqualTo(1);

        // X9: the false filing costs the liar the recognition; the honest rep is proposed to HR
        assertThat(review).isWaitingAt("confirm-recognition");
        Assertions.assertThat(reviews.review("2024-06").recognition()).singleElement()
                .satisfies(p -> Assertions.assertThat(p.rep()).isEqualTo(honest));
        Assertions.assertThat(http.withBasicAuth("hr1", DemoUsers.PASSWORD).getForObject("/api/filing-reviews/2024-06", String.class))
                .contains(falseOne, "FALSE", honest, "PROPOSED").doesNotContain("马化腾");
        Assertions.assertThat(http.withBasicAuth("rep1", DemoUsers.PASSWORD).getForEntity("/api/filing-reviews/2024-06", String.class)
                .getStatusCode().value()).isEqualTo(403);

        // the monthly timer for the same month finds it already reviewed and stops
        EngineActions.setClock(OffsetDateTime.parse("2024-07-02T03:00:00+08:00"));
        engine.getManagementService().executeJob(startTimer().getId());
        HistoricProcessInstance again = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("filing-sample-review").processInstanceBusinessKey("2024-06").finished().singleResult();
        Assertions.assertThat(again.getEndActivityId()).isEqualTo("period-already-reviewed");
        Assertions.assertThat(reviews.sampled("2024-06")).hasSize(10);
    }

    @Test
    void theMonthsBestFilersAreProposedAndHrsConfirmationPutsTheRewardInTheLedger() {
        int n = EngineActions.nextCustomer();
        String best = rep("recoa" + n);
        String good = rep("recob" + n);
        String excused = rep("recoh" + n);
        String late = rep("recoc" + n);
        String rejected = rep("recod" + n);
        String collider = rep("recoe" + n);
        String few = rep("recog" + n);
        OffsetDateTime september = OffsetDateTime.parse("2024-09-03T09:00:00+08:00");
        EngineActions.setClock(september);
        Map<String, Object> contested = Filings.enterprise(EngineActions.nextCustomer());
        actions.file(best, contested);
        fileOnTime(best, 3);
        fileOnTime(good, 3);
        fileOnTime(excused, 2);
        ProcessInstance excusedLate = actions.file(excused, lateFiling());
        actions.complete(excusedLate, "approve-filing", "manager1", Map.of("approved", true, "lateExcused", true,
                "lateExcuseReason", "客户临时到店，无法提前报备"));
        fileOnTime(late, 2);
        actions.file(late, lateFiling());
        fileOnTime(rejected, 2);
        ProcessInstance refused = actions.file(rejected, Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(refused, "approve-filing", "manager1", Map.of("approved", false, "approvalComment", "资料不全"));
        fileOnTime(collider, 3);
        EngineActions.setClock(september.plusDays(1));
        ProcessInstance second = actions.file(collider, new HashMap<>(contested));
        Assertions.assertThat(engine.getRuntimeService().getVariable(second.getId(), "collisionId")).isNotNull();
        fileOnTime(few, 2);

        EngineActions.setClock(OffsetDateTime.parse("2024-10-08T10:00:00+08:00"));
        Assertions.assertThat(http.withBasicAuth("salesmgmt1", DemoUsers.PASSWORD)
                .postForEntity("/api/filing-reviews", Map.of("period", "2024-09"), String.class).getStatusCode().value()).isEqualTo(201);
        ProcessInstance review = actions.instanceByBusinessKey("filing-sample-review", "2024-09");
        actions.complete(review, "review-filing-sample", "salesmgmt1", Map.of("falseFilings", new ArrayList<>(), "reviewNote", "抽查报备均真实完整"));
        Assertions.assertThat(reviews.sampled("2024-09")).hasSize(10).allSatisfy(s -> Assertions.assertThat(s.result()).isEqualTo("REVIEWED"));

        assertThat(review).isWaitingAt("confirm-recognition");
        Assertions.assertThat(reviews.review("2024-09").recognition())
                .as("on time (or excused), none rejected, no collision caused, at least 3 filings; most filings first")
                .extracting(RecognitionProposal::rep).containsExactly(best, good, excused);
        Task task = actions.task(review, "confirm-recognition");
        Assertions.assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).taskCandidateGroup(Groups.HR_ADMIN).count())
                .isEqualTo(1);
        Assertions.assertThat((String) engine.getTaskService().getVariable(task.getId(), "recognitionList"))
                .contains(best, "报备 4 份").doesNotContain(late, rejected, collider, few);

        Assertions.assertThatThrownBy(() -> actions.complete(review, "confirm-recognition", "hr1",
                Map.of("confirmedReps", new ArrayList<>(List.of(best))))).hasMessageContaining("recognitionNote");
        Assertions.assertThatThrownBy(() -> actions.complete(review, "confirm-recognition", "hr1",
                Map.of("confirmedReps", new ArrayList<>(List.of(late)), "recognitionNote", "x"))).hasMessageContaining("confirmedReps");
        actions.complete(review, "confirm-recognition", "hr1", Map.of(
                "confirmedReps", SpinValues.jsonValue("[\"" + best + "\", \"" + good + "\"]").create(),
                "recognitionNote", "晚报虽经认可，本期不予奖励"));

        assertThat(review).isEnded().hasPassed("recognition-decided");
        ConductEntry reward = ledger.of(best).stream().filter(e -> e.kind().equals(ConductEntry.REWARD)).findFirst().orElseThrow();
        Assertions.assertThat(reward.code()).isEqualTo("EXCELLENT_FILING");
        Assertions.assertThat(reward.evidenceType()).isEqualTo("PERIOD");
        Assertions.assertThat(reward.evidenceId()).isEqualTo("2024-09");
        Assertions.assertThat(reward.status()).isEqualTo(ConductEntry.GRANTED);
        Assertions.assertThat(reward.reportedBy()).isEqualTo("hr1");
        Assertions.assertThat(ledger.of(good)).extracting(ConductEntry::code).containsExactly("EXCELLENT_FILING");
        Assertions.assertThat(ledger.of(excused)).isEmpty();
        Assertions.assertThat(reviews.review("2024-09").recognition()).extracting(RecognitionProposal::status)
                .containsExactly("CONFIRMED", "CONFIRMED", "DECLINED");
        Assertions.assertThat(jdbc.sql("select count(*) from notification where recipient = 'finance1' and body like :b")
                .param("b", "%" + best + "%2024-09%").query(Integer.class).single())
                .as("finance is told of the reward").isEqualTo(1);
    }

    @Test
    void theMonthlyTimerReviewsTheMonthBeforeAndAnEmptyMonthEndsWithoutTasks() {
        EngineActions.setClock(OffsetDateTime.parse("2024-08-02T03:00:00+08:00"));

        engine.getManagementService().executeJob(startTimer().getId());

        HistoricProcessInstance july = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("filing-sample-review").processInstanceBusinessKey("2024-07").singleResult();
        Assertions.assertThat(july.getEndActivityId()).isEqualTo("nobody-proposed");
        Assertions.assertThat(reviews.review("2024-07").population()).isZero();
        Assertions.assertThat(reviews.review("2024-07").filings()).isEmpty();
        // the engine evaluates the cron in the server's time zone
        java.time.ZonedDateTime next = startTimer().getDuedate().toInstant().atZone(java.time.ZoneId.systemDefault());
        Assertions.assertThat(next.getDayOfMonth()).as("the next run: on the 2nd").isEqualTo(2);
        Assertions.assertThat(next.toLocalTime()).isEqualTo(java.time.LocalTime.of(3, 0));
        Assertions.assertThat(next.toInstant()).isAfter(ClockUtil.getCurrentTime().toInstant());
    }

    private Job startTimer() {
        return engine.getManagementService().createJobQuery().processDefinitionKey("filing-sample-review").timers()
                .list().stream().filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow();
    }

    private void fileOnTime(String rep, int count) {
        for (int i = 0; i < count; i++) {
            actions.file(rep, Filings.enterprise(EngineActions.nextCustomer()));
        }
    }

    /** Visit the same evening: filed less than a day before (F3). */
    private static Map<String, Object> lateFiling() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        customer.put("visitTime", "2024-09-03T18:00");
        return customer;
    }

    private String filingId(ProcessInstance filing) {
        return (String) engine.getRuntimeService().getVariable(filing.getId(), "filingId");
    }

    /** A rep of region east of this test's own, so no other test's conduct touches them. */
    private String rep(String id) {
        IdentityService identity = engine.getIdentityService();
        User user = identity.newUser(id);
        user.setLastName("测");
        user.setFirstName(id);
        identity.saveUser(user);
        identity.createMembership(id, Groups.SALES);
        identity.createMembership(id, Groups.ofRegion("east"));
        return id;
    }
}
