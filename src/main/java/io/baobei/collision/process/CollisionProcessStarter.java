package io.baobei.collision.process;

import static io.baobei.collision.process.CollisionVariables.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import io.baobei.collision.Collision;
import io.baobei.collision.CollisionCaseService;
import io.baobei.platform.security.CaseAccess;
import io.baobei.platform.security.WithoutAuthorization;

/**
 * Starts {@code collision-resolution} for a case (message start, business key = collision id). The start event is
 * asynchronous: here, in the caller's transaction, the instance is only created (its id attached to the case, its
 * readers granted); the case itself runs in its own transaction, so its failure never undoes the caller's.
 */
@Component
public class CollisionProcessStarter {

    static final String START_MESSAGE = "collision-reported";

    private final RuntimeService runtimeService;
    private final CollisionCaseService collisions;
    private final CaseAccess caseAccess;
    private final WithoutAuthorization withoutAuthorization;

    public CollisionProcessStarter(RuntimeService runtimeService, CollisionCaseService collisions, CaseAccess caseAccess,
                                   WithoutAuthorization withoutAuthorization) {
        this.runtimeService = runtimeService;
        this.collisions = collisions;
        this.caseAccess = caseAccess;
        this.withoutAuthorization = withoutAuthorization;
    }

    public ProcessInstance start(Collision collision) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(COLLISION_ID, collision.id());
        variables.put(COLLISION_KIND, collision.kind().name());
        variables.put(FIRST_FILING_ID, collision.firstFilingId());
        variables.put(SECOND_FILING_ID, collision.secondFilingId());
        variables.put(UNFILED_REPORTER, collision.reporterUnfiled());
        // the application starts the case, whoever's request led to it: no staff member may start one
        ProcessInstance instance = withoutAuthorization.call(() -> runtimeService.createMessageCorrelation(START_MESSAGE)
                .processInstanceBusinessKey(collision.id())
                .setVariables(variables)
                .correlateStartMessage());
        collisions.attachProcess(collision.id(), instance.getId());
        caseAccess.grantRead(instance.getId(), collisions.readers(collision.id()));
        return instance;
    }
}
