package io.baobei.collision.process;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.baobei.collision.CollisionReported;

/** A rep's manual report: {@code collision-resolution} starts for the case, in the reporting transaction, as the rep. */
@Component
public class CollisionReporting {

    private final CollisionProcessStarter starter;

    public CollisionReporting(CollisionProcessStarter starter) {
        this.starter = starter;
    }

    @EventListener
    public void start(CollisionReported reported) {
        starter.start(reported.collision());
    }
}
