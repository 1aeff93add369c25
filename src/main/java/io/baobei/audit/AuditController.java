package io.baobei.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.CurrentUser;
import io.baobei.platform.security.Groups;

/** Administration audits who read or changed customer data (rule D3). Read-only. */
@RestController
public class AuditController {

    private final AuditRepository records;
    private final CurrentUser currentUser;

    public AuditController(AuditRepository records, CurrentUser currentUser) {
        this.records = records;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/audit")
    public List<AuditRecord> audit(@RequestParam(required = false) String filingId,
                                   @RequestParam(required = false) String user,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
                                   @RequestParam(defaultValue = "false") boolean deniedOnly) {
        if (!currentUser.require().isInAny(Groups.HR_ADMIN, Groups.CAMUNDA_ADMIN)) {
            throw new AccessDeniedException("仅行政和系统管理员可以查询审计记录");
        }
        return records.find(new AuditQuery(filingId, user, from, to, deniedOnly));
    }
}
