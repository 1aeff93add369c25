package io.baobei.reporting;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/** Rules M1, F12: the figures of a month of known filings, and the same figures in Excel. */
@AppTest
class KpiTest {

    private static final OffsetDateTime AUGUST = OffsetDateTime.parse("2025-08-04T09:00:00+08:00");
    private static final YearMonth PERIOD = YearMonth.of(2025, 8);

    @Autowired
    ProcessEngine engine;
    @Autowired
    KpiService kpis;
    @Autowired
    TestRestTemplate http;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aMonthOfKnownFilingsGivesTheExpectedFiguresPerRepRegionAndCustomerClassAndInExcel() throws Exception {
        EngineActions actions = new EngineActions(engine);
        EngineActions.setClock(AUGUST);
        Map<String, Object> signedCustomer = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance signed = actions.file("rep1", signedCustomer);
        EngineActions.setClock(AUGUST.plusHours(2));
        actions.complete(signed, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(signed, "assign-follower", "manager1", Map.of("follower", "rep1"));
        actions.complete(signed, "follow-up", "rep1", Map.of("followUpNote", "签约", "outcome", "SIGNED"));
        actions.complete(signed, "report-contract", "rep1", Map.of("contractName", "合同", "contractDate", "2025-08-04",
                "contractAmount", 100000, "contractTerm", "12个月"));

        Map<String, Object> lateCustomer = Filings.enterprise(EngineActions.nextCustomer());
        lateCustomer.put("visitTime", "2025-08-04T18:00");
        ProcessInstance late = actions.file("rep1", lateCustomer);
        actions.complete(late, "approve-filing", "manager1", Map.of("approved", false, "approvalComment", "晚报且资料不全"));
        actions.complete(late, "revise-filing", "rep1", Map.of("resubmit", false));

        ProcessInstance lapsing = actions.file("rep2", Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(lapsing, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(lapsing, "assign-follower", "manager1", Map.of("follower", "rep2"));
        actions.fire(lapsing, "first-contact-due");
        actions.fire(lapsing, "protection-lapsed");

        EngineActions.setClock(AUGUST.plusHours(3));
        actions.file("rep2", new HashMap<>(signedCustomer));

        Kpi rep1 = kpis.byRep(PERIOD).stream().filter(k -> k.key().equals("rep1")).findFirst().orElseThrow();
        Assertions.assertThat(rep1.filings()).isEqualTo(2);
        Assertions.assertThat(rep1.onTimeRate()).isEqualTo(50.0);
        Assertions.assertThat(rep1.approved()).isEqualTo(1);
        Assertions.assertThat(rep1.rejected()).isEqualTo(1);
        Assertions.assertThat(rep1.averageApprovalHours()).isEqualTo(2.0);
        Assertions.assertThat(rep1.firstContactOnTimeRate()).isEqualTo(100.0);
        Assertions.assertThat(rep1.conversionRate()).isEqualTo(50.0);
        Assertions.assertThat(rep1.collisions()).isEqualTo(1);
        Assertions.assertThat(rep1.contractAmount()).isEqualByComparingTo(new BigDecimal("100000"));
        Kpi rep2 = kpis.byRep(PERIOD).stream().filter(k -> k.key().equals("rep2")).findFirst().orElseThrow();
        Assertions.assertThat(rep2.filings()).isEqualTo(2);
        Assertions.assertThat(rep2.lapseRate()).isEqualTo(50.0);
        Assertions.assertThat(rep2.firstContactOnTimeRate()).isEqualTo(0.0);
        Assertions.assertThat(rep2.collisions()).isEqualTo(1);
        Assertions.assertThat(kpis.byRegion(PERIOD)).singleElement().satisfies(east -> {
            Assertions.assertThat(east.key()).isEqualTo("east");
            Assertions.assertThat(east.filings()).isEqualTo(4);
        });
        Assertions.assertThat(kpis.customers(PERIOD)).singleElement().satisfies(c -> {
            Assertions.assertThat(c.customerType()).isEqualTo("ENTERPRISE");
            Assertions.assertThat(c.signed()).isEqualTo(1);
            Assertions.assertThat(c.followUps()).isEqualTo(1);
            Assertions.assertThat(c.followUpsPerFiling()).isEqualTo(0.3);
        });

        byte[] excel = http.withBasicAuth("salesmgmt1", DemoUsers.PASSWORD).getForObject("/api/reports/kpis.xlsx?period=2025-08", byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
            Sheet reps = workbook.getSheet("销售人员指标");
            Assertions.assertThat(reps.getRow(0).getCell(0).getStringCellValue()).isEqualTo("销售");
            Assertions.assertThat(reps.getRow(0).getCell(2).getStringCellValue()).isEqualTo("按时报备率%");
            Assertions.assertThat(reps.getRow(1).getCell(0).getStringCellValue()).isEqualTo("rep1");
            Assertions.assertThat(reps.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(50.0);
            Assertions.assertThat(workbook.getSheet("区域指标").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(4.0);
            Sheet customers = workbook.getSheet("客户汇总");
            Assertions.assertThat(customers.getRow(0).getCell(0).getStringCellValue()).isEqualTo("区域");
            Assertions.assertThat(customers.getRow(0).getCell(6).getStringCellValue()).isEqualTo("跟进次数");
            Assertions.assertThat(customers.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(1.0);
        }
        Assertions.assertThat(http.withBasicAuth("rep1", DemoUsers.PASSWORD).getForEntity("/api/reports/kpis?period=2025-08", String.class)
                .getStatusCode().value()).isEqualTo(403);
    }
}
