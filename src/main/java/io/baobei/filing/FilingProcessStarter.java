package io.baobei.filing;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.platform.security.WithoutAuthorization;

/**
 * {@code POST /api/filings}: validates (400 naming each field, nothing started), then starts
 * {@code customer-filing} as the caller with the validated request, which its first step registers
 * ({@link StartVariables}); answers with what the process set. One transaction from the check of the request to
 * the answer.
 */
@Component
public class FilingProcessStarter {

    static final String PROCESS_KEY = "customer-filing";

    private static final String FILING_ID = "filingId";
    private static final String FILING_STATUS = "filingStatus";
    private static final String PROTECTED_UNTIL = "protectedUntil";
    private static final String COLLISION_ID = "collisionId";

    private final FilingRequestParser parser;
    private final RuntimeService runtimeService;
    private final WithoutAuthorization withoutAuthorization;
    private final Clock clock;

    public FilingProcessStarter(FilingRequestParser parser, RuntimeService runtimeService,
                                WithoutAuthorization withoutAuthorization, Clock clock) {
        this.parser = parser;
        this.runtimeService = runtimeService;
        this.withoutAuthorization = withoutAuthorization;
        this.clock = clock;
    }

    @Transactional
    public Map<String, Object> start(Map<String, Object> body) {
        Map<String, Object> given = new LinkedHashMap<>();
        StartVariables.FIELDS.stream().filter(body::containsKey).forEach(field -> given.put(field, body.get(field)));
        FilingRequest request = parser.parse(given);

        // who may file is decided once, by FilingRegistrationService.register inside this start, for every way in
        ProcessInstanceWithVariables instance = withoutAuthorization.call(() -> runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                .setVariables(StartVariables.of(request))
                .executeWithVariablesInReturn());
        Map<String, Object> result = new HashMap<>(instance.getVariables());
        if (!complete(result) && !instance.isEnded()) {
            // the returned snapshot predates the last steps when the instance restructured on its way
            result.putAll(withoutAuthorization.call(() -> runtimeService.getVariables(instance.getId(),
                    List.of(FILING_ID, FILING_STATUS, PROTECTED_UNTIL, COLLISION_ID))));
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put(FILING_ID, result.get(FILING_ID));
        response.put(FILING_STATUS, result.get(FILING_STATUS));
        response.put("processInstanceId", instance.getId());
        Date protectedUntil = (Date) result.get(PROTECTED_UNTIL);
        response.put(PROTECTED_UNTIL, protectedUntil == null ? null : protectedUntil.toInstant().atZone(clock.getZone()).toOffsetDateTime());
        response.put(COLLISION_ID, result.get(COLLISION_ID));
        return response;
    }

    /** A protected filing answers with the protection's end, a collided one with its collision. */
    private static boolean complete(Map<String, Object> result) {
        return result.get(FILING_STATUS) != null && (FilingStatus.IN_COLLISION.name().equals(result.get(FILING_STATUS))
                ? result.get(COLLISION_ID) != null : result.get(PROTECTED_UNTIL) != null);
    }
}
