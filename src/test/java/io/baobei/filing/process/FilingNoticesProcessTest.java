package io.baobei.filing.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.filing.FilingEventType;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.FilingStatus;
import io.baobei.filing.RecordedFilingEvents;
import io.baobei.notification.InAppMessages;
import io.baobei.notification.InAppMessages.InAppMessage;
import io.baobei.platform.security.DemoUsers;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;
import io.baobei.support.ProcessTest;

/**
 * Rules F5b (approval reminder, then sales management), F5c (the filer is told), F8b (warning before the
 * end of protection; an expired holder protects nothing while its lapse is still queued), walked through
 * the real model with the hours and days of {@code filing-deadlines} (24, 48 hours; 2 days).
 */
@ProcessTest
class FilingNoticesProcessTest {

    static final Pattern CODE = Pattern.compile("[A-Z_]{4,}");
    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    ProcessEngine engine;
    @Autowired
    FilingQueryService filings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;

    @Autowired
    EngineActions actions;

    @Test
    void anApprovalWaitingItsHoursRemindsTheManagersThenTellsSalesManagement() {
        ProcessInstance instance = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        String filingId = filingId(instance);
        Assertions.assertThat(actions.timer(instance, "approval-reminder-due").getDuedate().toInstant())
                .isEqualTo(EngineActions.NOW.plusHours(24).toInstant());
        Assertions.assertThat(actions.timer(instance, "approval-overdue").getDuedate().toInstant())
                .isEqualTo(EngineActions.NOW.plusHours(48).toInstant());

        EngineActions.setClock(EngineActions.NOW.plusHours(23));
        actions.executeJobs(instance);
        Assertions.assertThat(about(filingId, "manager1")).isEmpty();

        EngineActions.setClock(EngineActions.NOW.plusHours(24).plusMinutes(1));
        actions.executeJobs(instance);
        assertThat(instance).hasPassed("remind-approvers").isWaitingAt("approve-filing");
        Assertions.assertThat(about(filingId, "manager1")).singleElement().satisfies(message -> {
            Assertions.assertThat(message.subject()).isEqualTo("报备待审批提醒：" + filingId);
            Assertions.assertThat(message.body()).isEqualTo("报备 " + filingId + " 已等待审批 24 小时，请尽快在任务中审批。");
        });
        Assertions.assertThat(about(filingId, "salesmgmt1")).isEmpty();

        EngineActions.setClock(EngineActions.NOW.plusHours(48).plusMinutes(1));
        actions.executeJobs(instance);
        assertThat(instance).hasPassed("escalate-approval").isWaitingAt("approve-filing");
        Assertions.assertThat(about(filingId, "salesmgmt1")).singleElement().satisfies(message -> {
            Assertions.assertThat(message.subject()).isEqualTo("报备审批超时：" + filingId);
            Assertions.assertThat(message.body()).contains("已等待区域经理审批 48 小时仍未处理，已上报销售管理部督办");
        });
        Assertions.assertThat(about(filingId, "manager1")).hasSize(2);
        Assertions.assertThat(about(filingId, "manager2")).as("another region's manager").isEmpty();
        Assertions.assertThat(filings.get(filingId).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);

        actions.complete(instance, "approve-filing", "manager1", Map.of("approved", true, "approvalComment", "同意"));
        assertThat(instance).isWaitingAt("assign-follower");
        Assertions.assertThat(actions.timer(instance, "approval-reminder-due")).isNull();
        Assertions.assertThat(actions.timer(instance, "approval-overdue")).isNull();
    }

    @Test
    void theFilerIsToldOfRejectionApprovalAndFollowerInWords() {
        ProcessInstance instance = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        String filingId = filingId(instance);

        actions.complete(instance, "approve-filing", "manager1", Map.of("approved", false, "approvalComment", "请补充详细门牌号"));
        Assertions.assertThat(about(filingId, "rep1")).singleElement().satisfies(message -> {
            Assertions.assertThat(message.subject()).isEqualTo("报备被驳回：" + filingId);
            Assertions.assertThat(message.body()).isEqualTo("您的报备 " + filingId
                    + " 被驳回。修改建议：「请补充详细门牌号」。请在任务中修改后重新提交，或撤回。");
        });

        Map<String, Object> revision = new HashMap<>(engine.getRuntimeService().getVariables(instance.getId()));
        revision.put("resubmit", true);
        revision.put("address", "重庆市渝北区金开大道88号3栋1201");
        actions.complete(instance, "revise-filing", "rep1", revision);
        actions.complete(instance, "approve-filing", "manager1", Map.of("approved", true, "approvalComment", "同意"));
        Assertions.assertThat(about(filingId, "rep1")).extracting(InAppMessage::subject).contains("报备已通过：" + filingId);
        Assertions.assertThat(about(filingId, "rep1")).filteredOn(m -> m.subject().startsWith("报备已通过")).singleElement()
                .extracting(InAppMessage::body).asString().contains("已审批通过，可以开始销售");

        actions.complete(instance, "assign-follower", "manager1", Map.of("follower", "rep2"));
        Assertions.assertThat(about(filingId, "rep1")).extracting(InAppMessage::subject)
                .containsExactlyInAnyOrder("报备被驳回：" + filingId, "报备已通过：" + filingId, "已分派跟进人：" + filingId);
        Assertions.assertThat(about(filingId, "rep2")).singleElement().extracting(InAppMessage::body)
                .isEqualTo("报备 " + filingId + " 的跟进人为 李娜。");
        Assertions.assertThat(about(filingId, "rep1")).allSatisfy(message ->
                Assertions.assertThat(CODE.matcher(message.body()).find()).as(message.body()).isFalse());

        ResponseEntity<List<Map<String, Object>>> inbox = http.withBasicAuth("rep1", DemoUsers.PASSWORD)
                .exchange("/api/notifications", HttpMethod.GET, null, new ParameterizedTypeReference<>() {
                });
        Assertions.assertThat(inbox.getBody()).extracting(m -> m.get("subject")).contains("已分派跟进人：" + filingId);
    }

