package io.baobei.conduct;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
    private final SuspensionService suspensions;
    private final CurrentUser currentUser;

    public ConductController(ViolationReporting reporting, ConductLedger ledger, SuspensionService suspensions,
                             CurrentUser currentUser) {
        this.reporting = reporting;
        this.ledger = ledger;
        this.suspensions = suspensions;
        this.currentUser = currentUser;
    }

    @PostMapping("/violations")
    public ResponseEntity<Void> report(@RequestBody ViolationReport report) {
        reporting.report(currentUser.require(), report);
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @GetMapping("/suspensions")
    public List<String> suspended() {
        requireAdministration(currentUser.require());
        return suspensions.suspendedPeople();
    }

    /** Rule X7: HR lifts a suspension; the rep may file again. */
    @PostMapping("/suspensions/{person}/lift")
    public ResponseEntity<Void> lift(@PathVariable String person) {
        Caller caller = currentUser.require();
        requireAdministration(caller);
        suspensions.lift(person, caller.userId());
        return ResponseEntity.noContent().build();
    }

    private static void requireAdministration(Caller caller) {
        if (!caller.isInAny(Groups.HR_ADMIN, Groups.CAMUNDA_ADMIN)) {
            throw new AccessDeniedException("仅人事行政部可以管理报备权限");
        }
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
