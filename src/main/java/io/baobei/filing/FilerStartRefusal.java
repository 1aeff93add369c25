package io.baobei.filing;

import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.dto.AuthorizationExceptionDto;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Rule F1b on both doors of the engine REST API. Who may file is decided once, inside the start
 * ({@link FilingRegistrationService#register}); but the engine itself refuses a {@code customer-filing} start by
 * someone without the start rights the filer groups hold, before that: 404 for a definition they may not read
 * (resolving {@code key/customer-filing}), 403 without a reason for one they may read. Only such a refusal is
 * answered here, with 403 and the reason; a start the engine lets through is not checked again.
 */
public class FilerStartRefusal implements ContainerResponseFilter {

    private static final Pattern FILING_START = Pattern.compile("(engine/[^/]+/)?process-definition/(key/"
            + FilingProcessStarter.PROCESS_KEY + "(/tenant-id/[^/]+)?|" + FilingProcessStarter.PROCESS_KEY
            + ":[^/]+)/(start|submit-form)/?");

    private final FilingRegistrationService registration;
    private final IdentityService identityService;

    public FilerStartRefusal(FilingRegistrationService registration, IdentityService identityService) {
        this.registration = registration;
        this.identityService = identityService;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean refusedByEngine = response.getStatus() == Response.Status.NOT_FOUND.getStatusCode()
                || response.getEntity() instanceof AuthorizationExceptionDto;
        var authentication = identityService.getCurrentAuthentication();
        if (!refusedByEngine || authentication == null || !"POST".equals(request.getMethod())
                || !FILING_START.matcher(request.getUriInfo().getPath()).matches()) {
            return;
        }
        try {
            registration.requireAllowedToFile(authentication.getUserId());
        } catch (FilingRefusedException e) {
            response.setStatus(Response.Status.FORBIDDEN.getStatusCode());
            response.setEntity(FilingExceptionMapping.FilingRefusedMapper.body(e), new Annotation[0], MediaType.APPLICATION_JSON_TYPE);
        }
    }
}
