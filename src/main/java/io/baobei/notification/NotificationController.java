package io.baobei.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.baobei.platform.security.CurrentUser;

/** The signed-in user's in-app notifications. */
@RestController
@RequestMapping("/api/notifications")
public class NotificationController {

    private final NotificationRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    public NotificationController(NotificationRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping
    public List<Notification> mine(@RequestParam(defaultValue = "false") boolean unread) {
        return repository.of(currentUser.require().userId(), unread);
    }

    @PostMapping("/{id}/read")
    public ResponseEntity<Void> read(@PathVariable long id) {
        int updated = repository.markRead(id, currentUser.require().userId(), OffsetDateTime.now(clock));
        return updated == 1 ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
