package io.baobei.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.collision.CommissionSource;
import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.Caller;
import io.baobei.platform.security.Groups;
import io.baobei.platform.security.StaffDirectory;

/**
 * Rule C13: the commission lines of the contracts signed in a period, read from the collision capability's
 * commission entries and the filings' contracts. Finance and sales management see every line (or one rep's);
 * a rep sees their own; nobody else any.
 */
@Service
@Transactional(readOnly = true)
public class CommissionReportService {

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final CollisionReviewService periods;

    public CommissionReportService(JdbcClient jdbc, StaffDirectory staff, CollisionReviewService periods) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.periods = periods;
    }

    /** {@code rep}: only that rep's lines (finance and sales management); a rep's own lines whatever is asked. */
    public List<CommissionLine> lines(Caller caller, String period, String rep) {
        String onlyRep = visibleRep(caller, rep == null || rep.isBlank() ? null : rep.trim());
        YearMonth month = periods.period(period);
        String sql = """
                select e.filing_id, e.rep, e.share_percent, e.contract_amount as base_amount, e.amount, e.source,
                       e.source_id, e.reason, e.created_at, f.contract_name, f.contract_date, f.contract_amount
                from commission_entry e join filing f on f.id = e.filing_id
                where f.contract_date >= :from and f.contract_date < :to
                """
                + (onlyRep == null ? "" : "and e.rep = :rep\n")
                + "order by f.contract_date, e.filing_id, e.share_percent desc, e.rep";
        JdbcClient.StatementSpec query = jdbc.sql(sql).param("from", month.atDay(1)).param("to", month.plusMonths(1).atDay(1));
        if (onlyRep != null) {
            query = query.param("rep", onlyRep);
        }
        Map<String, String> names = new HashMap<>();
        return query.query((rs, i) -> new CommissionLine(rs.getString("filing_id"), rs.getString("contract_name"),
                        rs.getObject("contract_date", LocalDate.class), rs.getBigDecimal("contract_amount"), rs.getString("rep"),
                        names.computeIfAbsent(rs.getString("rep"), staff::displayName), rs.getInt("share_percent"), rs.getBigDecimal("base_amount"),
                        rs.getBigDecimal("amount"), CommissionSource.valueOf(rs.getString("source")), rs.getString("source_id"),
                        rs.getString("reason"), rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    private static String visibleRep(Caller caller, String rep) {
        if (caller.isInAny(Groups.FINANCE, Groups.SALES_MANAGEMENT)) {
            return rep;
        }
        if (!caller.isIn(Groups.SALES)) {
            throw new AccessDeniedException("仅财务部、销售管理部和销售本人可以查看提成明细");
        }
        if (rep != null && !rep.equals(caller.userId())) {
            throw new AccessDeniedException("销售只能查看本人的提成明细");
        }
        return caller.userId();
    }
}
