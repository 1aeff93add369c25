package io.baobei.conduct;

import java.util.Arrays;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.filing.Filing;
import io.baobei.filing.FilingRepository;
import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.Caller;
import io.baobei.platform.security.Groups;
import io.baobei.platform.security.StaffDirectory;
import io.baobei.platform.validation.FieldErrors;

/**
 * A manager or administration reports a violation by hand, e.g. obstructing a colleague's deal
 * (SABOTAGE, rule C12); it goes to the ledger as REPORTED, with the filing as evidence.
 */
@Service
@Transactional
public class ViolationReporting {

    private final ConductLedger ledger;
    private final FilingRepository filings;
    private final StaffDirectory staff;

    public ViolationReporting(ConductLedger ledger, FilingRepository filings, StaffDirectory staff) {
        this.ledger = ledger;
        this.filings = filings;
        this.staff = staff;
    }

    public void report(Caller reporter, ViolationReport report) {
        FieldErrors errors = new FieldErrors();
        Violation violation = null;
        try {
            violation = Violation.valueOf(String.valueOf(report.violation()));
        } catch (IllegalArgumentException e) {
            errors.add("violation", "取值无效：" + Arrays.toString(Violation.values()));
        }
        if (report.person() == null || !staff.isRep(report.person())) {
            errors.add("person", "应为销售人员的用户名");
        }
        Filing filing = report.filingId() == null ? null : filings.find(report.filingId()).orElse(null);
        if (filing == null) {
            errors.add("filingId", "应为相关报备的编号");
        }
        if (report.detail() == null || report.detail().isBlank()) {
            errors.add("detail", "请写明事实经过");
        }
        errors.throwIfAny();
        boolean administration = reporter.isInAny(Groups.HR_ADMIN, Groups.CAMUNDA_ADMIN);
        if (!administration && !staff.isManagerOf(reporter.userId(), filing.region())) {
            throw new AccessDeniedException("只有该报备所属区域的经理或人事行政部可以报告违规");
        }
        ledger.report(report.person(), "VIOLATION", violation.name(), "FILING", filing.id(), report.detail().trim(),
                reporter.userId());
    }
}
