package io.baobei.conduct;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.Caller;
import io.baobei.platform.security.CurrentUser;
import io.baobei.platform.security.Groups;

@RestController
@RequestMapping("/api/conduct")
public class ConductController {

    private final ViolationReporting reporting;
    private final ConductLedger ledger;
    private final CurrentUser currentUser;

    public ConductController(ViolationReporting reporting, ConductLedger ledger, CurrentUser currentUser) {
        this.reporting = reporting;
        this.ledger = ledger;
        this.currentUser = currentUser;
    }

    @PostMapping("/violations")
    public ResponseEntity<Void> report(@RequestBody ViolationReport report) {
        reporting.report(currentUser.require(), report);
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    /** A person's own ledger; administration may read anyone's. */
    @GetMapping("/ledger")
    public List<ConductEntry> ledger(@RequestParam(required = false) String person) {
        Caller caller = currentUser.require();
        String whose = person == null ? caller.userId() : person;
        if (!whose.equals(caller.userId()) && !caller.isInAny(Groups.HR_ADMIN, Groups.CAMUNDA_ADMIN)) {
            throw new AccessDeniedException("只能查看本人的奖惩记录");
        }
        return ledger.of(whose);
    }
}
