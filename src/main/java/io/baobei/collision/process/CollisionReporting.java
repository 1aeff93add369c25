package io.baobei.collision.process;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.collision.Collision;
import io.baobei.collision.CollisionReportService;
import io.baobei.collision.ManualCollisionReport;

/** A rep's manual report: the case is opened and {@code collision-resolution} started, as the rep. */
@Component
public class CollisionReporting {

    private final CollisionReportService reports;
    private final CollisionProcessStarter starter;

    public CollisionReporting(CollisionReportService reports, CollisionProcessStarter starter) {
        this.reports = reports;
        this.starter = starter;
    }

    @Transactional
    public Collision report(String reporter, ManualCollisionReport report) {
        Collision collision = reports.report(reporter, report);
        starter.start(collision);
        return collision;
    }
}
