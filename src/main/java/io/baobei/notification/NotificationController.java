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

import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.CurrentUser;
import io.baobei.platform.security.Groups;

/** The signed-in user's in-app notifications. */
@RestController
@RequestMapping("/api/notifications")
public class NotificationController {

    private final NotificationRepository repository;
    private final OutboxRepository outbox;
    private final CurrentUser currentUser;
    private final TaskLinks taskLinks;
    private final Clock clock;

    public NotificationController(NotificationRepository repository, OutboxRepository outbox, CurrentUser currentUser,
                                  TaskLinks taskLinks, Clock clock) {
        this.repository = repository;
        this.taskLinks = taskLinks;
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping
    public List<NotificationItem> mine(@RequestParam(defaultValue = "false") boolean unread) {
        String user = currentUser.require().userId();
        return repository.of(user, unread).stream()
                .map(n -> NotificationItem.of(n, taskLinks.of(user, n.link()).orElse(null)))
                .toList();
    }

    /** Administration sees what could not be sent, and may send it again. */
    @GetMapping("/outbox")
    public List<OutboxMessage> outbox(@RequestParam(defaultValue = OutboxMessage.FAILED) String status) {
        requireAdministration();
        return outbox.withStatus(status);
    }

    @PostMapping("/outbox/{id}/retry")
    public ResponseEntity<Void> retry(@PathVariable long id) {
        requireAdministration();
        return outbox.retry(id, OffsetDateTime.now(clock)) == 1 ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    private void requireAdministration() {
        if (!currentUser.require().isInAny(Groups.HR_ADMIN, Groups.CAMUNDA_ADMIN)) {
            throw new AccessDeniedException("仅行政和系统管理员可查看发送队列");
        }
    }

    @PostMapping("/{id}/read")
    public ResponseEntity<Void> read(@PathVariable long id) {
        int updated = repository.markRead(id, currentUser.require().userId(), OffsetDateTime.now(clock));
        return updated == 1 ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
