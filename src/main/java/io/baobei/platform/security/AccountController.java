package io.baobei.platform.security;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lifting a login lock before it expires ({@link AccountUnlocking} says who may). */
@RestController
public class AccountController {

    private final AccountUnlocking unlocking;
    private final CurrentUser currentUser;

    public AccountController(AccountUnlocking unlocking, CurrentUser currentUser) {
        this.unlocking = unlocking;
        this.currentUser = currentUser;
    }

    @PostMapping("/api/accounts/{userId}/unlock")
    public ResponseEntity<Map<String, Object>> unlock(@PathVariable String userId) {
        if (!unlocking.unlock(currentUser.require(), userId)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "没有该账户"));
        }
        return ResponseEntity.noContent().build();
    }
}
