package io.baobei.e2e;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One Chromium per test on the running application, in Chinese: opened before the test, with the page saved
 * beside the step screenshots when the test fails, closed after it. Register it as a field with
 * {@code @RegisterExtension}; it needs the Spring test context of the class ({@code @AppTest}).
 */
final class BrowserSession implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    private Chromium chromium;
    private Screenshots shots;
    private TasklistPage tasklist;

    @Override
    public void beforeEach(ExtensionContext context) {
        Chromium.requireInstalled(); // CI=true: fails; elsewhere: the test is skipped, saying why
        // the browser works in real time; other tests may have left the engine clock elsewhere
        ClockUtil.reset();
        String baseUrl = "http://localhost:" + SpringExtension.getApplicationContext(context).getEnvironment()
                .getProperty("local.server.port");
        shots = new Screenshots(context.getRequiredTestMethod().getName());
        chromium = Chromium.start("zh-CN");
        tasklist = new TasklistPage(chromium.driver(), baseUrl, shots);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && tasklist != null) {
            shots.take(tasklist.driver(), "FAILED");
            shots.html(tasklist.driver(), "FAILED");
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
        }
    }

    Chromium chromium() {
        return chromium;
    }

    Screenshots shots() {
        return shots;
    }

    TasklistPage tasklist() {
        return tasklist;
    }
}
