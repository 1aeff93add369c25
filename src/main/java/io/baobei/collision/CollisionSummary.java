package io.baobei.collision;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.baobei.customer.Masking;
import io.baobei.filing.Filing;
import io.baobei.filing.FilingCustomerData;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.PlainCustomer;
import io.baobei.platform.security.StaffDirectory;

/**
 * What the reps and the manager need to decide, side by side, as markdown for the Tasklist forms.
 * Customer data appears masked only.
 */
@Component
public class CollisionSummary {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final FilingQueryService filings;
    private final FilingCustomerData customerData;
    private final StaffDirectory staff;
    private static final Pattern MARKDOWN = Pattern.compile("[\\\\`*_\\[\\]()|<>~]");

    private final Clock clock;

    public CollisionSummary(FilingQueryService filings, FilingCustomerData customerData, StaffDirectory staff,
                            Clock clock) {
        this.filings = filings;
        this.customerData = customerData;
        this.staff = staff;
        this.clock = clock;
    }

    public String markdown(Collision c, Map<String, Object> evidence) {
        Filing first = filings.get(c.firstFilingId());
        Filing second = c.secondFilingId() == null ? null : filings.get(c.secondFilingId());
        StringBuilder md = new StringBuilder();
        md.append("| | 先报备（第一份） | 后报备（第二份） |\n|---|---|---|\n");
        row(md, "报备编号", first.id(), second == null ? "未报备" : second.id());
        row(md, "销售", staff.displayName(c.firstRep()), staff.displayName(c.secondRep()));
        row(md, "报备时间", time(first), second == null ? "—" : time(second));
        PlainCustomer a = customerData.decrypt(first.customer());
        PlainCustomer b = second == null ? null : customerData.decrypt(second.customer());
        row(md, "客户", Masking.name(a.customerName()), b == null ? "—" : Masking.name(b.customerName()));
        row(md, "联系电话", Masking.phone(a.contactPhone()), b == null ? "—" : Masking.phone(b.contactPhone()));
        row(md, "资料完整度", percent(evidence.get("firstCompleteness")), percent(evidence.get("secondCompleteness")));
        row(md, "跟进评分", percent(evidence.get("firstFollowUpScore")), percent(evidence.get("secondFollowUpScore")));
        row(md, "预计金额（元）", amount(first.expectedAmount()), second == null ? "—" : amount(second.expectedAmount()));
        row(md, "单价（元）", amount(first.unitPrice()), second == null ? "—" : amount(second.unitPrice()));
        row(md, "预计签约日期", date(first), second == null ? "—" : date(second));
        return md.toString();
    }

    private String time(Filing f) {
        return f.filedAt().atZoneSameInstant(zone()).format(TIME);
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static String date(Filing f) {
        return f.expectedSignDate() == null ? "—" : f.expectedSignDate().toString();
    }

    private static String percent(Object value) {
        return value == null ? "—" : value + "%";
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? "—" : amount.stripTrailingZeros().toPlainString();
    }

    private static void row(StringBuilder md, String label, String first, String second) {
        md.append("| ").append(label).append(" | ").append(cell(first)).append(" | ").append(cell(second)).append(" |\n");
    }

    /**
     * A value as plain text inside a table cell: a name a user chose must not add rows, links or formatting
     * to what the deciding manager reads.
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String oneLine = value.replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
        return MARKDOWN.matcher(oneLine).replaceAll("\\\\$0");
    }
}
