package io.baobei.collision;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.baobei.platform.security.Caller;
import io.baobei.platform.security.CurrentUser;

@RestController
@RequestMapping("/api/collisions")
public class CollisionController {

    private final CollisionReportService reports;
    private final CollisionQueryService queries;
    private final CurrentUser currentUser;

    public CollisionController(CollisionReportService reports, CollisionQueryService queries, CurrentUser currentUser) {
        this.reports = reports;
        this.queries = queries;
        this.currentUser = currentUser;
    }

    /** A rep reports a collision by hand (rule C4). */
    @PostMapping
    public ResponseEntity<Map<String, Object>> report(@RequestBody ManualCollisionReport report) {
        Collision collision = reports.report(currentUser.require().userId(), report);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("collisionId", collision.id(),
                "firstFilingId", collision.firstFilingId(), "unfiledReporter", collision.reporterUnfiled()));
    }

    /** The whole case ({@link CollisionView}) for those who may read it; its outcome alone for finance. */
    @GetMapping("/{collisionId}")
    public Object collision(@PathVariable String collisionId) {
        Caller caller = currentUser.require();
        return queries.readsWholeCase(collisionId, caller) ? queries.view(collisionId, caller) : queries.outcome(collisionId, caller);
    }

    @ExceptionHandler(CollisionNotFoundException.class)
    public ResponseEntity<Map<String, Object>> notFound(CollisionNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }
}
