package io.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;
import io.baobei.support.CommissionDeals;
import io.baobei.support.CommissionDeals.Deal;
import io.baobei.support.EngineActions;

/**
 * The commission door (rule C13): {@code /api/commissions}, its workbook and finance's view of a collision. A rep
 * gets their own lines or 403, whatever they ask; staff outside finance and sales management and anonymous
 * callers get nothing; finance reads a case's outcome, never the statements or the customer. Nothing changes.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommissionAccessAttackTest {

    private static final String PERIOD = "?period=" + CommissionDeals.PERIOD;

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    Deal soleOfRep1;
    Deal shared;
    List<String> entriesBefore;
    Map<String, Object> collisionBefore;

    @BeforeAll
    void signDeals() {
        EngineActions.setClock(EngineActions.NOW);
        CommissionDeals deals = new CommissionDeals(engine, http);
        soleOfRep1 = deals.sole(new BigDecimal("80000"));
        shared = deals.arbitratedShare(new BigDecimal("60000"));
        ClockUtil.reset();
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @BeforeEach
    void snapshot() {
        entriesBefore = entries();
        collisionBefore = collision();
    }

    @AfterEach
    void nothingChanged() {
        assertThat(entries()).as("commission entries").isEqualTo(entriesBefore).isNotEmpty();
        assertThat(collision()).as("the collision").isEqualTo(collisionBefore);
    }

    @Test
    void aRepAskingForAColleaguesLinesIsRefusedAndLearnsNothing() {
        for (String path : List.of("/api/commissions" + PERIOD + "&rep=rep1", "/api/commissions.xlsx" + PERIOD + "&rep=rep1",
                "/api/commissions" + PERIOD + "&rep=%20rep1%20")) {
            ResponseEntity<String> response = get("rep2", path);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody()).as(path).doesNotContain(soleOfRep1.filingId(), soleOfRep1.contractName(), "80000");
        }
    }

    @Test
    void aRepAskingForTheWholePeriodGetsTheirOwnLinesOnly() throws IOException {
        ResponseEntity<List<Map<String, Object>>> response = http.withBasicAuth("rep2", DemoUsers.PASSWORD).exchange(
                "/api/commissions" + PERIOD, HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {
                });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).extracting(l -> l.get("rep")).containsOnly("rep2");
        assertThat(response.getBody()).anyMatch(l -> shared.filingId().equals(l.get("filingId")) && Integer.valueOf(50).equals(l.get("sharePercent")));
        assertThat(response.getBody().toString()).doesNotContain(soleOfRep1.filingId(), soleOfRep1.contractName());

        ResponseEntity<byte[]> workbook = http.withBasicAuth("rep2", DemoUsers.PASSWORD)
                .getForEntity("/api/commissions.xlsx" + PERIOD, byte[].class);
        assertThat(workbook.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> reps = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook.getBody()))) {
            for (Row row : read.getSheet("提成明细")) {
                if (row.getRowNum() > 0) {
                    reps.add(row.getCell(4).getStringCellValue());
                }
            }
            read.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> texts.add(text(cell)))));
        }
        assertThat(reps).isNotEmpty().containsOnly("rep2");
        assertThat(texts).doesNotContain(soleOfRep1.filingId(), soleOfRep1.contractName(), "rep1");
    }

    @Test
    void aRepOfAnotherRegionSeesNoneOfTheseLines() {
        assertThat(get("rep3", "/api/commissions" + PERIOD + "&rep=rep2").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("rep3", "/api/commissions.xlsx" + PERIOD + "&rep=rep1").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> own = get("rep3", "/api/commissions" + PERIOD);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody()).doesNotContain(soleOfRep1.filingId(), shared.filingId(), "\"rep1\"", "\"rep2\"");
        assertThat(get("rep3", "/api/collisions/" + shared.collisionId()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void staffOutsideFinanceAndSalesManagementAndAnonymousCallersGetNothing() {
        for (String user : List.of("manager1", "manager2", "hr1", "analyst1", "admin")) {
            for (String path : List.of("/api/commissions" + PERIOD, "/api/commissions.xlsx" + PERIOD)) {
                ResponseEntity<String> response = get(user, path);
                assertThat(response.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(response.getBody()).as(user).doesNotContain(soleOfRep1.filingId(), shared.filingId());
            }
        }
        for (String path : List.of("/api/commissions" + PERIOD, "/api/commissions.xlsx" + PERIOD, "/api/collisions/" + shared.collisionId())) {
            ResponseEntity<String> anonymous = http.getForEntity(path, String.class);
            assertThat(anonymous.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(String.valueOf(anonymous.getBody())).doesNotContain(soleOfRep1.filingId(), shared.filingId());
        }
        assertThat(get("analyst1", "/api/collisions/" + shared.collisionId()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aBadPeriodIsRefusedNamingTheField() {
        for (String path : List.of("/api/commissions?period=2026-13", "/api/commissions?period=' or 1=1 --",
                "/api/commissions.xlsx?period=..%2F..%2Fetc", "/api/commissions")) {
            ResponseEntity<String> response = get("finance1", path);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody()).as(path).contains("\"field\":\"period\"").doesNotContain(shared.filingId());
        }
    }

    @Test
    void financeOpensTheOutcomeButNeitherTheStatementsNorTheCustomer() {
        ResponseEntity<String> outcome = get("finance1", "/api/collisions/" + shared.collisionId());
        assertThat(outcome.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(outcome.getBody()).contains("\"resolution\":\"SHARED\"")
                .doesNotContain(shared.customerName(), shared.statement(), "statement", "timeline");
        ResponseEntity<String> filing = get("finance1", "/api/filings/" + shared.filingId());
        assertThat(filing.getStatusCode()).as("the customer data stays closed").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(filing.getBody()).doesNotContain(shared.customerName());
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD).getForEntity(path, String.class);
    }

    private List<String> entries() {
        return jdbc.sql("""
                        select filing_id, rep, share_percent, amount, source, reason from commission_entry
                        where filing_id in (:sole, :shared) order by filing_id, rep
                        """)
                .param("sole", soleOfRep1.filingId()).param("shared", shared.filingId())
                .query((rs, i) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3) + "|" + rs.getBigDecimal(4)
                        + "|" + rs.getString(5) + "|" + rs.getString(6))
                .list();
    }

    private Map<String, Object> collision() {
        return jdbc.sql("select status, resolution, share_first, share_second, decision_reason from collision where id = :id")
                .param("id", shared.collisionId()).query().singleRow();
    }

    private static String text(Cell cell) {
        return cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                : cell.getStringCellValue();
    }
}
