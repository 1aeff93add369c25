package io.baobei.reporting;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes one row of a report sheet: numbers as numeric cells, everything else as text. */
final class SheetRows {

    private SheetRows() {
    }

    static void write(Sheet sheet, int index, List<?> values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number instanceof BigDecimal d ? d.doubleValue() : number.doubleValue());
            } else {
                row.createCell(i).setCellValue(String.valueOf(value));
            }
        }
    }
}