    @Test
    void theFilerAndTheFollowerAreWarnedTwoDaysBeforeProtectionRunsOutAndTheWarningMovesWithADeposit() {
        ProcessInstance instance = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        String filingId = filingId(instance);
        Assertions.assertThat(actions.timer(instance, "protection-expiry-warning").getDuedate().toInstant())
                .isEqualTo(EngineActions.NOW.plusDays(5).toInstant());
        actions.complete(instance, "approve-filing", "manager1", Map.of("approved", true, "approvalComment", "同意"));
        actions.complete(instance, "assign-follower", "manager1", Map.of("follower", "rep2"));

        actions.complete(instance, "follow-up", "rep2", Map.of("followUpNote", "客户确认需求，已缴纳定金", "outcome", "DEPOSIT"));
        Assertions.assertThat(actions.timer(instance, "protection-expiry-warning").getDuedate().toInstant())
                .as("90 days of deposit protection, warned 2 days ahead").isEqualTo(EngineActions.NOW.plusDays(88).toInstant());
        Assertions.assertThat(about(filingId, "rep1")).noneMatch(m -> m.subject().startsWith("保护期即将届满"));

        actions.fire(instance, "protection-expiry-warning");
        assertThat(instance).hasPassed("warn-protection-holders").isWaitingAt("follow-up");
        String expected = "报备 " + filingId + " 的客户保护期将于 2027-02-25 09:00 届满，届满后客户将释放给所有销售。缴纳定金可延长保护期。";
        Assertions.assertThat(about(filingId, "rep1")).filteredOn(m -> m.subject().equals("保护期即将届满：" + filingId))
                .singleElement().extracting(InAppMessage::body).isEqualTo(expected);
        Assertions.assertThat(about(filingId, "rep2")).filteredOn(m -> m.subject().equals("保护期即将届满：" + filingId))
                .singleElement().extracting(InAppMessage::body).isEqualTo(expected);
        Assertions.assertThat(filings.get(filingId).status()).isEqualTo(FilingStatus.FOLLOWING);
        Assertions.assertThat(actions.timer(instance, "protection-lapsed").getDuedate().toInstant())
                .isEqualTo(EngineActions.NOW.plusDays(90).toInstant());
    }

    @Test
    void aCustomerPastItsProtectionIsFreeBeforeTheLapseRunsAndAnotherRepsFilingProtectsItOnce() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance first = actions.file("rep1", customer);
        String firstId = filingId(first);
        actions.complete(first, "approve-filing", "manager1", Map.of("approved", true, "approvalComment", "同意"));
        String lookup = "/api/customers/lookup?creditCode=" + customer.get("creditCode");
        Assertions.assertThat(get("rep2", lookup).getBody()).containsEntry("status", "PROTECTED");

        EngineActions.setClock(EngineActions.NOW.plusDays(5).plusMinutes(1));
        actions.executeJobs(first);
        Assertions.assertThat(about(firstId, "rep1")).extracting(InAppMessage::subject).containsExactlyInAnyOrder(
                "报备已通过：" + firstId, "保护期即将届满：" + firstId);

        OffsetDateTime afterProtection = EngineActions.NOW.plusDays(7).plusMinutes(1);
        EngineActions.setClock(afterProtection);
        Assertions.assertThat(actions.timer(first, "protection-lapsed").getDuedate()).as("the lapse is due, not yet run")
                .isBefore(ClockUtil.getCurrentTime());
        Assertions.assertThat(filings.get(firstId).status()).isEqualTo(FilingStatus.APPROVED);
        Assertions.assertThat(get("rep2", lookup).getBody()).containsEntry("status", "FREE");

        ResponseEntity<Map<String, Object>> second = post("rep2", "/api/filings", customer);
        Assertions.assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Assertions.assertThat(second.getBody()).containsEntry("filingStatus", "PENDING_APPROVAL").containsEntry("collisionId", null);
        String secondId = (String) second.getBody().get("filingId");
        Assertions.assertThat(filings.get(secondId).protectedUntil()).isEqualTo(afterProtection.plusDays(7));
        Assertions.assertThat(filings.get(firstId).status()).isEqualTo(FilingStatus.LAPSED);
        Assertions.assertThat(get("rep1", lookup).getBody()).containsEntry("status", "PROTECTED");
        Assertions.assertThat(get("rep2", lookup).getBody()).containsEntry("status", "OWN").containsEntry("filingId", secondId);

        actions.executeJobs(first);
        assertThat(first).isEnded().hasPassed("lapse-filing");
        Assertions.assertThat(RecordedFilingEvents.of(jdbc, firstId)).filteredOn(e -> e.type() == FilingEventType.LAPSED).hasSize(1);
        Assertions.assertThat(filings.get(firstId).status()).isEqualTo(FilingStatus.LAPSED);
        Assertions.assertThat(get("rep2", lookup).getBody()).containsEntry("status", "OWN").containsEntry("filingId", secondId);
        Assertions.assertThat(get("rep3", lookup).getBody()).containsEntry("status", "PROTECTED");
    }

    private List<InAppMessage> about(String filingId, String recipient) {
        return InAppMessages.to(jdbc, recipient).stream().filter(m -> m.subject().endsWith(filingId)).toList();
    }

    private String filingId(ProcessInstance instance) {
        return (String) engine.getRuntimeService().getVariable(instance.getId(), "filingId");
    }

    private ResponseEntity<Map<String, Object>> get(String user, String path) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.GET, null, JSON);
    }

    private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }
}
