package io.baobei.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In front of every login door (HTTP basic anywhere, the webapps' login form): a request with credentials
 * from an address that {@link LoginThrottle} refuses gets {@code 429} and {@code Retry-After} before any
 * password is checked. Every failed password check of a request counts against the request's address.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

    private final LoginThrottle throttle;

    public LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> refused = carriesCredentials(request) ? throttle.refusedFor(request.getRemoteAddr()) : Optional.empty();
        if (refused.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, refused.get().toSeconds() + (refused.get().toNanosPart() > 0 ? 1 : 0));
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(("{\"type\":\"TooManyRequests\",\"message\":\"登录失败次数过多，请 " + seconds
                + " 秒后再试\"}").getBytes(StandardCharsets.UTF_8));
    }

    @EventListener
    public void onLoginFailed(LoginFailedEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            throttle.recordFailure(request.getRequest().getRemoteAddr());
        }
    }

    private static boolean carriesCredentials(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getHeader("Authorization") != null
                || ("POST".equals(request.getMethod()) && path.startsWith(WEBAPP_LOGIN) && path.contains("/login/"));
    }
}
