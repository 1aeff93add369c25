package io.baobei.platform.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.variable.serializer.DefaultVariableSerializers;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.spin.spi.SpinDataFormatException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import io.baobei.platform.validation.FieldError;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Camunda 7.24's REST API answers some client mistakes with 500 (found over HTTP,
 * {@code EngineRestClientErrorAttackTest}): an unknown task, process instance or execution id (task complete,
 * claim, submit-form, variables, identity-links, deployed-form; process-instance and execution variables), a
 * variable the engine cannot store (an {@code Object} without serialization format, {@code Xml}, a {@code File}
 * without {@code valueInfo}) or cannot read (a broken {@code Json} value that reaches a task listener), an
 * unknown job id ({@code PUT /job/{id}/retries}), an unknown authorization type. Those
 * get 404 or 400 here; every other exception keeps Camunda's answer, so real server errors stay 500. Bodies
 * are fixed texts (and field names): they never repeat an id or value of the request, which may be customer
 * data. Unreadable JSON, which Camunda answers with the parser's message (and so with a piece of the
 * body), gets a fixed 400 too.
 */
@Configuration
public class EngineRestClientErrors {

    private static final String TYPE = "InvalidRequestException";
    private static final String NOT_FOUND = "找不到请求的对象（任务、流程实例、执行或作业不存在或已结束）";

    /** Engine messages (stable ids) that Camunda's REST resources turn into a 500 without a typed cause. */
    private static final Map<String, Response.Status> CLIENT_MISTAKES_BY_ENGINE_ID = Map.of(
            "ENGINE-13053", Response.Status.NOT_FOUND, // no job with that id (PUT /job/{id}/retries)
            "ENGINE-03025", Response.Status.BAD_REQUEST); // unknown authorization type (POST /authorization/create)

    @Bean
    public EngineRestCustomizer clientErrorMappersForEngineRest() {
        return config -> {
            config.register(EngineExceptionMapper.class);
            config.register(RuntimeExceptionMapper.class);
            config.register(UnreadableJsonMapper.class);
            config.register(JsonFieldMapper.class);
        };
    }

    /** Camunda's answer, unless it is a 5xx for what is a client's mistake after all. */
    static Response clientErrorOr(Throwable error, Response camunda) {
        return camunda.getStatus() >= 500 ? clientError(error).orElse(camunda) : camunda;
    }

    /** The answer when a client's mistake is somewhere in the cause chain; empty for a server error. */
    private static Optional<Response> clientError(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof NullValueException
                    || cause instanceof NullPointerException && thrownWithin(cause, GetDeployedTaskFormCmd.class)) {
                return Optional.of(answer(Response.Status.NOT_FOUND, NOT_FOUND, List.of()));
            }
            if (cause instanceof SpinDataFormatException || cause instanceof JsonProcessingException) {
                return Optional.of(answer(Response.Status.BAD_REQUEST, "变量值不是有效的 JSON", List.of()));
            }
            if (cause instanceof ProcessEngineException && thrownBy(cause, DefaultVariableSerializers.class)
                    || cause instanceof IllegalArgumentException && thrownWithin(cause, VariableValueDto.class)) {
                return Optional.of(answer(Response.Status.BAD_REQUEST,
                        "变量类型或值无效：请使用 String、Boolean、Integer、Long、Double、Date 或 Json", List.of()));
            }
            Response.Status byEngineId = engineId(cause.getMessage());
            if (byEngineId != null) {
                return Optional.of(answer(byEngineId, byEngineId == Response.Status.NOT_FOUND ? NOT_FOUND : "请求的取值无效", List.of()));
            }
        }
        return Optional.empty();
    }

    private static Response.Status engineId(String message) {
        return message == null || !message.startsWith("ENGINE-") ? null
                : CLIENT_MISTAKES_BY_ENGINE_ID.get(message.split(" ", 2)[0]);
    }

    private static boolean thrownBy(Throwable error, Class<?> origin) {
        StackTraceElement[] trace = error.getStackTrace();
        return trace.length > 0 && origin.getName().equals(trace[0].getClassName());
    }

    private static boolean thrownWithin(Throwable error, Class<?> origin) {
        for (StackTraceElement frame : error.getStackTrace()) {
            if (origin.getName().equals(frame.getClassName())) {
                return true;
            }
        }
        return false;
    }

    private static Response answer(Response.Status status, String message, List<FieldError> errors) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(errors.isEmpty() ? Map.of("type", TYPE, "message", message)
                        : Map.of("type", TYPE, "message", message, "errors", errors))
                .build();
    }

    /** Engine exceptions the resource did not wrap (e.g. {@code NullValueException} of an unknown task). */
    @Priority(Priorities.USER - 100)
    public static class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {

        private final ProcessEngineExceptionHandler camundaDefault = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException e) {
            return clientErrorOr(e, camundaDefault.toResponse(e));
        }
    }

    /** The deployed form of an unknown task (an NPE in the engine), a {@code File} variable without valueInfo. */
    @Priority(Priorities.USER - 100)
    public static class RuntimeExceptionMapper implements ExceptionMapper<RuntimeException> {

        private final ExceptionHandler camundaDefault = new ExceptionHandler();

        @Override
        public Response toResponse(RuntimeException e) {
            return clientErrorOr(e, camundaDefault.toResponse(e));
        }
    }

    @Priority(Priorities.USER - 100)
    public static class UnreadableJsonMapper implements ExceptionMapper<JsonParseException> {

        @Override
        public Response toResponse(JsonParseException e) {
            return answer(Response.Status.BAD_REQUEST, "请求体不是有效的 JSON", List.of(new FieldError("body", "不是有效的 JSON")));
        }
    }

    /** Well-formed JSON with a value of the wrong type: the field is named, its value is not repeated. */
    @Priority(Priorities.USER - 100)
    public static class JsonFieldMapper implements ExceptionMapper<JsonMappingException> {

        @Override
        public Response toResponse(JsonMappingException e) {
            if (e.getCause() instanceof JsonParseException unreadable) {
                return new UnreadableJsonMapper().toResponse(unreadable);
            }
            String field = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(name -> name != null).collect(Collectors.joining("."));
            String named = field.isEmpty() ? "body" : field;
            return answer(Response.Status.BAD_REQUEST, named + ": 类型或取值无效", List.of(new FieldError(named, "类型或取值无效")));
        }
    }
}
