package io.baobei.platform.security;

import java.io.IOException;
import java.security.Principal;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /actuator/**}: the health summary and its liveness and readiness probes are open to anyone (a load
 * balancer, Kubernetes); every other endpoint (metrics, Prometheus, health components) needs HTTP basic of a
 * member of {@code camunda-admin}: 401 without valid credentials, 403 for other staff.
 *
 * <p>An administrator's credentials on the open health paths are checked too, so that Spring's
 * {@code show-details: when-authorized} shows them the components (the request then carries the user and the
 * role {@code camunda-admin}); wrong credentials there just count as anonymous.
 */
public class ActuatorAccessFilter extends OncePerRequestFilter {

    private static final Set<String> OPEN_PATHS = Set.of("/actuator/health", "/actuator/health/liveness",
            "/actuator/health/readiness");

    private final ProcessEngine processEngine;
    private final WithoutAuthorization withoutAuthorization;
    private final HttpBasicAuthenticationProvider basicAuthentication = new HttpBasicAuthenticationProvider();

    public ActuatorAccessFilter(ProcessEngine processEngine, WithoutAuthorization withoutAuthorization) {
        this.processEngine = processEngine;
        this.withoutAuthorization = withoutAuthorization;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean open = OPEN_PATHS.contains(pathInApplication(request));
        String user = request.getHeader("Authorization") == null ? null : authenticatedUser(request);
        if (user != null && isAdministrator(user)) {
            chain.doFilter(asAdministrator(request, user), response);
        } else if (open) {
            chain.doFilter(request, response);
        } else if (user == null) {
            basicAuthentication.augmentResponseByAuthenticationChallenge(response, processEngine);
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "only camunda-admin may read the management endpoints");
        }
    }

    private String authenticatedUser(HttpServletRequest request) {
        AuthenticationResult result = basicAuthentication.extractAuthenticatedUser(request, processEngine);
        return result.isAuthenticated() ? result.getAuthenticatedUser() : null;
    }

    private boolean isAdministrator(String user) {
        return withoutAuthorization.call(() -> processEngine.getIdentityService().createGroupQuery()
                .groupMember(user).groupId(Groups.CAMUNDA_ADMIN).count() == 1);
    }

    private static String pathInApplication(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static HttpServletRequest asAdministrator(HttpServletRequest request, String user) {
        Principal principal = () -> user;
        return new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public String getRemoteUser() {
                return user;
            }

            @Override
            public boolean isUserInRole(String role) {
                return Groups.CAMUNDA_ADMIN.equals(role);
            }
        };
    }
}
