package io.baobei.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.baobei.collision.CollisionCaseService;
import io.baobei.conduct.SuspensionService;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/**
 * The staff page {@code /staff/} in real Chromium, at phone size (360×740) and on a desktop: a rep's lookup
 * opening the filing start form in Tasklist, the collision message leading to the negotiation task, an upload
 * that the manager's approval form then counts; the manager's region, finance's commission list, HR lifting a
 * suspension; and another rep's page showing none of it. Screenshots: {@code target/e2e/<test>/}.
 */
@AppTest
class StaffPageTest {

    private static final Dimension PHONE = new Dimension(360, 740);
    private static final Dimension DESKTOP = new Dimension(1400, 1000);

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    SuspensionService suspensions;
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
    void aRepOnThePhoneLooksUpFilesAndFindsTheCollisionTask() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        var first = actions.file("rep1", customer);
        String filingId = actions.filingId(first);
        actions.file("rep2", customer);
        String collisionId = collisionOf(filingId);
        actions.startedCase("collision-resolution", collisionId);
        Task negotiation = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(collisionId)
                .taskDefinitionKey("negotiate").taskAssignee("rep1").singleResult();

        tasklist.login("rep1"); // at desktop size: the phone's collapsed navbar hides what the login waits for
        chromium.driver().manage().window().setSize(PHONE);
        openStaffPage("rep1");
        tasklist.await().withMessage("the page lists the rep's filing").until(d -> text().contains(filingId));
        assertThat(text()).contains("王小明", "查重", "我的报备", "消息", filingId);
        assertThat(horizontalOverflow()).as("the page fits 360 px").isFalse();
        tasklist.shot("rep1-phone-home");

        // 消息: the collision message, unread in the header, with its link to the negotiation task
        WebElement message = await(By.xpath("//div[@data-message][contains(., '" + collisionId + "')]"));
        assertThat(Integer.parseInt(chromium.driver().findElement(By.id("unread")).getText())).isPositive();
        WebElement toTask = message.findElement(By.cssSelector("a.task-link"));
        assertThat(toTask.getAttribute("href")).endsWith("/camunda/app/tasklist/default/#/?task=" + negotiation.getId());
        tasklist.shot("rep1-phone-messages");

        // 查重: a customer nobody filed, and the button opening the filing start form in Tasklist
        lookUp("phone", "139" + "%08d".formatted(EngineActions.nextCustomer()));
        WebElement free = await(By.cssSelector("#lookup-result [data-lookup='FREE']"));
        tasklist.shot("rep1-phone-lookup-free");
        free.findElement(By.id("start-filing")).click();
        await(By.cssSelector(".modal-dialog .fjs-container"));
        assertThat(tasklist.startDialogOpen()).isTrue();
        tasklist.shot("rep1-phone-start-form");

        // the message's link opens the negotiation task
        openStaffPage("rep1");
        await(By.xpath("//div[@data-message][contains(., '" + collisionId + "')]//a[contains(@class,'task-link')]")).click();
        tasklist.await().withMessage("the negotiation form").until(d -> !d.findElements(By.cssSelector(".fjs-container")).isEmpty());
        assertThat(chromium.driver().getCurrentUrl()).contains("task=" + negotiation.getId());
        tasklist.shot("rep1-phone-negotiation-task");

