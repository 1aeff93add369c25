package io.baobei.reporting;

import java.time.Clock;
import java.time.YearMonth;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.Caller;
import io.baobei.platform.security.CurrentUser;
import io.baobei.platform.security.Groups;
import io.baobei.platform.security.WithoutAuthorization;
import io.baobei.platform.validation.InvalidInputException;

/**
 * {@code /api/filing-reviews}: sales management starts a month's filing sample review by hand (rule M4; the
 * {@code filing-sample-review} timer does it on the 2nd of every month for the month before) and reads the
 * sample, the findings and the recognition proposals (X9); {@code /api/return-visits}: the scheduled and
 * done return visits (F11).
 */
@RestController
public class FilingReviewController {

    private final FilingSampleReviewService reviews;
    private final ReturnVisitService visits;
    private final CollisionReviewService periods;
    private final RuntimeService runtimeService;
    private final WithoutAuthorization withoutAuthorization;
    private final CurrentUser currentUser;
    private final Clock clock;

    public FilingReviewController(FilingSampleReviewService reviews, ReturnVisitService visits,
                                  CollisionReviewService periods, RuntimeService runtimeService,
                                  WithoutAuthorization withoutAuthorization, CurrentUser currentUser, Clock clock) {
        this.reviews = reviews;
        this.visits = visits;
        this.periods = periods;
        this.runtimeService = runtimeService;
        this.withoutAuthorization = withoutAuthorization;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** {@code {"period": "2026-10"}}: the sample is drawn at once; {@code 409} when the month was drawn before. */
    @PostMapping("/api/filing-reviews")
    public ResponseEntity<Map<String, Object>> start(@RequestBody Map<String, Object> body) {
        Caller caller = currentUser.require();
        if (!caller.isInAny(Groups.SALES_MANAGEMENT, Groups.CAMUNDA_ADMIN)) {
            throw new AccessDeniedException("仅销售管理部可以发起报备抽查");
        }
        YearMonth period = periods.period(body.get("period"));
        if (period.isAfter(YearMonth.now(clock))) {
            throw new InvalidInputException("period", "不能抽查尚未开始的期间");
        }
        String key = period.toString();
        if (reviews.exists(key)) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("period", key, "message", "该期间已抽查"));
        }
        ProcessInstance instance = withoutAuthorization.call(() -> runtimeService
                .createMessageCorrelation("filing-sample-review-requested")
                .processInstanceBusinessKey(key).setVariable("period", key).setVariable("requestedBy", caller.userId())
                .correlateStartMessage());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("period", key, "processInstanceId", instance.getId(),
                "sampleSize", reviews.review(key).sampleSize()));
    }

    @GetMapping("/api/filing-reviews")
    public List<String> periods() {
        requireReader();
        return reviews.periods();
    }

    @GetMapping("/api/filing-reviews/{period}")
    public FilingSampleReview review(@PathVariable String period) {
        requireReader();
        return reviews.review(periods.period(period).toString());
    }

    @GetMapping("/api/return-visits")
    public List<ReturnVisit> returnVisits(@RequestParam(required = false) String filingId) {
        if (!currentUser.require().isInAny(Groups.SALES_MANAGEMENT, Groups.CAMUNDA_ADMIN)) {
            throw new AccessDeniedException("仅销售管理部可以查看回访");
        }
        return visits.visits(filingId == null || filingId.isBlank() ? null : filingId.trim());
    }

    private void requireReader() {
        if (!currentUser.require().isInAny(Groups.SALES_MANAGEMENT, Groups.HR_ADMIN, Groups.CAMUNDA_ADMIN)) {
            throw new AccessDeniedException("仅销售管理部和人事行政部可以查看报备抽查");
        }
    }
}
