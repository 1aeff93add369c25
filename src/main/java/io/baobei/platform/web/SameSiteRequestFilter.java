package io.baobei.platform.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a state-changing request that a page of another site sent with a staff member's browser (which adds
 * the basic-auth login it remembers): its {@code Origin}, or without one its {@code Referer}, must name the host
 * and port the request was sent to. A request with neither (curl, Camunda Modeler, tests) is not a browser's
 * cross-site request and passes. Behind a reverse proxy, the proxy must keep the {@code Host} header.
 */
public class SameSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("http", 80, "https", 443);

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        String source = origin != null ? origin : request.getHeader("Referer");
        if (SAFE_METHODS.contains(request.getMethod()) || source == null || isSameSite(source, request.getHeader("Host"))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Map.of("message",
                "拒绝跨站请求：" + (origin != null ? "Origin " : "Referer ") + source + " 不是本应用的地址"));
    }

    /** {@code http://host:8080/rules/} against the {@code Host} header {@code host:8080}; default ports by the source's scheme. */
    static boolean isSameSite(String source, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        URI from;
        URI to;
        try {
            from = new URI(source.trim());
            to = new URI("http://" + host.trim());
        } catch (URISyntaxException e) {
            return false;
        }
        if (from.getHost() == null || to.getHost() == null || from.getScheme() == null) {
            return false; // "Origin: null" (a sandboxed frame, a file) or something that is no address
        }
        Integer defaultPort = DEFAULT_PORTS.get(from.getScheme().toLowerCase(Locale.ROOT));
        if (defaultPort == null) {
            return false; // no page of another scheme is this app
        }
        int fromPort = from.getPort() == -1 ? defaultPort : from.getPort();
        int toPort = to.getPort() == -1 ? defaultPort : to.getPort();
        return from.getHost().equalsIgnoreCase(to.getHost()) && fromPort == toPort;
    }
}
