package io.baobei.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.baobei.collision.CollisionCaseService;
import io.baobei.collision.ResolvedBy;
import io.baobei.filing.FilingDisplay;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.FilingStatus;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/**
 * The application through real Chromium and the real Tasklist forms, as the demo users: a filing from the
 * start form to approval (with a rejection and resubmission in between), a follow-up with a deposit, a
 * collision through negotiation to arbitration, what another region may not see, and the webapps'
 * language. Screenshots of every step: {@code target/e2e/<test>/}.
 */
@AppTest
class TasklistFlowsTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Tasklist's filters (platform.security.AccessSetup), with a name for screenshot files. */
    private record Filter(String name, String file) {
    }

    private static final List<Filter> FILTERS = List.of(new Filter("我的任务", "my-tasks"), new Filter("待我领取", "to-claim"),
            new Filter("组任务", "group-tasks"));
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    FilingQueryService filings;
    @Autowired
    CollisionCaseService collisions;

    EngineActions actions;
    Chromium chromium;
    Screenshots shots;
    TasklistPage tasklist;

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @BeforeEach
    void useBrowser() {
        actions = new EngineActions(engine);
        chromium = browser.chromium();
        shots = browser.shots();
        tasklist = browser.tasklist();
    }

    @Test
    void aFilingFromTheStartFormIsRejectedRevisedAndApproved() {
        int n = EngineActions.nextCustomer();
        String phone = "139" + "%08d".formatted(n);
        LocalDateTime visit = LocalDate.now(CHINA).plusDays(10).atTime(LocalTime.of(10, 0));

        tasklist.login("rep1");
        CamundaForm start = tasklist.startForm("客户报备");
        start.select("客户类型", "企业客户")
                .fill("客户名称", "重庆兆度科技第" + n + "分公司")
                .fill("统一社会信用代码", Filings.creditCode(n))
                .fill("法定代表人", "马化腾")
                .fill("联系人", "马化腾")
                .fill("详细地址", "重庆市渝北区金开大道" + n + "号")
                .select("客户所在区域", "华东区")
                .dateTime("计划拜访时间（日期）", "时间", visit)
                .fill("拜访目的", "介绍门禁系统方案")
                .fill("预计成交金额（元）", "200000")
                .fill("联系电话", "电话139-abc");
        assertThat(start.selected("客户阶段")).as("default stage").isEqualTo("到店咨询");

        // everything filled but the phone: a message, and the form cannot be started
        tasklist.await().withMessage("a message under 联系电话 for an invalid phone")
                .until(d -> !start.errors("联系电话").isEmpty());
        tasklist.shot("invalid-phone");
        assertThat(tasklist.startButton().isEnabled()).as("启动 with an invalid phone").isFalse();
        Set<String> before = filingsStartedBy("rep1");
        tasklist.startButton().click();
        assertThat(start.errors("联系电话")).as("the phone's validation message").isNotEmpty();
        assertThat(tasklist.startDialogOpen()).as("the start dialog stays open").isTrue();
        assertThat(filingsStartedBy("rep1")).as("nothing was filed").isEqualTo(before);

        start.fill("联系电话", "139 " + phone.substring(3, 7) + " " + phone.substring(7));
        tasklist.await().withMessage("no validation message left").until(d -> start.errors("联系电话").isEmpty());
        tasklist.await().withMessage("启动 enabled").until(d -> tasklist.startButton().isEnabled());
        tasklist.shot("start-form-filled");
        tasklist.startButton().click();
        String instanceId = tasklist.await().withMessage("the filing started from the start form")
                .until(d -> difference(filingsStartedBy("rep1"), before));
        tasklist.await().withMessage("the start dialog closed").until(d -> !tasklist.startDialogOpen());
        tasklist.shot("started");
        ProcessInstance filing = instance(instanceId);
        String filingId = variable(instanceId, "filingId");
        assertThat(filings.get(filingId).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
        assertThat(filings.get(filingId).filer()).isEqualTo("rep1");
        assertThat(filings.get(filingId).visitTime().atZoneSameInstant(CHINA).toLocalDateTime())
                .as("the datetime field's date and time").isEqualTo(visit);

        // manager1 rejects with a comment
        String approval = openTaskId(filing, "approve-filing");
        tasklist.login("manager1");
        CamundaForm approve = tasklist.openTask(approval);
        assertThat(approve.text()).contains(filingId).contains("139****" + phone.substring(7))
                .contains("预计成交金额：200000").contains("客户阶段：到店咨询");
        tasklist.claim();
        approve.check("同意此报备", false).fill("审批意见（驳回时必填，请写明修改建议）", "请在拜访目的中写明客户的具体需求");
        tasklist.complete();
        awaitCompleted(approval);

        // rep1 sees the comment and resubmits
        String revision = openTaskId(filing, "revise-filing");
        tasklist.login("rep1");
        CamundaForm revise = tasklist.openTask(revision);
        assertThat(revise.text()).contains("驳回意见").contains("请在拜访目的中写明客户的具体需求");
        tasklist.shot("rejection-comment");
        revise.fill("拜访目的", "介绍门禁系统方案：客户需要三栋楼的人脸识别门禁").check("修改后重新提交（不勾选则撤回本次报备）", true);
        tasklist.complete();
        awaitCompleted(revision);

        // manager1 approves
        String secondApproval = openTaskId(filing, "approve-filing");
        tasklist.login("manager1");
        CamundaForm approveAgain = tasklist.openTask(secondApproval);
        assertThat(approveAgain.value("拜访目的")).contains("人脸识别门禁");
        tasklist.claim();
        approveAgain.check("同意此报备", true);
        tasklist.complete();
        awaitCompleted(secondApproval);

        assertThat(filings.get(filingId).status()).isEqualTo(FilingStatus.APPROVED);
        assertThat(openTaskId(filing, "assign-follower")).isNotNull();
    }

    @Test
    void aFollowUpWithADepositShowsTheExtendedProtection() {
        ProcessInstance filing = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(filing, "approve-filing", "manager1", Map.of("approved", true));

        String assignment = openTaskId(filing, "assign-follower");
        tasklist.login("manager1");
        CamundaForm assign = tasklist.openTask(assignment);
        tasklist.claim();
        assign.select("跟进人", followerLabel(filing, "rep1"));
        tasklist.complete();
        awaitCompleted(assignment);

        String firstFollowUp = openTaskId(filing, "follow-up");
        String inquiryUntil = shownProtectedUntil(filing);
        tasklist.login("rep1");
        CamundaForm followUp = tasklist.openTask(firstFollowUp);
        assertThat(followUp.text()).contains("保护期至 " + inquiryUntil);
        followUp.scrollTo("保护期至");
        tasklist.shot("protection-before-deposit");
        followUp.fill("跟进记录（联系情况、客户反馈、需求变化）", "客户到店看样板间，已缴定金两万元")
                .fill("单价（元）", "3500")
                .select("跟进结果", "客户已缴定金（保护期延长）");
        assertThat(followUp.text()).contains("保护期将按“已缴定金”阶段重新计算");
        tasklist.complete();
        awaitCompleted(firstFollowUp);

        String secondFollowUp = openTaskId(filing, "follow-up");
        String depositUntil = shownProtectedUntil(filing);
        CamundaForm next = tasklist.openTask(secondFollowUp);
        tasklist.await().withMessage("保护期至 " + depositUntil).until(d -> next.text().contains("保护期至 " + depositUntil));
        next.scrollTo("保护期至");
        tasklist.shot("extended-protection");
        assertThat(next.text()).doesNotContain("保护期至 " + inquiryUntil);
        DateTimeFormatter shown = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        assertThat(ChronoUnit.DAYS.between(LocalDateTime.parse(inquiryUntil, shown), LocalDateTime.parse(depositUntil, shown)))
                .as("a deposit protects for 90 days from the filing instead of 7").isEqualTo(83);
    }

    @Test
    void repsWhoDisagreeThroughTheFormsLeaveItToTheManagersArbitration() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        actions.file("rep1", customer);
        // rep2 files the same customer, the phone written without +86 and with spaces for the dashes
        Map<String, Object> sameCustomer = new HashMap<>(customer);
        sameCustomer.put("contactPhone", ((String) customer.get("contactPhone")).replace("+86 ", "").replace("-", " "));
        ResponseEntity<Map<String, Object>> filed = http.withBasicAuth("rep2", TasklistPage.PASSWORD)
                .exchange("/api/filings", HttpMethod.POST, new HttpEntity<>(sameCustomer), JSON);
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(filed.getBody()).containsEntry("filingStatus", "IN_COLLISION");
        String collisionId = (String) filed.getBody().get("collisionId");
        String secondFilingId = (String) filed.getBody().get("filingId");
        ProcessInstance resolution = actions.startedCase("collision-resolution", collisionId);

        negotiate(resolution, collisionId, "rep1", "归先报备者", "我方先报备，已两次上门拜访");
        negotiate(resolution, collisionId, "rep2", "归后报备者", "客户主动联系我方，需求由我方整理");

        String arbitration = openTaskId(resolution, "arbitrate");
        String recommended = variable(resolution.getId(), "recommendedOwner");
        String reason = variable(resolution.getId(), "recommendationReason");
        tasklist.login("manager1");
        CamundaForm arbitrate = tasklist.openTask(arbitration);
        arbitrate.scrollTo("系统建议");
        tasklist.shot("arbitrate-recommendation");
        assertThat(arbitrate.text()).contains("撞单仲裁：" + collisionId).contains("系统建议")
                .contains(switch (recommended) {
                    case "FIRST" -> "归先报备者（第一方）";
                    case "SECOND" -> "归后报备者（第二方）";
                    default -> "共同所有、提成各50%";
                })
                .contains("理由：" + reason)
                .contains("双方协商意见").contains("王小明（先报备）").contains("李娜（后报备）");
        tasklist.claim();
        arbitrate.select("仲裁决定", switch (recommended) {
            case "FIRST" -> "归先报备者";
            case "SECOND" -> "归后报备者";
            default -> "共同所有、提成各50%";
        });
        tasklist.complete();
        awaitCompleted(arbitration);
        actions.executeJobs(resolution);

        assertThat(collisions.get(collisionId).resolvedBy()).isEqualTo(ResolvedBy.ARBITRATION);
        assertThat(collisions.get(collisionId).resolution().name()).as("decided as recommended").isEqualTo(recommended);
        assertThat(collisions.get(collisionId).decidedBy()).isEqualTo("manager1");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(resolution.getId()).count()).isZero();
        assertThat(filings.get(secondFilingId).status()).as("rep2's filing once the outcome reached it")
                .isNotEqualTo(FilingStatus.IN_COLLISION);
    }

    @Test
    void anotherRegionsRepAndManagerCannotSeeOrOpenEastsTask() {
        ProcessInstance east = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        String filingId = variable(east.getId(), "filingId");
        String approval = openTaskId(east, "approve-filing");

        tasklist.login("manager1");
        tasklist.goToList(filterId("待我领取"), filingId);
        tasklist.listedTask(approval);
        tasklist.shot("manager1-sees-it");

        tasklist.login("rep3");
        for (Filter filter : FILTERS) {
            tasklist.goToList(filterId(filter.name()), filingId);
            assertThat(tasklist.listedTaskIds()).as("rep3's " + filter.name()).doesNotContain(approval);
            tasklist.shot("rep3-" + filter.file());
        }
        assertTaskDoesNotOpen(approval, "rep3");

        tasklist.login("manager2");
        for (Filter filter : FILTERS) {
            tasklist.goToList(filterId(filter.name()), filingId);
            assertThat(tasklist.listedTaskIds()).as("manager2's " + filter.name()).doesNotContain(approval);
            tasklist.shot("manager2-" + filter.file());
        }
        assertTaskDoesNotOpen(approval, "manager2");
        assertThat(engine.getTaskService().createTaskQuery().taskId(approval).singleResult().getAssignee()).isNull();
    }

    @Test
    void tasklistSpeaksTheBrowsersLanguage() {
        tasklist.loginPage();
        tasklist.shot("login-zh");
        assertThat(tasklist.loginFormTexts()).containsExactly("用户名", "密码", "登录");
        tasklist.login("rep1");
        assertThat(tasklist.pageText()).contains("启动流程").contains("我的任务");

        try (Chromium english = Chromium.start("en-US")) {
            TasklistPage inEnglish = new TasklistPage(english.driver(), "http://localhost:" + port, shots);
            inEnglish.loginPage();
            inEnglish.shot("login-en");
            assertThat(inEnglish.loginFormTexts()).containsExactly("Username", "Password", "Log in");
            inEnglish.login("rep1");
            assertThat(inEnglish.pageText()).contains("Start process").doesNotContain("启动流程");
        }
    }

    // ---------------------------------------------------------------------------------------------

    private void negotiate(ProcessInstance resolution, String collisionId, String rep, String proposal, String statement) {
        String task = engine.getTaskService().createTaskQuery().processInstanceId(resolution.getId())
                .taskDefinitionKey("negotiate").taskAssignee(rep).singleResult().getId();
        tasklist.login(rep);
        tasklist.goToList(filterId("我的任务"), collisionId);
        WebElement listed = tasklist.listedTask(task);
        assertThat(listed.getText()).contains("撞单协商");
        tasklist.shot(rep + "-negotiate-listed");
        CamundaForm form = tasklist.openTask(task);
        assertThat(form.text()).contains("撞单协商：" + collisionId);
        form.select("协商方案", proposal).fill("情况说明（将报人事行政部和财务部备案）", statement);
        tasklist.complete();
        awaitCompleted(task);
    }

    private void assertTaskDoesNotOpen(String taskId, String user) {
        tasklist.goToTask(taskId);
        tasklist.await().withMessage(user + " opening " + taskId + ": Tasklist tells the task is not there")
                .until(d -> tasklist.taskRefused(taskId));
        tasklist.shot(user + "-opens-east-task");
        assertThat(tasklist.driver().findElements(By.cssSelector(".fjs-container"))).as(user + " sees no form").isEmpty();
        assertThat(tasklist.driver().findElements(By.cssSelector("button.claim"))).as(user + " cannot claim").isEmpty();
    }

    private String followerLabel(ProcessInstance filing, String user) {
        try {
            List<Map<String, String>> options = new ObjectMapper().readValue(
                    engine.getRuntimeService().getVariable(filing.getId(), "followerOptions").toString(),
                    new TypeReference<>() {
                    });
            return options.stream().filter(o -> user.equals(o.get("value"))).findFirst().orElseThrow().get("label");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitCompleted(String taskId) {
        TaskService tasks = engine.getTaskService();
        tasklist.await().withMessage(() -> "task " + taskId + " completed; the page shows: " + tasklist.notificationText())
                .until(d -> tasks.createTaskQuery().taskId(taskId).count() == 0);
        tasklist.shot("completed");
    }

    private String openTaskId(ProcessInstance instance, String key) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(key).singleResult();
        assertThat(task).as("open task " + key).isNotNull();
        return task.getId();
    }

    private Set<String> filingsStartedBy(String user) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("customer-filing")
                .startedBy(user).list().stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    }

    private static String difference(Set<String> now, Set<String> before) {
        return now.stream().filter(id -> !before.contains(id)).findFirst().orElse(null);
    }

    private ProcessInstance instance(String id) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    /** Until when the forms say the filing is protected (the process's display object). */
    private String shownProtectedUntil(ProcessInstance filing) {
        return (String) FilingDisplay.parse(variable(filing.getId(), FilingDisplay.VARIABLE)).get(FilingDisplay.PROTECTED_UNTIL);
    }

    private String variable(String instanceId, String name) {
        Object value = engine.getRuntimeService().getVariable(instanceId, name);
        return value == null ? null : value.toString();
    }

    private String filterId(String name) {
        return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
    }
}