        // rep3 (another region) sees none of it
        openStaffPage("rep3");
        await(By.cssSelector("#filing-list .empty, #filing-list .card"));
        assertThat(text()).doesNotContain(filingId, collisionId, (String) customer.get("customerName"));
        tasklist.shot("rep3-phone-nothing-of-rep1");
    }

    @Test
    void anUploadOnThePageShowsInTheApprovalForm() throws IOException {
        var filing = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        String filingId = actions.filingId(filing);
        Task approval = actions.task(filing, "approve-filing");

        chromium.driver().manage().window().setSize(DESKTOP);
        openStaffPage("rep1", "?filing=" + filingId + "#attachments");
        await(By.cssSelector("#upload-form:not([hidden])"));
        chromium.driver().findElement(By.id("upload-file")).sendKeys(idCardCopy().toString());
        chromium.driver().findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        await(By.cssSelector("#attachment-list [data-attachment]"));
        assertThat(chromium.driver().findElement(By.id("attachment-list")).getText()).contains("身份证");
        tasklist.shot("rep1-desktop-uploaded");

        tasklist.login("manager1");
        CamundaForm form = tasklist.openTask(approval.getId());
        tasklist.await().withMessage("the count of copies in the approval form")
                .until(d -> form.root().getText().contains("身份证 1 份"));
        assertThat(form.root().findElement(By.xpath(".//a[contains(., '上传或下载证件附件')]")).getAttribute("href"))
                .endsWith("/staff/?filing=" + filingId + "#attachments");
        tasklist.shot("manager1-approval-form-counts-the-copy");
    }

    @Test
    void managerFinanceAndHrSeeTheirSections() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        String filingId = actions.filingId(actions.file("rep1", customer));
        actions.file("rep2", customer);
        String collisionId = collisionOf(filingId);
        String suspended = actions.newRep("susp", "停", "权");
        suspensions.suspend(suspended, "端到端测试", null);

        for (Dimension size : new Dimension[] {PHONE, DESKTOP}) {
            String suffix = size == PHONE ? "phone" : "desktop";
            chromium.driver().manage().window().setSize(size);

            openStaffPage("manager1");
            await(By.cssSelector("#region:not([hidden]) [data-collision='" + collisionId + "']"));
            await(By.cssSelector("#region-filings [data-filing='" + filingId + "']"));
            assertThat(isShown("finance")).isFalse();
            assertThat(isShown("hr")).isFalse();
            tasklist.shot("manager1-" + suffix);

            openStaffPage("finance1");
            await(By.cssSelector("#finance:not([hidden]) #finance-lines > *"));
            assertThat(chromium.driver().findElement(By.id("finance-excel")).getAttribute("href")).contains("/api/commissions.xlsx?period=");
            assertThat(isShown("region")).isFalse();
            tasklist.shot("finance1-" + suffix);

            openStaffPage("hr1");
            await(By.cssSelector("#hr:not([hidden]) #suspensions > *"));
            assertThat(isShown("region")).isFalse();
            tasklist.shot("hr1-" + suffix);
        }

        WebElement lift = await(By.cssSelector("[data-person='" + suspended + "'] button.lift"));
        lift.click();
        tasklist.await().withMessage("the suspension lifted")
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-person='" + suspended + "']")));
        assertThat(suspensions.active(suspended)).isEmpty();
        tasklist.shot("hr1-lifted");
    }

    /** The staff page as {@code user}: the browser sends their basic-auth login with every request, as after the prompt. */
    private void openStaffPage(String user, String... suffix) {
        String login = Base64.getEncoder().encodeToString((user + ":" + TasklistPage.PASSWORD).getBytes(StandardCharsets.UTF_8));
        chromium.driver().executeCdpCommand("Network.enable", Map.of());
        chromium.driver().executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", "Basic " + login)));
        chromium.driver().get("about:blank");
        chromium.driver().get("http://localhost:" + port + "/staff/" + String.join("", suffix));
        tasklist.await().withMessage("the staff page signed in as " + user)
                .until(d -> !d.findElement(By.id("me")).getText().isBlank());
    }

    private void lookUp(String by, String value) {
        new org.openqa.selenium.support.ui.Select(chromium.driver().findElement(By.id("lookup-by"))).selectByValue(by);
        WebElement input = chromium.driver().findElement(By.id("lookup-value"));
        input.clear();
        input.sendKeys(value);
        chromium.driver().findElement(By.cssSelector("#lookup-form button[type=submit]")).click();
    }

    private WebElement await(By by) {
        return tasklist.await().withMessage(by.toString()).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private boolean isShown(String sectionId) {
        return chromium.driver().findElement(By.id(sectionId)).isDisplayed();
    }

    private String text() {
        return chromium.driver().findElement(By.tagName("body")).getText();
    }

    private boolean horizontalOverflow() {
        return (Boolean) chromium.driver().executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    private String collisionOf(String filingId) {
        return collisions.ofFiling(filingId).stream().findFirst().orElseThrow(() -> new AssertionError("no collision for " + filingId)).id();
    }

    private static Path idCardCopy() throws IOException {
        Path file = Files.createTempFile("id-card-", ".png");
        file.toFile().deleteOnExit();
        ImageIO.write(new BufferedImage(40, 24, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }
}
