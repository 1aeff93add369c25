package io.baobei.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** The period's figures as an Excel workbook with Chinese headers: reps, regions, customers. */
@Component
public class KpiWorkbook {

    static final List<String> KPI_HEADERS = List.of("报备数", "按时报备率%", "审批通过", "驳回次数", "平均审批时长(小时)",
            "首次联系及时率%", "失效率%", "签约转化率%", "涉及撞单", "预计金额(元)", "合同金额(元)");

    private final KpiService kpis;

    public KpiWorkbook(KpiService kpis) {
        this.kpis = kpis;
    }

    public byte[] write(YearMonth period) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            kpiSheet(workbook.createSheet("销售人员指标"), "销售", kpis.byRep(period));
            kpiSheet(workbook.createSheet("区域指标"), "区域", kpis.byRegion(period));
            Sheet customers = workbook.createSheet("客户汇总");
            SheetRows.write(customers, 0, List.of("区域", "客户类型", "报备数", "签约数", "预计金额(元)", "合同金额(元)", "跟进次数", "平均跟进次数"));
            int r = 1;
            for (CustomerSummary c : kpis.customers(period)) {
                SheetRows.write(customers, r++, List.of(c.region(), c.customerType(), c.filings(), c.signed(), c.expectedAmount(), c.contractAmount(),
                        c.followUps(), c.followUpsPerFiling()));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void kpiSheet(Sheet sheet, String keyHeader, List<Kpi> rows) {
        SheetRows.write(sheet, 0, concat(keyHeader));
        int r = 1;
        for (Kpi k : rows) {
            SheetRows.write(sheet, r++, List.of(k.key(), k.filings(), k.onTimeRate(), k.approved(), k.rejected(), orDash(k.averageApprovalHours()),
                    orDash(k.firstContactOnTimeRate()), k.lapseRate(), k.conversionRate(), k.collisions(), k.expectedAmount(),
                    k.contractAmount()));
        }
    }

    private static List<Object> concat(String first) {
        List<Object> headers = new ArrayList<>();
        headers.add(first);
        headers.addAll(KPI_HEADERS);
        return headers;
    }

    private static Object orDash(Double value) {
        return value == null ? "—" : value;
    }
}
