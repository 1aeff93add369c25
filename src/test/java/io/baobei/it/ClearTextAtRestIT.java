package io.baobei.it;

import javax.sql.DataSource;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import io.baobei.filing.FilingQueryService;
import io.baobei.filing.FilingStatus;
import io.baobei.support.FullFilingScenario;
import io.baobei.support.PostgresAppTest;

/**
 * On PostgreSQL: customer data handed to the engine (start, revision, engine REST start) is nowhere in
 * clear text at rest, in the business tables or the engine's runtime, history and byte-array tables.
 */
class ClearTextAtRestIT extends PostgresAppTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    DataSource dataSource;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    FilingQueryService filings;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void customerDataIsNeverStoredInClearText() {
        FullFilingScenario.Result result = new FullFilingScenario(engine).run(rest);

        Assertions.assertThat(filings.get(result.individualFilingId()).status()).isEqualTo(FilingStatus.ARCHIVED);
        Assertions.assertThat(filings.get(result.enterpriseFilingId()).status()).isEqualTo(FilingStatus.ARCHIVED);
        FullFilingScenario.assertNothingInClear(dataSource, result);
    }
}
