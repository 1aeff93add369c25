package io.baobei.platform.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.baobei.platform.validation.FieldError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The engine REST API ({@code /engine-rest}) and the webapps' copy of it ({@code /camunda/api/engine}) for
 * everybody but {@code camunda-admin}: the engine decides order, the application decides authority, so
 * staff may only read, claim a task for themselves, complete a task or start a process with the fields its
 * form declares, verify their own password (not anyone else's), and (analysts) deploy and evaluate rule tables. Messages, signals, variable writes,
 * reassignments and every other operation are refused with 403 before they reach the engine; a completion
 * or start naming an undeclared field gets 400 naming it. The application's own engine calls run in-process
 * and never pass here.
 */
public class StaffEngineRestPolicy extends OncePerRequestFilter {

    private static final Pattern ENGINE_REST = Pattern.compile("/engine-rest(?:/engine/[^/]+)?(/.*)?");
    private static final Pattern WEBAPP_REST = Pattern.compile("/camunda/api/engine/engine/([^/]+)(/.*)?");

    /** POST queries of Tasklist and Cockpit: they read, under the engine's authorizations. */
    private static final Pattern QUERY = Pattern.compile(String.join("|",
            "(task|process-instance|execution|variable-instance|job|incident|case-instance|case-execution)(/count)?",
            "filter/[^/]+/(list|count|singleResult)",
            "history/(process-instance|activity-instance|task|variable-instance|decision-instance|incident|detail"
                    + "|user-operation|identity-link-log|job-log|external-task-log|case-instance|case-activity-instance)(/count)?"));
    private static final Pattern TASK_ACTION = Pattern.compile("task/([^/]+)/(claim|unclaim|complete|submit-form|comment/create)");
    private static final Pattern START_BY_KEY = Pattern.compile("process-definition/key/([^/]+)/(start|submit-form)");
    private static final Pattern START_BY_ID = Pattern.compile("process-definition/([^/]+)/(start|submit-form)");
    private static final Pattern EVALUATE = Pattern.compile("decision-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/evaluate");
    /** A person changes their own password; names are the administrators' (they appear in what managers decide on). */
    private static final Pattern OWN_ACCOUNT = Pattern.compile("user/([^/]+)/credentials");
    /** Where the engine evaluates expressions a request names: task queries and saved filters. */
    private static final Pattern EVALUATES_EXPRESSIONS = Pattern.compile("task(/count)?|filter(/.*)?");

    private static final Set<String> COMPLETION_KEYS = Set.of("variables", "withVariablesInReturn");
    private static final Set<String> START_KEYS = Set.of("variables", "businessKey", "withVariablesInReturn");

    private final IdentityService identityService;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final StaffDirectory staff;
    private final DeclaredFields declaredFields;
    private final WithoutAuthorization withoutAuthorization;
    private static final Set<String> PLAIN_TYPES =
            Set.of("string", "boolean", "integer", "long", "short", "double", "date", "null", "json");

    private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    public StaffEngineRestPolicy(IdentityService identityService, TaskService taskService, RepositoryService repositoryService,
                                 StaffDirectory staff, DeclaredFields declaredFields, WithoutAuthorization withoutAuthorization) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.staff = staff;
        this.declaredFields = declaredFields;
        this.withoutAuthorization = withoutAuthorization;
    }

    private interface Verdict {
    }

    /** Passed on, with the body to hand to the engine (display-only fields dropped), or null to keep it. */
    private record Allowed(byte[] body) implements Verdict {
    }

    private record Refused(String message) implements Verdict {
    }

    private record Invalid(FieldError error) implements Verdict {
    }

    private record Call(String method, String operation, String caller, byte[] body) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<String> operation = operation(path);
        if (operation.isPresent() && EVALUATES_EXPRESSIONS.matcher(operation.get()).matches()) {
            byte[] body = request.getInputStream().readAllBytes();
            if (expressionIn(request, body)) {
                respond(response, HttpServletResponse.SC_BAD_REQUEST, Map.of("type", "InvalidInputException",
                        "message", "查询和过滤器中不允许表达式（当前用户、所在组和相对日期除外）"));
                return;
            }
            request = new CachedBodyRequest(request, body);
        }
        String caller = caller(request, path);
        boolean read = Set.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());
        if (operation.isEmpty() || read || (caller != null && staff.isMember(caller, Groups.CAMUNDA_ADMIN))) {
            chain.doFilter(request, response);
            return;
        }
        if (caller == null) {
            respond(response, HttpServletResponse.SC_UNAUTHORIZED, Map.of("type", "NotAuthenticatedException",
                    "message", "请先登录"));
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        Verdict verdict = decide(new Call(request.getMethod(), operation.get(), caller, body));
        if (verdict instanceof Allowed allowed) {
            chain.doFilter(new CachedBodyRequest(request, allowed.body() == null ? body : allowed.body()), response);
        } else if (verdict instanceof Refused refused) {
            respond(response, HttpServletResponse.SC_FORBIDDEN, Map.of("type", "AccessDeniedException", "message", refused.message()));
        } else if (verdict instanceof Invalid invalid) {
            respond(response, HttpServletResponse.SC_BAD_REQUEST, Map.of("type", "InvalidInputException",
                    "message", invalid.error().field() + ": " + invalid.error().message(), "errors", List.of(invalid.error())));
        }
    }

    /** An expression the engine would evaluate, in the query string or anywhere in a JSON body. */
    private boolean expressionIn(HttpServletRequest request, byte[] body) {
        String query = request.getQueryString();
        if (query != null && QueryExpressions.forbidden(URLDecoder.decode(query.replace("+", "%2B"), StandardCharsets.UTF_8))
                .isPresent()) {
            return true;
        }
        if (body.length == 0) {
            return false;
        }
        JsonNode parsed = parse(body);
        // a body that is not JSON is looked at as text: the engine refuses it anyway, but nothing slips past
        return parsed == null ? QueryExpressions.forbidden(new String(body, StandardCharsets.UTF_8)).isPresent()
                : QueryExpressions.in(parsed).isPresent();
    }

    /** {@code task/42/complete} for both APIs and any engine name; empty for other paths. */
    static Optional<String> operation(String path) {
        Matcher engineRest = ENGINE_REST.matcher(path);
        Matcher webapp = WEBAPP_REST.matcher(path);
        String rest = engineRest.matches() ? engineRest.group(1) : webapp.matches() ? webapp.group(2) : null;
        if (rest == null && !engineRest.matches() && !webapp.matches()) {
            return Optional.empty();
        }
        String operation = rest == null ? "" : rest;
        while (operation.startsWith("/")) {
            operation = operation.substring(1);
        }
        while (operation.endsWith("/")) {
            operation = operation.substring(0, operation.length() - 1);
        }
        return Optional.of(operation);
    }

    /** Basic auth on {@code /engine-rest} (set by the authentication filter before this one), the webapp session otherwise. */
    private String caller(HttpServletRequest request, String path) {
        Matcher webapp = WEBAPP_REST.matcher(path);
        if (!webapp.matches()) {
            var authentication = identityService.getCurrentAuthentication();
            return authentication == null ? null : authentication.getUserId();
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        var authentication = authentications == null ? null : authentications.getAuthenticationForProcessEngine(webapp.group(1));
        return authentication == null ? null : authentication.getIdentityId();
    }

    private Verdict decide(Call call) {
        String op = call.operation();
        if ("PUT".equals(call.method())) {
            Matcher own = OWN_ACCOUNT.matcher(op);
            return own.matches() && own.group(1).equals(call.caller()) ? new Allowed(null)
                    : refused(call, "只能修改自己的账户");
        }
        if (!"POST".equals(call.method())) {
            return refused(call, null);
        }
        if (QUERY.matcher(op).matches()) {
            return new Allowed(null);
        }
        if (op.equals("identity/verify")) {
            JsonNode body = parse(call.body());
            String username = body == null ? null : body.path("username").asText(null);
            return call.caller().equals(username) ? new Allowed(null) : refused(call, "只能验证自己的密码");
        }
        if (op.equals("deployment/create")) {
            return staff.isMember(call.caller(), Groups.ANALYST) ? new Allowed(null) : refused(call, "只有规则分析员可以部署规则表");
        }
        if (EVALUATE.matcher(op).matches()) {
            return new Allowed(null);
        }
        Matcher task = TASK_ACTION.matcher(op);
        if (task.matches()) {
            return taskAction(call, task.group(1), task.group(2));
        }
        Matcher byKey = START_BY_KEY.matcher(op);
        if (byKey.matches()) {
            ProcessDefinition definition = withoutAuthorization.call(() -> repositoryService.createProcessDefinitionQuery()
                    .processDefinitionKey(byKey.group(1)).latestVersion().withoutTenantId().singleResult());
            return start(call, definition);
        }
        Matcher byId = START_BY_ID.matcher(op);
        if (byId.matches()) {
            ProcessDefinition definition = withoutAuthorization.call(() -> repositoryService.createProcessDefinitionQuery()
                    .processDefinitionId(byId.group(1)).singleResult());
            return start(call, definition);
        }
        return refused(call, null);
    }

    private Verdict taskAction(Call call, String taskId, String action) {
        Task task = withoutAuthorization.call(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
        if (task == null || action.equals("comment/create")) {
            return new Allowed(null); // the engine answers an unknown task with 404
        }
        return switch (action) {
            case "claim" -> {
                JsonNode body = parse(call.body());
                String userId = body == null ? null : body.path("userId").asText(null);
                yield call.caller().equals(userId) ? new Allowed(null) : refused(call, "只能为自己领取任务");
            }
            case "unclaim" -> call.caller().equals(task.getAssignee()) ? new Allowed(null) : refused(call, "只能退回自己领取的任务");
            default -> fields(call.body(), COMPLETION_KEYS,
                    declaredFields.ofTask(task.getProcessDefinitionId(), task.getTaskDefinitionKey()),
                    "任务 " + task.getTaskDefinitionKey());
        };
    }

    private Verdict start(Call call, ProcessDefinition definition) {
        if (definition == null) {
            return new Allowed(null); // the engine answers an unknown definition with 404
        }
        Optional<FormFields> startForm = declaredFields.ofStart(definition.getId());
        if (startForm.isEmpty()) {
            return refused(call, "流程 " + definition.getKey() + " 只能由应用启动");
        }
        JsonNode body = parse(call.body());
        if (body != null && body.hasNonNull("businessKey") && !body.get("businessKey").asText().isEmpty()) {
            return new Invalid(new FieldError("businessKey", "业务键由应用设置"));
        }
        return fields(call.body(), START_KEYS, startForm.get(), "流程 " + definition.getKey() + " 的启动表单");
    }

    /** Only the declared fields; display-only ones (read-only form fields, which form-js submits) are dropped. */
    private Verdict fields(byte[] raw, Set<String> allowedKeys, FormFields declared, String declaredBy) {
        if (raw.length == 0) {
            return new Allowed(null);
        }
        JsonNode body = parse(raw);
        if (!(body instanceof ObjectNode request)) {
            return new Invalid(new FieldError("body", "请求体应为 JSON 对象"));
        }
        for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowedKeys.contains(name)) {
                return new Invalid(new FieldError(name, "不是允许的请求字段"));
            }
        }
        JsonNode variables = request.get("variables");
        if (variables == null || variables.isNull()) {
            return new Allowed(null);
        }
        if (!(variables instanceof ObjectNode submitted)) {
            return new Invalid(new FieldError("body", "variables 应为 JSON 对象"));
        }
        boolean dropped = false;
        for (Iterator<String> names = submitted.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (declared.displayOnly().contains(name)) {
                names.remove();
                dropped = true;
            } else if (!declared.editable().contains(name)) {
                return new Invalid(new FieldError(name, declaredBy + "没有这个字段"));
            } else if (!plainValue(submitted.get(name))) {
                return new Invalid(new FieldError(name, "只接受普通值（文本、数字、布尔、日期或 JSON）"));
            } else if (markedTransient(submitted.get(name))) {
                return new Invalid(new FieldError(name, "表单提交的值不能标为临时变量（transient）"));
            }
        }
        try {
            return new Allowed(dropped ? json.writeValueAsBytes(request) : null);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write a parsed request back", e);
        }
    }

    /**
     * A value form-js can submit: no {@code Object} (the engine would instantiate a class the caller names),
     * {@code Bytes}, {@code File} or {@code Xml}.
     */
    private static boolean plainValue(JsonNode variable) {
        JsonNode type = variable == null ? null : variable.get("type");
        JsonNode valueInfo = variable == null ? null : variable.get("valueInfo");
        boolean plainType = type == null || type.isNull()
                || (type.isTextual() && PLAIN_TYPES.contains(type.asText().toLowerCase(Locale.ROOT)));
        return plainType && (valueInfo == null || !(valueInfo.has("objectTypeName") || valueInfo.has("serializationDataFormat")));
    }

    /**
     * A value the engine would keep for this transaction only: a form never sends one, and the process writes
     * some of its fields back itself ({@code approved}), which the engine refuses for a transient variable (500).
     */
    private static boolean markedTransient(JsonNode variable) {
        return variable != null && variable.path("valueInfo").path("transient").asBoolean(false);
    }

    /** The body as JSON; null when it is not JSON (the engine answers that with 400 itself). */
    private JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? null : json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static Verdict refused(Call call, String why) {
        return new Refused((why == null ? "" : why + "：") + call.method() + " " + call.operation()
                + " 不对员工开放（流程的启动、消息、信号和变量只由应用写入）");
    }

    private void respond(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }
}
