package io.baobei.filing;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;

import ch.qos.logback.classic.Level;

import io.baobei.support.AppTest;
import io.baobei.support.FullFilingScenario;
import io.baobei.support.LogLevels;
import io.baobei.support.StructuredLogCapture;

/**
 * On the embedded H2 database (the shared test context): customer data handed to the engine is nowhere
 * in clear text at rest. The same scenario runs on PostgreSQL in {@code io.baobei.it.ClearTextAtRestIT}.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class ClearTextAtRestTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    DataSource dataSource;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    FilingRepository filings;
    @Autowired
    FilingCustomerData customerData;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /**
     * The app, the engine (with its SQL) and Spring JDBC log at DEBUG while the scenario runs (not Spring MVC:
     * at DEBUG it prints request and response bodies by design), as the console prints it and
     * in the structured formats an operations team may switch on ({@code logging.structured.format.console:
     * ecs} or {@code logstash}), their JSON values decoded.
     */
    @Test
    void customerDataIsNeverStoredInClearTextNorLogged(CapturedOutput log) {
        FullFilingScenario.Result result;
        try (StructuredLogCapture ecs = StructuredLogCapture.start("ecs");
             StructuredLogCapture logstash = StructuredLogCapture.start("logstash")) {
            try (LogLevels debug = LogLevels.set(Map.of("io.baobei", Level.DEBUG, "org.camunda.bpm", Level.DEBUG,
                    "org.springframework.jdbc", Level.DEBUG))) {
                result = new FullFilingScenario(engine).run(rest);
            }

            for (StructuredLogCapture structured : List.of(ecs, logstash)) {
                Assertions.assertThat(structured.lines()).as("structured lines").hasSizeGreaterThan(100);
                Assertions.assertThat(structured.text()).as("the structured log").doesNotContain(result.clearValues());
            }
        }

        Assertions.assertThat(filings.get(result.individualFilingId()).status()).isEqualTo(FilingStatus.ARCHIVED);
        Assertions.assertThat(filings.get(result.enterpriseFilingId()).status()).isEqualTo(FilingStatus.ARCHIVED);
        FullFilingScenario.assertNothingInClear(dataSource, result);
        Assertions.assertThat(customerData.decrypt(filings.get(result.individualFilingId()).customer()).propertyId())
                .as("the revision kept the property id the process showed masked").matches("CY-7Q\\d+-0301");
        Assertions.assertThat(log.getAll()).as("the log").doesNotContain(result.clearValues());
    }

    /** Cockpit's history shows a customer's data masked, the display object exactly as the running process shows it. */
    @Test
    void historyKeepsTheMaskedValuesTheProcessShows() {
        FullFilingScenario.Result result = new FullFilingScenario(engine).run(rest);
        String instance = result.restProcessInstanceId();

        Object shown = engine.getRuntimeService().getVariable(instance, FilingDisplay.VARIABLE);
        Object kept = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance).variableName(FilingDisplay.VARIABLE).singleResult().getValue();
        Assertions.assertThat(String.valueOf(kept)).as("history of the display object").isEqualTo(String.valueOf(shown));
        for (String variable : List.of("customerName", "contactName", "contactPhone", "address", "idNumber", "propertyId")) {
            Assertions.assertThat(FilingDisplay.parse(String.valueOf(shown)).get(variable)).as(variable).asString().contains("*");
            // the start variables the engine REST start handed over, and the revision's: in history, masked
            engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance).variableName(variable)
                    .list().forEach(handed -> Assertions.assertThat(handed.getValue()).as("history of %s", variable).asString().contains("*"));
        }
    }
}
