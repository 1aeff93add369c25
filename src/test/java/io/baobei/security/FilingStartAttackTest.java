package io.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

import io.baobei.conduct.SuspensionService;
import io.baobei.platform.security.DemoUsers;
import io.baobei.platform.security.Groups;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/**
 * Rule F1b, the filing door: sales, customer service and marketing file; staff of any other group and a suspended
 * rep get 403 with the reason, a missing field 400 naming it, a customer the rep already holds 409, on
 * {@code POST /api/filings}, on an engine REST start and on Tasklist's start form (the webapps' engine API with a
 * session and the CSRF header), by key and by definition id; never a 500, and nothing is stored.
 */
@AppTest
class FilingStartAttackTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST = new ParameterizedTypeReference<>() {
    };
    private static final String NOT_A_FILER = "只有销售人员、客服人员、市场人员可以报备客户";
    private static final String TASKLIST_START = "/camunda/api/engine/engine/default/process-definition/key/customer-filing/submit-form";
    private static final String ENGINE_REST_START = "/engine-rest/process-definition/key/customer-filing/start";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HistoryService historyService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ProcessEngine engine;
    @Autowired
    SuspensionService suspensions;

    @ParameterizedTest
    @ValueSource(strings = {"hr1", "manager1", "finance1"})
    void staffOutsideTheFilerGroupsAreToldWhyAndNothingIsStored(String user) {
        Stored before = stored();

        ResponseEntity<Map<String, Object>> api = post(user, "/api/filings", Filings.enterprise(EngineActions.nextCustomer()));
        List<ResponseEntity<Map<String, Object>>> starts = startsOnEveryDoor(user, Filings.enterprise(EngineActions.nextCustomer()));

        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.getBody()).extractingByKey("message").asString().contains(NOT_A_FILER);
        assertThat(starts).allSatisfy(start -> {
            assertThat(start.getStatusCode()).as(String.valueOf(start.getBody())).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(start.getBody()).containsEntry("type", "FilingRefusedException")
                    .extractingByKey("message").asString().contains(NOT_A_FILER);
        });
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aSuspendedRepIsToldWhyOnEveryDoorAndNothingIsStored() {
        String rep = new EngineActions(engine).newRepWhoLogsIn("suspended", "停");
        suspensions.suspend(rep, "暂停报备权限（SALES_VIOLATION）", null);
        try {
            Stored before = stored();

            ResponseEntity<Map<String, Object>> api = post(rep, "/api/filings", Filings.enterprise(EngineActions.nextCustomer()));
            List<ResponseEntity<Map<String, Object>>> starts = startsOnEveryDoor(rep, Filings.enterprise(EngineActions.nextCustomer()));

            assertThat(api.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(starts).allSatisfy(start -> {
                assertThat(start.getStatusCode()).as(String.valueOf(start.getBody())).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(start.getBody()).containsEntry("type", "FilingRefusedException")
                        .extractingByKey("message").asString().contains("暂停报备权限");
            });
            assertThat(stored()).isEqualTo(before);
        } finally {
            suspensions.lift(rep, "hr1");
        }
    }

    /** Tasklist keeps a session's groups for minutes: who may file is asked afresh, not read from that copy. */
    @Test
    void aRepTakenOutOfSalesWhileLoggedIntoTasklistCanNoLongerFile() {
        String rep = new EngineActions(engine).newRepWhoLogsIn("moved", "调");
        StaffHttp.WebappSession session = new StaffHttp(http).webappLogin(rep);
        engine.getIdentityService().deleteMembership(rep, Groups.SALES);
        Stored before = stored();

        ResponseEntity<Map<String, Object>> start = webappPost(session, TASKLIST_START,
                Map.of("variables", engineVariables(Filings.enterprise(EngineActions.nextCustomer()))));

        assertThat(start.getStatusCode()).as(String.valueOf(start.getBody())).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(start.getBody()).extractingByKey("message").asString().contains(NOT_A_FILER);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aMissingFieldIsNamedOnEveryDoorAndNothingIsStored() {
        Map<String, Object> withoutPhone = Filings.enterprise(EngineActions.nextCustomer());
        withoutPhone.remove("contactPhone");
        Stored before = stored();

        List<ResponseEntity<Map<String, Object>>> starts = startsOnEveryDoor("rep1", withoutPhone);

        assertThat(starts).allSatisfy(start -> {
            assertThat(start.getStatusCode()).as(String.valueOf(start.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(start.getBody()).containsEntry("type", "InvalidInputException");
            assertThat(start.getBody().get("errors")).asString().contains("contactPhone");
        });
        assertThat(stored()).isEqualTo(before);
    }

    /** Red team: a visit time at the edge of Java's range answered 500 from the display's time-zone arithmetic. */
    @Test
    void aVisitTimeOutsideTheBusinessYearsIsNamedOnEveryDoorAndNothingIsStored() {
        for (String visitTime : List.of("+999999999-12-31T23:59-18:00", "-999999999-01-01T00:00+18:00", "0000-12-01T10:00")) {
            Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
            customer.put("visitTime", visitTime);
            Stored before = stored();

            List<ResponseEntity<Map<String, Object>>> starts = startsOnEveryDoor("rep1", customer);

            assertThat(starts).allSatisfy(start -> {
                assertThat(start.getStatusCode()).as(visitTime + " " + start.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(start.getBody().get("errors")).asString().contains("visitTime").contains("1900");
            });
            assertThat(stored()).isEqualTo(before);
        }
    }

    @Test
    void refilingACustomerTheRepHoldsIsAConflictOnEveryDoorAndNothingIsStored() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        ResponseEntity<Map<String, Object>> first = post("rep1", "/api/filings", customer);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Stored before = stored();

        List<ResponseEntity<Map<String, Object>>> starts = startsOnEveryDoor("rep1", customer);

        assertThat(starts).allSatisfy(start -> {
            assertThat(start.getStatusCode()).as(String.valueOf(start.getBody())).isEqualTo(HttpStatus.CONFLICT);
            assertThat(start.getBody()).containsEntry("filingId", first.getBody().get("filingId"));
        });
        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"service1", "marketing1"})
    void customerServiceAndMarketingFile(String user) {
        ResponseEntity<Map<String, Object>> response = post(user, "/api/filings", Filings.enterprise(EngineActions.nextCustomer()));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).containsEntry("filingStatus", "PENDING_APPROVAL");
        String filer = jdbc.sql("select filer from filing where id = :id").param("id", response.getBody().get("filingId"))
                .query(String.class).single();
        assertThat(filer).isEqualTo(user);
    }

    @Test
    void aFilerStartsFromTasklist() {
        StaffHttp.WebappSession session = new StaffHttp(http).webappLogin("rep2");

        ResponseEntity<Map<String, Object>> started = webappPost(session, TASKLIST_START,
                Map.of("variables", engineVariables(Filings.enterprise(EngineActions.nextCustomer()))));

        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        String filer = jdbc.sql("select filer from filing where process_instance_id = :id").param("id", started.getBody().get("id"))
                .query(String.class).single();
        assertThat(filer).isEqualTo("rep2");
    }

    @Test
    void theStartFormIsOfferedToFilersOnly() {
        assertThat(startable("hr1")).doesNotContain("customer-filing");
        assertThat(startable("finance1")).doesNotContain("customer-filing");
        assertThat(startable("manager1")).doesNotContain("customer-filing");
        assertThat(startable("service1")).contains("customer-filing");
        assertThat(startable("marketing1")).contains("customer-filing");
        assertThat(startable("rep1")).contains("customer-filing");
    }

    /** Tasklist's start form by key and by definition id, and an engine REST start by key and by id. */
    private List<ResponseEntity<Map<String, Object>>> startsOnEveryDoor(String user, Map<String, Object> filing) {
        Map<String, Object> body = Map.of("variables", engineVariables(filing));
        String byId = "/process-definition/" + repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey("customer-filing").latestVersion().singleResult().getId() + "/submit-form";
        StaffHttp.WebappSession session = new StaffHttp(http).webappLogin(user);
        return List.of(
                webappPost(session, TASKLIST_START, body),
                webappPost(session, "/camunda/api/engine/engine/default" + byId, body),
                post(user, ENGINE_REST_START, body),
                post(user, "/engine-rest" + byId, body));
    }

    private List<Object> startable(String user) {
        ResponseEntity<List<Map<String, Object>>> response = http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(
                "/engine-rest/process-definition?latestVersion=true&startablePermissionCheck=true&startableInTasklist=true",
                HttpMethod.GET, null, JSON_LIST);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody().stream().map(definition -> definition.get("key")).toList();
    }

    private static Map<String, Object> engineVariables(Map<String, Object> values) {
        return values.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Map.of("value", e.getValue())));
    }

    private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    private ResponseEntity<Map<String, Object>> webappPost(StaffHttp.WebappSession session, String path, Object body) {
        HttpHeaders headers = session.headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    /** What a refused start must leave as it was: filings, claimed customer keys, filing processes ever started. */
    private record Stored(long filings, long claims, long filingProcesses) {
    }

    private Stored stored() {
        return new Stored(count("filing"), count("customer_key_claim"),
                historyService.createHistoricProcessInstanceQuery().processDefinitionKey("customer-filing").count());
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
