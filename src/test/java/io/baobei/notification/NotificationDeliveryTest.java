package io.baobei.notification;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;

import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;
import jakarta.mail.internet.MimeMessage;

/**
 * Mail over a real SMTP server (GreenMail) and a group robot's webhook (a local HTTP server): messages
 * arrive with the right content, and a server that is down neither undoes the business nor loses the
 * message.
 */
@AppTest
class NotificationDeliveryTest {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final List<String> ROBOT_MESSAGES = new CopyOnWriteArrayList<>();
    static final AtomicInteger ROBOT_STATUS = new AtomicInteger(200);
    static final HttpServer ROBOT = robot();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        SMTP.start();
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        // an engine of its own name, so that the shared test context keeps "default"
        registry.add("camunda.bpm.process-engine-name", () -> "notificationDelivery");
        registry.add("notification.webhook-url", () -> "http://localhost:" + ROBOT.getAddress().getPort() + "/robot/send");
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void clean() throws Exception {
        EngineActions.setClock(EngineActions.NOW);
        dispatcher.dispatchDue();
        SMTP.purgeEmailFromAllMailboxes();
        ROBOT_MESSAGES.clear();
        ROBOT_STATUS.set(200);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
        ROBOT.stop(0);
    }

    @Test
    void aCollisionReachesTheRepsAndManagersByMailAndTheGroupRobot() throws Exception {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        EngineActions actions = new EngineActions(engine);
        actions.file("rep1", customer);
        String collisionId = (String) engine.getRuntimeService()
                .getVariable(actions.file("rep2", new HashMap<>(customer)).getId(), "collisionId");
        actions.startedCase("collision-resolution", collisionId);

        Assertions.assertThat(dispatcher.dispatchDue()).isGreaterThanOrEqualTo(4);

        MimeMessage[] mails = SMTP.getReceivedMessages();
        Assertions.assertThat(mails).extracting(m -> m.getAllRecipients()[0].toString())
                .contains("rep1@demo.baobei.local", "rep2@demo.baobei.local", "manager1@demo.baobei.local");
        for (MimeMessage mail : mails) {
            Assertions.assertThat(mail.getSubject()).contains("撞单提醒").contains(collisionId);
            Assertions.assertThat(GreenMailUtil.getBody(mail)).doesNotContain(phoneDigits(customer));
        }
        Assertions.assertThat(ROBOT_MESSAGES).singleElement().asString()
                .contains("\"msgtype\":\"text\"").contains(collisionId).doesNotContain(phoneDigits(customer));
    }

    @Test
    void aRobotThatIsDownDoesNotUndoTheFilingAndGetsTheMessageLater() {
        ROBOT_STATUS.set(503);
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        EngineActions actions = new EngineActions(engine);
        actions.file("rep1", customer);
        var second = actions.file("rep2", new HashMap<>(customer));
        String collisionId = (String) engine.getRuntimeService().getVariable(second.getId(), "collisionId");
        Assertions.assertThat(jdbc.sql("select count(*) from collision where id = :id").param("id", collisionId)
                .query(Integer.class).single()).as("the business committed").isEqualTo(1);
        actions.startedCase("collision-resolution", collisionId);

        dispatcher.dispatchDue();
        OutboxMessage pending = webhookFor(collisionId);
        Assertions.assertThat(pending.status()).isEqualTo(OutboxMessage.PENDING);
        Assertions.assertThat(pending.attempts()).isEqualTo(1);
        Assertions.assertThat(pending.lastError()).contains("503");

        ROBOT_STATUS.set(200);
        Assertions.assertThat(dispatcher.dispatchDue()).as("not due before the retry delay").isZero();
        EngineActions.setClock(EngineActions.NOW.plus(Duration.ofMinutes(2)));
        dispatcher.dispatchDue();

        Assertions.assertThat(webhookFor(collisionId).status()).isEqualTo(OutboxMessage.SENT);
        Assertions.assertThat(ROBOT_MESSAGES).anyMatch(message -> message.contains(collisionId));
    }

    @Test
    void aMessageThatKeepsFailingIsListedForAdministrationAndCanBeSentAgain() {
        ROBOT_STATUS.set(500);
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        EngineActions actions = new EngineActions(engine);
        actions.file("rep1", customer);
        String collisionId = (String) engine.getRuntimeService()
                .getVariable(actions.file("rep2", new HashMap<>(customer)).getId(), "collisionId");
        actions.startedCase("collision-resolution", collisionId);

        for (int attempt = 1; attempt <= 5; attempt++) {
            EngineActions.setClock(EngineActions.NOW.plus(Duration.ofMinutes(20L * attempt)));
            dispatcher.dispatchDue();
        }

        OutboxMessage failed = webhookFor(collisionId);
        Assertions.assertThat(failed.status()).isEqualTo(OutboxMessage.FAILED);
        Assertions.assertThat(failed.attempts()).isEqualTo(5);
        Assertions.assertThat(http.withBasicAuth("admin", DemoUsers.PASSWORD)
                .getForObject("/api/notifications/outbox?status=FAILED", String.class)).contains(collisionId);
        Assertions.assertThat(http.withBasicAuth("rep1", DemoUsers.PASSWORD)
                .getForEntity("/api/notifications/outbox", String.class).getStatusCode().value()).isEqualTo(403);

        ROBOT_STATUS.set(200);
        http.withBasicAuth("admin", DemoUsers.PASSWORD).postForEntity("/api/notifications/outbox/" + failed.id() + "/retry", null, Void.class);
        dispatcher.dispatchDue();
        Assertions.assertThat(webhookFor(collisionId).status()).isEqualTo(OutboxMessage.SENT);
    }

    private OutboxMessage webhookFor(String collisionId) {
        return List.of(OutboxMessage.PENDING, OutboxMessage.SENT, OutboxMessage.FAILED).stream()
                .flatMap(status -> outbox.withStatus(status).stream())
                .filter(m -> m.channel() == Channel.WEBHOOK && m.subject().contains(collisionId))
                .findFirst().orElseThrow();
    }

    private static String phoneDigits(Map<String, Object> customer) {
        return ((String) customer.get("contactPhone")).replaceAll("\\D", "").substring(2);
    }

    private static HttpServer robot() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/robot/send", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int status = ROBOT_STATUS.get();
                if (status == 200) {
                    ROBOT_MESSAGES.add(body);
                }
                byte[] answer = "{\"errcode\":0}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
