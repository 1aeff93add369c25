package io.baobei.conduct;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.collision.AssistService;
import io.baobei.collision.CollisionCaseService;
import io.baobei.filing.Filing;
import io.baobei.filing.FilingOwnershipService;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.OwnerShare;
import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.Caller;
import io.baobei.platform.security.FilerGroups;
import io.baobei.platform.security.Groups;
import io.baobei.platform.security.StaffDirectory;
import io.baobei.platform.validation.FieldErrors;
import io.baobei.platform.validation.InputValues;
import io.baobei.platform.validation.InvalidInputException;

/**
 * Violations reported by hand (rule X8): by a filing's regional manager, e.g. obstructing a colleague's deal
 * (SABOTAGE, C12) or snatching a customer (ORDER_SNATCHING, X10), or by HR/administration, with a filing or a
 * collision as evidence. A manager reports only a person the filing ties to it (filer, follower, co-owner,
 * registered helper, a party of its collisions), so that any filing of his region cannot serve as evidence
 * against anyone; HR may report anyone. One report is one incident; a data leak names how many customers it
 * concerned (X5b).
 */
@Service
@Transactional
public class ViolationReporting {

    private final ConductLedger ledger;
    private final FilingQueryService filings;
    private final CollisionCaseService collisions;
    private static final int MAX_CUSTOMERS = 10000;
    private static final String CUSTOMER_COUNT_RANGE = "涉及客户户数应为 1 到 " + MAX_CUSTOMERS + " 的整数";
    /** Out of range, so that validation names the field among the others, in their order. */
    private static final int NOT_A_COUNT = -1;

    private final FilingOwnershipService ownership;
    private final AssistService assists;
    private final StaffDirectory staff;
    private final FilerGroups filerGroups;

    public ViolationReporting(ConductLedger ledger, FilingQueryService filings, CollisionCaseService collisions,
                              FilingOwnershipService ownership, AssistService assists, StaffDirectory staff,
                              FilerGroups filerGroups) {
        this.ledger = ledger;
        this.filings = filings;
        this.collisions = collisions;
        this.ownership = ownership;
        this.assists = assists;
        this.staff = staff;
        this.filerGroups = filerGroups;
    }

    /** {@code POST /api/conduct/violations}: the case starts by itself. */
    public void report(Caller reporter, ViolationReport report) {
        Filing filing = validated(report, "FILING");
        boolean administration = reporter.isInAny(Groups.HR_ADMIN, Groups.CAMUNDA_ADMIN);
        if (!administration && !staff.isManagerOf(reporter.userId(), filing.region())) {
            throw new AccessDeniedException("只有该报备所属区域的经理或人事行政部可以报告违规");
        }
        if (!administration && !peopleTiedTo(filing).contains(report.person())) {
            throw new InvalidInputException("person", "被报告人与所引报备无关：应为其报备人、跟进人、共有人、协助人或撞单当事人");
        }
        ledger.report(report.person(), ConductEntry.VIOLATION, report.violation(), "FILING", filing.id(),
                report.detail().trim(), reporter.userId(), customerCount(report.customerCount()));
    }

    /** HR's report through the Tasklist start form of {@code violation-handling}: that case is this one. */
    public long recordFromStartForm(String reporter, Map<String, Object> values) {
        String evidenceType = "COLLISION".equals(values.get("evidenceType")) ? "COLLISION" : "FILING";
        InputValues in = new InputValues(values);
        FieldErrors countErrors = new FieldErrors();
        Integer customerCount = in.wholeNumber("customerCount", CUSTOMER_COUNT_RANGE, countErrors);
        if (!countErrors.isEmpty()) {
            customerCount = NOT_A_COUNT;
        }
        ViolationReport report = new ViolationReport(in.optionalText("person"), in.optionalText("violation"),
                in.optionalText("evidenceId"), in.optionalText("detail"), customerCount);
        validated(report, evidenceType);
        return ledger.record(report.person(), ConductEntry.VIOLATION, report.violation(), evidenceType, report.filingId(),
                        report.detail().trim(), reporter, customerCount(report.customerCount()))
                .orElseThrow(() -> new InvalidInputException("evidenceId", "该人员的这项违规已就此登记过"));
    }

    /** @return the evidence filing, or null for collision evidence */
    private Filing validated(ViolationReport report, String evidenceType) {
        FieldErrors errors = new FieldErrors();
        try {
            Violation.valueOf(String.valueOf(report.violation()));
        } catch (IllegalArgumentException e) {
            errors.add("violation", "取值无效：" + Arrays.toString(Violation.values()));
        }
        if (report.person() == null || !filerGroups.mayFile(report.person())) {
            errors.add("person", "应为可以报备客户的人员（" + filerGroups.labels() + "）的用户名");
        }
        if (report.customerCount() != null && (report.customerCount() < 1 || report.customerCount() > MAX_CUSTOMERS)) {
            errors.add("customerCount", CUSTOMER_COUNT_RANGE);
        }
        Filing filing = null;
        if ("FILING".equals(evidenceType)) {
            filing = report.filingId() == null ? null : filings.find(report.filingId()).orElse(null);
            if (filing == null) {
                errors.add(report.filingId() == null ? "filingId" : "evidenceId", "应为相关报备的编号");
            }
        } else if (!collisions.exists(report.filingId())) {
            errors.add("evidenceId", "应为相关撞单的编号");
        }
        if (report.detail() == null || report.detail().isBlank()) {
            errors.add("detail", "请写明事实经过");
        }
        errors.throwIfAny();
        return filing;
    }

    private Set<String> peopleTiedTo(Filing filing) {
        Set<String> people = new HashSet<>();
        people.add(filing.filer());
        people.add(filing.follower());
        ownership.ownersOf(filing.id()).stream().map(OwnerShare::rep).forEach(people::add);
        assists.helperOf(filing.id()).ifPresent(people::add);
        people.addAll(collisions.partiesOnFiling(filing.id()));
        return people;
    }

    private static int customerCount(Integer given) {
        return given == null ? 1 : given;
    }
}
