package io.baobei.filing;

import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Rule F1b on the engine REST API: a start (or Tasklist start form) of {@code customer-filing} by someone who
 * may not file answers 403 with the reason, before the engine's bare authorization error. Pre-matching: the
 * engine resolves {@code key/customer-filing} while matching and answers 404 to whoever may not read it.
 */
@PreMatching
public class FilerStartFilter implements ContainerRequestFilter {

    private static final Pattern FILING_START = Pattern.compile(
            "process-definition/(key/" + FilingProcessStarter.PROCESS_KEY + "(/tenant-id/[^/]+)?|"
                    + FilingProcessStarter.PROCESS_KEY + ":[^/]+)/(start|submit-form)/?");

    private final FilingRegistrationService registration;
    private final IdentityService identityService;

    public FilerStartFilter(FilingRegistrationService registration, IdentityService identityService) {
        this.registration = registration;
        this.identityService = identityService;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        var authentication = identityService.getCurrentAuthentication();
        if (!"POST".equals(request.getMethod()) || authentication == null
                || !FILING_START.matcher(request.getUriInfo().getPath()).matches()) {
            return;
        }
        try {
            registration.requireAllowedToFile(authentication.getUserId());
        } catch (FilingRefusedException e) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", "FilingRefusedException", "message", e.getMessage())).build());
        }
    }
}
