package io.baobei.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.baobei.platform.validation.FieldError;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;

/**
 * Camunda's REST start and submit-form endpoints answer 500 to a body that is not a start request at all
 * (a JSON {@code null}, a variable with an empty type) or to a variable it cannot store (a broken
 * {@code Json}, Java serialisation). This answers such a body with 400 before it gets there. A filing
 * ({@code customer-filing}) starts with plain values only, so other variable types are refused for it. Paths of
 * both doors ({@link EngineRestCustomizer}): with or without the engine's name in front.
 */
public class StartRequestShapeFilter implements ContainerRequestFilter {

    private static final Pattern START = Pattern.compile("(engine/[^/]+/)?process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/(start|submit-form)/?");
    private static final Set<String> PLAIN_TYPES = Set.of("string", "integer", "long", "short", "double", "boolean", "date", "null");

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        // by its segments: a path parameter (";x=y") would hide the endpoint from the pattern, not from Camunda
        String path = request.getUriInfo().getPathSegments().stream().map(PathSegment::getPath)
                .collect(Collectors.joining("/"));
        if (!"POST".equals(request.getMethod()) || !START.matcher(path).matches()) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        FieldError problem = problem(body, path.contains("customer-filing"));
        if (problem != null) {
            request.abortWith(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", "InvalidInputException", "message", problem.field() + ": " + problem.message(),
                            "errors", List.of(problem)))
                    .build());
        }
    }

    private FieldError problem(byte[] body, boolean plainValuesOnly) {
        if (body.length == 0) {
            return null; // Camunda handles an empty body itself
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            return null; // Camunda answers unreadable JSON with 400 itself
        }
        if (root == null || !root.isObject()) {
            return new FieldError("body", "请求体应为 JSON 对象");
        }
        JsonNode variables = root.get("variables");
        if (variables == null || variables.isNull()) {
            return null;
        }
        if (!variables.isObject()) {
            return new FieldError("body", "variables 应为 JSON 对象");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            JsonNode value = variable.getValue();
            if (!value.isObject()) {
                return new FieldError("body", "variables." + variable.getKey() + " 应为 {\"value\": …, \"type\": …}");
            }
            JsonNode type = value.get("type");
            if (type == null || type.isNull()) {
                continue;
            }
            if (!type.isTextual() || type.asText().isBlank()) {
                return new FieldError(variable.getKey(), "变量类型无效");
            }
            if (plainValuesOnly && !PLAIN_TYPES.contains(type.asText().toLowerCase())) {
                return new FieldError(variable.getKey(), "类型不支持：报备字段应为文本、数字或日期");
            }
        }
        return null;
    }
}
