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

import io.baobei.platform.security.WithoutAuthorization;

/**
 * {@code POST /api/filings}: validates (400 naming each field, nothing started), then starts
 * {@code customer-filing} as the caller with the validated request, which its first step registers
 * ({@link StartVariables}); answers with what the process set.
 */
@Component
public class FilingProcessStarter {

    static final String PROCESS_KEY = "customer-filing";

    private static final List<String> RESULT_FIELDS = List.of("filingId", "filingStatus", "protectedUntil", "collisionId");

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

    public Map<String, Object> start(Map<String, Object> body) {
        Map<String, Object> given = new LinkedHashMap<>();
        StartVariables.FIELDS.stream().filter(body::containsKey).forEach(field -> given.put(field, body.get(field)));
        FilingRequest request = parser.parse(given);

        // who may file is decided once, by FilingRegistrationService.register inside this start, for every way in;
        // the engine's own grant to start filings serves Tasklist and engine REST, which pass the door filter first
        ProcessInstanceWithVariables instance = withoutAuthorization.call(() -> runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                .setVariables(StartVariables.of(request))
                .executeWithVariablesInReturn());
        Map<String, Object> result = new HashMap<>(instance.getVariables());
        if (!instance.isEnded()) {
            // the returned snapshot can predate the last steps (event subprocesses restructure the instance)
            result.putAll(withoutAuthorization.call(() -> runtimeService.getVariables(instance.getId(), RESULT_FIELDS)));
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("filingId", result.get("filingId"));
        response.put("filingStatus", result.get("filingStatus"));
        response.put("processInstanceId", instance.getId());
        Date protectedUntil = (Date) result.get("protectedUntil");
        response.put("protectedUntil", protectedUntil == null ? null : protectedUntil.toInstant().atZone(clock.getZone()).toOffsetDateTime());
        response.put("collisionId", result.get("collisionId"));
        return response;
    }
}
