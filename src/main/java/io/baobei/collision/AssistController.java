package io.baobei.collision;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.baobei.platform.security.CurrentUser;

/** Rule C12: a rep registers their help on a colleague's valid filing of the same region. */
@RestController
public class AssistController {

    private final AssistService assists;
    private final CurrentUser currentUser;

    public AssistController(AssistService assists, CurrentUser currentUser) {
        this.assists = assists;
        this.currentUser = currentUser;
    }

    @PostMapping("/api/filings/{filingId}/assist")
    public ResponseEntity<Assist> register(@PathVariable String filingId, @RequestBody(required = false) Map<String, String> body) {
        String note = body == null ? null : body.get("note");
        return ResponseEntity.status(HttpStatus.CREATED).body(assists.register(filingId, currentUser.require().userId(), note));
    }

    @ExceptionHandler(FilingNotAssistableException.class)
    public ResponseEntity<Map<String, Object>> notAssistable(FilingNotAssistableException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }
}
