package io.baobei.reporting;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.CurrentUser;
import io.baobei.platform.security.Groups;
import io.baobei.platform.security.WithoutAuthorization;

/** The monthly collision reviews and the measures recorded (rule C11), for management. */
@RestController
public class CollisionReviewController {

    private final CollisionReviewService reviews;
    private final RuntimeService runtimeService;
    private final WithoutAuthorization withoutAuthorization;
    private final CurrentUser currentUser;

    public CollisionReviewController(CollisionReviewService reviews, RuntimeService runtimeService,
                                     WithoutAuthorization withoutAuthorization, CurrentUser currentUser) {
        this.reviews = reviews;
        this.runtimeService = runtimeService;
        this.withoutAuthorization = withoutAuthorization;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/collision-reviews")
    public List<CollisionReview> reviews() {
        requireManagement();
        return reviews.reviews();
    }

    /** By hand, for any month: {@code {"period": "2026-10"}}; the figures are compiled at once. */
    @PostMapping("/api/collision-reviews")
    public ResponseEntity<Map<String, Object>> start(@RequestBody Map<String, Object> body) {
        requireManagement();
        String period = reviews.period(body.get("period")).toString();
        ProcessInstance instance = withoutAuthorization.call(() -> runtimeService.createMessageCorrelation("collision-review-requested")
                .processInstanceBusinessKey(period).setVariable("period", period).correlateStartMessage());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("period", period, "processInstanceId", instance.getId()));
    }

    @GetMapping("/api/collision-reviews/{period}")
    public CollisionReview review(@PathVariable String period) {
        requireManagement();
        return reviews.review(period);
    }

    private void requireManagement() {
        if (!currentUser.require().isInAny(Groups.REGIONAL_MANAGER, Groups.SALES_MANAGEMENT, Groups.HR_ADMIN, Groups.CAMUNDA_ADMIN)) {
            throw new AccessDeniedException("仅管理人员可以查看撞单分析");
        }
    }
}
