package io.baobei.filing;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.baobei.platform.security.CurrentUser;

/** {@code POST /api/filings/{id}/follow-ups}: an owner of the customer records a contact (rules F6, F7). */
@RestController
public class FollowUpController {

    private final FollowUpService followUps;
    private final CurrentUser currentUser;

    public FollowUpController(FollowUpService followUps, CurrentUser currentUser) {
        this.followUps = followUps;
        this.currentUser = currentUser;
    }

    @PostMapping("/api/filings/{filingId}/follow-ups")
    public ResponseEntity<Map<String, Object>> record(@PathVariable String filingId, @RequestBody Map<String, Object> contact) {
        followUps.recordContact(filingId, currentUser.require(), contact);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("filingId", filingId, "outcome", FollowUpOutcome.CONTINUE));
    }
}
