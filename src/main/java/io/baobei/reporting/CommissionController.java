package io.baobei.reporting;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.baobei.platform.security.CurrentUser;

/** {@code /api/commissions}: rule C13, the commission lines of a period as JSON and as an Excel workbook. */
@RestController
public class CommissionController {

    private final CommissionReportService report;
    private final CommissionWorkbook workbook;
    private final CurrentUser currentUser;

    public CommissionController(CommissionReportService report, CommissionWorkbook workbook, CurrentUser currentUser) {
        this.report = report;
        this.workbook = workbook;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/commissions")
    public List<CommissionLine> lines(@RequestParam String period, @RequestParam(required = false) String rep) {
        return report.lines(currentUser.require(), period, rep);
    }

    @GetMapping("/api/commissions.xlsx")
    public ResponseEntity<byte[]> excel(@RequestParam String period, @RequestParam(required = false) String rep) {
        List<CommissionLine> lines = report.lines(currentUser.require(), period, rep);
        return ExcelDownload.of("commissions-" + period.trim() + ".xlsx", workbook.write(lines));
    }
}
