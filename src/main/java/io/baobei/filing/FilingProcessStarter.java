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

import io.baobei.platform.security.Caller;
import io.baobei.platform.security.WithoutAuthorization;

/**
 * {@code POST /api/filings}: validates first (400, nothing started), then starts {@code customer-filing}
 * as the caller, the same way the Tasklist start form does.
 */
@Component
public class FilingProcessStarter {

    static final String PROCESS_KEY = "customer-filing";

    private static final List<String> RESULT_FIELDS = List.of("filingId", "filingStatus", "protectedUntil", "collisionId");

    private final FilingRequestParser parser;
    private final FilingRegistrationService registration;
    private final RuntimeService runtimeService;
    private final WithoutAuthorization withoutAuthorization;
    private final Clock clock;

    public FilingProcessStarter(FilingRequestParser parser, FilingRegistrationService registration, RuntimeService runtimeService,
                                WithoutAuthorization withoutAuthorization, Clock clock) {
        this.parser = parser;
        this.registration = registration;
        this.runtimeService = runtimeService;
        this.withoutAuthorization = withoutAuthorization;
        this.clock = clock;
    }

    public Map<String, Object> start(Caller caller, Map<String, Object> body) {
        Map<String, Object> variables = new LinkedHashMap<>();
        StartVariables.FIELDS.stream().filter(body::containsKey).forEach(field -> variables.put(field, body.get(field)));
        registration.requireAllowedToFile(caller.userId());
        parser.parse(variables);

        ProcessInstanceWithVariables instance = runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                .setVariables(variables)
                .executeWithVariablesInReturn();
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
