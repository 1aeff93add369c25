package io.baobei.reporting;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.CurrentUser;
import io.baobei.platform.security.Groups;

/** {@code /api/reports}: the period's figures as JSON and as an Excel workbook, for management. */
@RestController
public class KpiController {

    private final KpiService kpis;
    private final KpiWorkbook workbook;
    private final CollisionReviewService periods;
    private final CurrentUser currentUser;

    public KpiController(KpiService kpis, KpiWorkbook workbook, CollisionReviewService periods, CurrentUser currentUser) {
        this.kpis = kpis;
        this.workbook = workbook;
        this.periods = periods;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/reports/kpis")
    public Map<String, List<?>> figures(@RequestParam String period) {
        YearMonth month = authorized(period);
        return Map.of("reps", kpis.byRep(month), "regions", kpis.byRegion(month), "customers", kpis.customers(month));
    }

    @GetMapping("/api/reports/kpis.xlsx")
    public ResponseEntity<byte[]> excel(@RequestParam String period) {
        YearMonth month = authorized(period);
        return ExcelDownload.of("kpis-" + month + ".xlsx", workbook.write(month));
    }

    private YearMonth authorized(String period) {
        if (!currentUser.require().isInAny(Groups.REGIONAL_MANAGER, Groups.SALES_MANAGEMENT, Groups.HR_ADMIN, Groups.CAMUNDA_ADMIN)) {
            throw new AccessDeniedException("仅管理人员可以查看业绩指标");
        }
        return periods.period(period);
    }
}
