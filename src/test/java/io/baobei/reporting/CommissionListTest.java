package io.baobei.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * Rule C13 walked through: a deal shared by arbitration, one split by agreement, one a colleague helped close
 * and one the filer closed alone, each signed through the real processes; finance reads the period's lines as
 * JSON and as a workbook, a rep their own, and finance opens the arbitration's outcome.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommissionListTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LINES = new ParameterizedTypeReference<>() {
    };

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    Deal shared;
    Deal negotiated;
    Deal assisted;
    Deal sole;

    @BeforeAll
    void signDeals() {
        EngineActions.setClock(EngineActions.NOW);
        CommissionDeals deals = new CommissionDeals(engine, http);
        shared = deals.arbitratedShare(new BigDecimal("100000"));
        negotiated = deals.negotiatedSplit(70, new BigDecimal("200000"));
        assisted = deals.assisted(70, new BigDecimal("100000"));
        sole = deals.sole(new BigDecimal("50000"));
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void financeSeesEveryLineWithItsShareBaseAmountSourceAndReason() {
        List<Map<String, Object>> lines = ours(lines("finance1", ""));

        assertThat(lines).extracting(l -> l.get("filingId"), l -> l.get("rep"), l -> l.get("repName"), l -> l.get("sharePercent"),
                        l -> amount(l, "baseAmount"), l -> amount(l, "shareAmount"), l -> l.get("source"), l -> l.get("sourceId"))
                .containsExactlyInAnyOrder(
                        tuple(shared.filingId(), "rep1", "王小明", 50, "100000.00", "50000.00", "ARBITRATION", shared.collisionId()),
                        tuple(shared.filingId(), "rep2", "李娜", 50, "100000.00", "50000.00", "ARBITRATION", shared.collisionId()),
                        tuple(negotiated.filingId(), "rep1", "王小明", 70, "200000.00", "140000.00", "NEGOTIATED_SPLIT",
                                negotiated.collisionId()),
                        tuple(negotiated.filingId(), "rep2", "李娜", 30, "200000.00", "60000.00", "NEGOTIATED_SPLIT",
                                negotiated.collisionId()),
                        tuple(assisted.filingId(), "rep1", "王小明", 70, "100000.00", "70000.00", "HELP_AGREEMENT", assisted.filingId()),
                        tuple(assisted.filingId(), "rep2", "李娜", 30, "100000.00", "30000.00", "HELP_AGREEMENT", assisted.filingId()),
                        tuple(sole.filingId(), "rep1", "王小明", 100, "50000.00", "50000.00", "OWNER", sole.filingId()));
        Map<Object, Integer> sharesPerContract = lines.stream().collect(Collectors.groupingBy(l -> l.get("filingId"),
                Collectors.summingInt(l -> (Integer) l.get("sharePercent"))));
        assertThat(sharesPerContract).hasSize(4).allSatisfy((filing, sum) -> assertThat(sum).as(filing.toString()).isEqualTo(100));
        assertThat(line(lines, shared, "rep1")).containsEntry("contractName", "仲裁共有采购合同")
                .containsEntry("contractDate", CommissionDeals.CONTRACT_DATE);
        assertThat(amount(line(lines, shared, "rep1"), "contractAmount")).isEqualTo("100000.00");

        assertThat((String) line(lines, shared, "rep2").get("reason")).contains(shared.collisionId(), "双方共同所有",
                "陈经理", CommissionDeals.ARBITRATION_REASON);
        assertThat((String) line(lines, negotiated, "rep2").get("reason")).contains(negotiated.collisionId(), "协商一致",
                "王小明 70%", "李娜 30%");
        assertThat((String) line(lines, assisted, "rep2").get("reason")).contains("协助", "王小明 70%", "李娜 30%");
        assertThat((String) line(lines, sole, "rep1").get("reason")).contains("王小明");
        assertThat(lines).as("no customer data, no statement")
                .allSatisfy(l -> assertThat(l.toString()).doesNotContain(shared.customerName(), negotiated.customerName(),
                        assisted.customerName(), sole.customerName(), "上周已拜访"));

        assertThat(ours(lines("salesmgmt1", ""))).as("sales management sees the same lines").isEqualTo(lines);
        assertThat(ours(lines("finance1", "&rep=rep2"))).as("finance picks one rep")
                .extracting(l -> l.get("rep")).containsOnly("rep2").hasSize(3);
    }

    @Test
    void theWorkbookHoldsTheSameLinesUnderChineseHeaders() throws IOException {
        ResponseEntity<byte[]> response = http.withBasicAuth("finance1", DemoUsers.PASSWORD)
                .getForEntity("/api/commissions.xlsx?period=" + CommissionDeals.PERIOD, byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("commissions-2026-11.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            Sheet detail = workbook.getSheet("提成明细");
            assertThat(cells(detail.getRow(0))).containsExactlyElementsOf(CommissionWorkbook.LINE_HEADERS);
            List<List<Object>> ours = new ArrayList<>();
            for (Row row : detail) {
                if (row.getRowNum() > 0 && List.of(shared.filingId(), negotiated.filingId(), assisted.filingId(), sole.filingId())
                        .contains(row.getCell(3).getStringCellValue())) {
                    ours.add(List.of(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue(),
                            row.getCell(4).getStringCellValue(), row.getCell(5).getStringCellValue(),
                            row.getCell(6).getNumericCellValue(), row.getCell(7).getNumericCellValue(),
                            row.getCell(8).getNumericCellValue(), row.getCell(9).getStringCellValue()));
                }
            }
            assertThat(ours).containsExactlyInAnyOrder(
                    List.of("仲裁共有采购合同", "2026-11-27", "rep1", "王小明", 50.0, 100000.0, 50000.0, "撞单仲裁"),
                    List.of("仲裁共有采购合同", "2026-11-27", "rep2", "李娜", 50.0, 100000.0, 50000.0, "撞单仲裁"),
                    List.of("协商分成采购合同", "2026-11-27", "rep1", "王小明", 70.0, 200000.0, 140000.0, "撞单协商分成"),
                    List.of("协商分成采购合同", "2026-11-27", "rep2", "李娜", 30.0, 200000.0, 60000.0, "撞单协商分成"),
                    List.of("协助成交采购合同", "2026-11-27", "rep1", "王小明", 70.0, 100000.0, 70000.0, "协助成交约定"),
                    List.of("协助成交采购合同", "2026-11-27", "rep2", "李娜", 30.0, 100000.0, 30000.0, "协助成交约定"),
                    List.of("独家采购合同", "2026-11-27", "rep1", "王小明", 100.0, 50000.0, 50000.0, "报备人独有"));
            Sheet totals = workbook.getSheet("按销售汇总");
            assertThat(cells(totals.getRow(0))).containsExactlyElementsOf(CommissionWorkbook.TOTAL_HEADERS);
        }
    }

    @Test
    void aRepSeesTheirOwnLinesOnly() throws IOException {
        List<Map<String, Object>> own = lines("rep2", "");

        assertThat(own).extracting(l -> l.get("rep")).containsOnly("rep2");
        assertThat(ours(own)).extracting(l -> l.get("filingId"), l -> l.get("sharePercent"), l -> l.get("source"))
                .containsExactlyInAnyOrder(tuple(shared.filingId(), 50, "ARBITRATION"),
                        tuple(negotiated.filingId(), 30, "NEGOTIATED_SPLIT"), tuple(assisted.filingId(), 30, "HELP_AGREEMENT"));
        assertThat(lines("rep2", "&rep=rep2")).isEqualTo(own);
        byte[] workbook = http.withBasicAuth("rep2", DemoUsers.PASSWORD)
                .getForEntity("/api/commissions.xlsx?period=" + CommissionDeals.PERIOD, byte[].class).getBody();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet detail = read.getSheet("提成明细");
            assertThat(detail.getLastRowNum()).isEqualTo(own.size());
            for (Row row : detail) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(4).getStringCellValue()).isEqualTo("rep2");
                }
            }
        }
    }

    @Test
    void anArbitratedOutcomeReachesPayrollAndFinanceOpensItWithoutTheCustomerData() {
        assertThat(subjects("finance1")).contains("撞单仲裁结果备案：" + shared.collisionId(),
                "撞单协商结果备案：" + negotiated.collisionId());
        assertThat(subjects("hr1")).contains("撞单仲裁结果备案：" + shared.collisionId());

        ResponseEntity<String> raw = http.withBasicAuth("finance1", DemoUsers.PASSWORD)
                .getForEntity("/api/collisions/" + shared.collisionId(), String.class);
        assertThat(raw.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(raw.getBody()).doesNotContain(shared.customerName(), "上周已拜访", "statement", "reportStatement", "timeline");
        Map<String, Object> outcome = http.withBasicAuth("finance1", DemoUsers.PASSWORD).exchange(
                "/api/collisions/" + shared.collisionId(), HttpMethod.GET, null,
                new ParameterizedTypeReference<Map<String, Object>>() {
                }).getBody();
        assertThat(outcome).containsEntry("collisionId", shared.collisionId()).containsEntry("resolution", "SHARED")
                .containsEntry("resolvedBy", "ARBITRATION").containsEntry("shareFirst", 50).containsEntry("shareSecond", 50)
                .containsEntry("decisionReason", CommissionDeals.ARBITRATION_REASON)
                .containsEntry("first", Map.of("id", "rep1", "name", "王小明"))
                .containsEntry("decidedBy", Map.of("id", "manager1", "name", "陈经理"));
        assertThat((List<?>) outcome.get("proposals")).hasSize(2);

        assertThat(http.withBasicAuth("rep1", DemoUsers.PASSWORD).getForEntity("/api/collisions/" + shared.collisionId(),
                String.class).getBody()).as("the reps involved still read the whole case").contains("上周已拜访", "timeline");
    }

    private List<Map<String, Object>> lines(String user, String query) {
        ResponseEntity<List<Map<String, Object>>> response = http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(
                "/api/commissions?period=" + CommissionDeals.PERIOD + query, HttpMethod.GET, null, LINES);
        assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** The lines of this class's deals (the period holds other tests' contracts too). */
    private List<Map<String, Object>> ours(List<Map<String, Object>> lines) {
        List<String> ids = List.of(shared.filingId(), negotiated.filingId(), assisted.filingId(), sole.filingId());
        return lines.stream().filter(l -> ids.contains(l.get("filingId"))).toList();
    }

    private static Map<String, Object> line(List<Map<String, Object>> lines, Deal deal, String rep) {
        return lines.stream().filter(l -> deal.filingId().equals(l.get("filingId")) && rep.equals(l.get("rep")))
                .findFirst().orElseThrow();
    }

    private static String amount(Map<String, Object> line, String field) {
        return new BigDecimal(String.valueOf(line.get(field))).setScale(2).toPlainString();
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }

    private List<String> subjects(String user) {
        return jdbc.sql("select subject from notification where recipient = :r").param("r", user).query(String.class).list();
    }
}
