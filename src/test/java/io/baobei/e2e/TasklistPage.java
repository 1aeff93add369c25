package io.baobei.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Camunda Tasklist as a user sees it: the login page, the task list, a task and the start-process dialog. */
final class TasklistPage {

    static final String PASSWORD = "Demo#2026pw";

    private static final By USERNAME = By.cssSelector("input[ng-model='username']");
    private static final By PASSWORD_FIELD = By.cssSelector("input[ng-model='password']");
    private static final By START_PROCESS = By.cssSelector("li.start-process-action a");
    private static final By TASK_FORM = By.cssSelector(".task-details .fjs-container, [cam-tasklist-task] .fjs-container");
    private static final By START_FORM = By.cssSelector(".modal-dialog .fjs-container");

    private final WebDriver driver;
    private final String base;
    private final Screenshots shots;
    private final WebDriverWait wait;

    /** @param appUrl e.g. {@code http://localhost:8080} */
    TasklistPage(WebDriver driver, String appUrl, Screenshots shots) {
        this.driver = driver;
        this.base = appUrl + "/camunda/app/tasklist/default/";
        this.shots = shots;
        // AngularJS and form-js replace elements as they re-render: an element gone stale is looked up again
        this.wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class);
    }

    WebDriver driver() {
        return driver;
    }

    WebDriverWait await() {
        return wait;
    }

    void shot(String step) {
        shots.take(driver, step);
    }

    /** The login page, signed out (a fresh session: cookies and stored state of the previous user gone). */
    TasklistPage loginPage() {
        if (driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
            ((JavascriptExecutor) driver).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        }
        driver.get("about:blank");
        driver.get(base + "#/login");
        wait.withMessage("the Tasklist login form").until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
        return this;
    }

    /** Signs in as {@code user} (ending any earlier session) and waits for the task list. */
    TasklistPage login(String user) {
        loginPage();
        // The login form focuses its user field once it has settled; keys typed before that can land in the
        // wrong field, so type until both fields hold what was typed.
        wait.withMessage("the login form filled in for " + user).until(d -> {
            WebElement name = d.findElement(USERNAME);
            WebElement password = d.findElement(PASSWORD_FIELD);
            name.clear();
            name.sendKeys(user);
            password.clear();
            password.sendKeys(PASSWORD);
            return user.equals(name.getAttribute("value")) && PASSWORD.equals(password.getAttribute("value"));
        });
        driver.findElement(By.cssSelector("form button[type='submit']")).click();
        wait.withMessage("Tasklist after " + user + " signs in").until(ExpectedConditions.and(
                ExpectedConditions.invisibilityOfElementLocated(USERNAME),
                ExpectedConditions.visibilityOfElementLocated(START_PROCESS)));
        shot("login-" + user);
        return this;
    }

    /** The login form's words: the user name and password placeholders and the button. */
    List<String> loginFormTexts() {
        return List.of(driver.findElement(USERNAME).getAttribute("placeholder"),
                driver.findElement(PASSWORD_FIELD).getAttribute("placeholder"),
                driver.findElement(By.cssSelector("form button[type='submit']")).getText().trim());
    }

    /** Text of the visible page (for language checks and error messages). */
    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * The task list of a filter, searched for one business key (Tasklist keeps both in its URL, as a
     * bookmark would): {@code #/?filter=<id>&searchQuery=[{"type":"processInstanceBusinessKey",…}]}.
     */
    TasklistPage goToList(String filterId, String businessKey) {
        String search = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"" + businessKey
                + "\",\"name\":\"\"}]";
        driver.get("about:blank"); // a fresh page: the list shown is the one of this search, never the one before
        driver.get(base + "#/?filter=" + filterId + "&searchQuery=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
        wait.withMessage("the search for " + businessKey + " applied").until(d -> !d.findElements(
                By.xpath("//*[contains(@class,'search-label') or contains(@class,'cam-widget-search')]//*[contains(normalize-space(.),'"
                        + businessKey + "')]")).isEmpty());
        waitForTaskList();
        return this;
    }

    /** The ids of the tasks listed in the current filter (first page). */
    List<String> listedTaskIds() {
        waitForTaskList();
        return driver.findElements(By.cssSelector("ol.tasks-list li.task h4 a")).stream()
                .map(a -> a.getAttribute("href"))
                .map(href -> href.substring(href.indexOf("task=") + "task=".length()))
                .toList();
    }

    /** Waits until the current filter lists the task and returns its entry (name and process). */
    WebElement listedTask(String taskId) {
        return wait.withMessage("task " + taskId + " in the task list").until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.tasks-list a[href='#/?task=" + taskId + "']")));
    }

    /** The list column has loaded: its spinner is gone and it shows tasks or says there are none. */
    private void waitForTaskList() {
        By tasks = By.cssSelector("[cam-tasks]");
        wait.withMessage("the task list loaded").until(d -> {
            List<WebElement> column = d.findElements(tasks);
            if (column.isEmpty() || column.get(0).findElements(By.cssSelector(".loader")).stream().anyMatch(WebElement::isDisplayed)) {
                return false;
            }
            String text = column.get(0).getText();
            return !column.get(0).findElements(By.cssSelector("ol.tasks-list")).isEmpty()
                    || text.contains("未找到符合过滤条件的任务") || text.contains("No task matching filters found");
        });
    }

    /** Texts of the alerts and notifications visible now (errors of Tasklist and of the engine). */
    String notificationText() {
        return String.join(" | ", driver.findElements(By.cssSelector(".alert, .notifications .notification")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).map(String::trim).filter(t -> !t.isEmpty()).toList());
    }

    /** An opened task that Tasklist refuses: no form, and its notice that the task does not exist (for this user). */
    boolean taskRefused(String taskId) {
        String notice = notificationText();
        return driver.findElements(By.cssSelector(".fjs-container")).isEmpty()
                && (notice.contains("该任务已不存在") || notice.contains("The task does not exist anymore")) && notice.contains(taskId);
    }

    /** Opens a task by its URL, as a link in a mail or the list would, without waiting for its form. */
    TasklistPage goToTask(String taskId) {
        driver.get(base + "#/?task=" + taskId);
        return this;
    }

    /** Opens a task by its URL and waits for its form. */
    CamundaForm openTask(String taskId) {
        goToTask(taskId);
        CamundaForm form = new CamundaForm(driver, TASK_FORM);
        shot("task-" + taskId.substring(0, 8));
        return form;
    }

    /** Claims the open task and waits until Tasklist shows it as the user's. */
    TasklistPage claim() {
        wait.withMessage("the claim button").until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
        wait.withMessage("the task claimed").until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button.unclaim")));
        return this;
    }

    /** Clicks Complete once it is enabled. */
    TasklistPage complete() {
        WebElement button = wait.withMessage("the Complete button enabled").until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".form-actions button.btn-primary[ng-click='complete()']")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        shot("before-complete");
        button.click();
        return this;
    }

    /** Opens 启动流程 / Start process in the header and picks the process by its name; returns its start form. */
    CamundaForm startForm(String processName) {
        wait.withMessage("the 启动流程 menu").until(ExpectedConditions.elementToBeClickable(START_PROCESS)).click();
        By entry = By.xpath("//div[contains(@class,'modal-dialog')]//a[normalize-space(.)='" + processName + "']");
        wait.withMessage("process " + processName + " in the start dialog")
                .until(ExpectedConditions.elementToBeClickable(entry)).click();
        CamundaForm form = new CamundaForm(driver, START_FORM);
        shot("start-form");
        return form;
    }

    /** The start dialog's 启动 / Start button. */
    WebElement startButton() {
        return driver.findElement(By.cssSelector(".modal-footer button.btn-primary[ng-click='startProcessInstance()']"));
    }

    boolean startDialogOpen() {
        try {
            return driver.findElements(By.cssSelector(".modal-dialog")).stream().anyMatch(WebElement::isDisplayed);
        } catch (StaleElementReferenceException closing) {
            return false;
        }
    }
}
