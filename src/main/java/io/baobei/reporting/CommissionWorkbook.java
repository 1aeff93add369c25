package io.baobei.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** Rule C13: the commission lines as an Excel workbook with Chinese headers, and the total per rep. */
@Component
public class CommissionWorkbook {

    static final List<String> LINE_HEADERS = List.of("合同名称", "签约日期", "合同金额(元)", "报备编号", "销售工号", "销售姓名",
            "分成比例%", "计提基数(元)", "分成金额(元)", "分成来源", "依据编号", "说明");
    static final List<String> TOTAL_HEADERS = List.of("销售工号", "销售姓名", "合同数", "分成金额合计(元)");

    public byte[] write(List<CommissionLine> lines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet detail = workbook.createSheet("提成明细");
            SheetRows.write(detail, 0, LINE_HEADERS);
            int r = 1;
            for (CommissionLine l : lines) {
                SheetRows.write(detail, r++, List.of(l.contractName(), l.contractDate(), l.contractAmount(), l.filingId(), l.rep(),
                        l.repName(), l.sharePercent(), l.baseAmount(), l.shareAmount(), l.source().label(),
                        l.sourceId(), l.reason()));
            }
            Sheet totals = workbook.createSheet("按销售汇总");
            SheetRows.write(totals, 0, TOTAL_HEADERS);
            r = 1;
            for (List<CommissionLine> ofRep : byRep(lines).values()) {
                BigDecimal sum = ofRep.stream().map(CommissionLine::shareAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
                SheetRows.write(totals, r++, List.of(ofRep.get(0).rep(), ofRep.get(0).repName(), ofRep.size(), sum));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<CommissionLine>> byRep(List<CommissionLine> lines) {
        Map<String, List<CommissionLine>> byRep = new TreeMap<>();
        lines.forEach(l -> byRep.computeIfAbsent(l.rep(), rep -> new ArrayList<>()).add(l));
        return byRep;
    }
}
