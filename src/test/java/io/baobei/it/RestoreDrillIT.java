package io.baobei.it;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import io.baobei.filing.FilingStatus;
import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppInstances;
import io.baobei.support.EmbeddedPostgresDatabases;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;
import io.baobei.support.PostgresClientTools;

/**
 * The restore drill of docs/operations.md: a database with a filing, a collision and an approved filing is dumped
 * with {@code pg_dump}, restored with {@code pg_restore} into a fresh database, and the application started on it
 * with the same customer-data key finds every filing, claim, collision, timer and task as they were, reads the
 * customer data, and runs a restored timer.
 */
class RestoreDrillIT {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    /** The key kept beside the dump: a fresh one, so nothing but this key can read the restored data. */
    private static final String CUSTOMER_DATA_KEY = newKey();

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
        ClockUtil.reset();
    }

    @Test
    void aDumpRestoredIntoAFreshDatabaseRunsWithTheSameKey(@TempDir Path backups) {
        PostgresClientTools postgres = PostgresClientTools.require();
        String sourceUrl = EmbeddedPostgresDatabases.newDatabase("restore_source");
        ConfigurableApplicationContext source = start(sourceUrl, "drillSource");
        EngineActions.setClock(EngineActions.NOW);
        TestRestTemplate http = http(source);

        Map<String, Object> disputed = Filings.enterprise(EngineActions.nextCustomer());
        String disputedFiling = (String) post(http, "rep1", disputed).get("filingId");
        String collisionId = (String) post(http, "rep2", disputed).get("collisionId");
        Map<String, Object> approved = Filings.enterprise(EngineActions.nextCustomer());
        String approvedFiling = (String) post(http, "rep1", approved).get("filingId");
        EngineActions actions = new EngineActions(AppInstances.engine(source));
        ProcessInstance approvedProcess = actions.instanceByBusinessKey("customer-filing", approvedFiling);
        actions.complete(approvedProcess, "approve-filing", "manager1", Map.of("approved", true, "approvalComment", "同意"));
        Map<String, List<Map<String, Object>>> before = state(sourceUrl);
        Assertions.assertThat(before.get("collisions")).hasSize(1);
        Assertions.assertThat(before.get("timers")).as("protection timers").hasSizeGreaterThanOrEqualTo(2);
        Assertions.assertThat(before.get("tasks")).extracting(task -> task.get("task_def_key_"))
                .contains("approve-filing", "assign-follower");
        source.close();
        nodes.remove(source);

        Path dump = backups.resolve("customer_filing.dump");
        postgres.dump(databaseName(sourceUrl), dump);
        String restoredUrl = EmbeddedPostgresDatabases.newDatabase("restore_target");
        postgres.restore(dump, databaseName(restoredUrl));
        ConfigurableApplicationContext restored = start(restoredUrl, "drillRestored");

        Assertions.assertThat(state(restoredUrl)).isEqualTo(before);
        TestRestTemplate restoredHttp = http(restored);
        Map<String, Object> read = get(restoredHttp, "rep1", "/api/filings/" + disputedFiling);
        Assertions.assertThat(read.toString()).as("customer data decrypted")
                .contains((String) disputed.get("customerName"), (String) disputed.get("creditCode"));
        Assertions.assertThat(get(restoredHttp, "rep2", "/api/collisions/" + collisionId).toString()).contains(collisionId);
        Assertions.assertThat(get(restoredHttp, "rep3", "/api/customers/lookup?creditCode=" + approved.get("creditCode")))
                .containsEntry("status", "PROTECTED");

        EngineActions restoredActions = new EngineActions(AppInstances.engine(restored));
        restoredActions.fire(restoredActions.instanceByBusinessKey("customer-filing", approvedFiling), "protection-lapsed");
        Assertions.assertThat(new JdbcTemplate(EmbeddedPostgresDatabases.dataSource(restoredUrl))
                .queryForObject("select status from filing where id = ?", String.class, approvedFiling))
                .as("a restored timer runs").isEqualTo(FilingStatus.LAPSED.name());
    }

    /** Every row that says where a case stands, in a stable order. */
    private static Map<String, List<Map<String, Object>>> state(String url) {
        JdbcTemplate jdbc = new JdbcTemplate(EmbeddedPostgresDatabases.dataSource(url));
        return Map.of(
                "filings", jdbc.queryForList("""
                        select id, filer, region, status, process_instance_id, customer_name_enc, contact_phone_enc,
                               credit_code_enc, protected_until from filing order by id"""),
                "claims", jdbc.queryForList("select key_hash, key_type, filing_id, claimed_at from customer_key_claim order by key_hash"),
                "collisions", jdbc.queryForList("select id, kind, status, first_filing_id, second_filing_id from collision order by id"),
                "timers", jdbc.queryForList("""
                        select id_, duedate_, process_instance_id_, handler_cfg_, retries_ from act_ru_job
                        where type_ = 'timer' order by id_"""),
                "tasks", jdbc.queryForList("""
                        select t.id_, t.task_def_key_, t.assignee_, t.proc_inst_id_,
                               (select string_agg(coalesce(l.group_id_, l.user_id_), ',' order by coalesce(l.group_id_, l.user_id_))
                                from act_ru_identitylink l where l.task_id_ = t.id_) as candidates
                        from act_ru_task t order by t.id_"""),
                "users", jdbc.queryForList("select id_, pwd_ from act_id_user order by id_"));
    }

    private ConfigurableApplicationContext start(String url, String engineName) {
        ConfigurableApplicationContext node = AppInstances.start(url, engineName, "--customer-data.key=" + CUSTOMER_DATA_KEY);
        nodes.add(node);
        return node;
    }

    private static TestRestTemplate http(ConfigurableApplicationContext node) {
        return new TestRestTemplate(new RestTemplateBuilder()
                .rootUri("http://localhost:" + node.getEnvironment().getProperty("local.server.port")));
    }

    private static Map<String, Object> post(TestRestTemplate http, String rep, Map<String, Object> customer) {
        ResponseEntity<Map<String, Object>> response = http.withBasicAuth(rep, DemoUsers.PASSWORD)
                .exchange("/api/filings", HttpMethod.POST, new HttpEntity<>(customer), JSON);
        Assertions.assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody();
    }

    private static Map<String, Object> get(TestRestTemplate http, String user, String path) {
        ResponseEntity<Map<String, Object>> response = http.withBasicAuth(user, DemoUsers.PASSWORD)
                .exchange(path, HttpMethod.GET, null, JSON);
        Assertions.assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static String databaseName(String jdbcUrl) {
        return jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
