package io.baobei.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;

/**
 * Everything logged while it is open, written by Spring Boot's own structured-log encoder in a given format
 * ({@code ecs}, {@code logstash}, {@code gelf}): the lines {@code logging.structured.format.console} would print.
 * {@link #text()} gives every line with its JSON string values decoded, so an escaped character cannot hide a
 * value from a scan.
 */
public final class StructuredLogCapture implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ch.qos.logback.classic.Logger root;
    private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();

    private StructuredLogCapture(String format) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        appender.setContext(context);
        appender.setName("structured-" + format);
        appender.setEncoder(encoder);
        appender.setOutputStream(written);
        appender.start();
        root.addAppender(appender);
    }

    public static StructuredLogCapture start(String format) {
        return new StructuredLogCapture(format);
    }

    public List<String> lines() {
        return written.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** Each line as written, followed by its string values decoded; fails on a line that is not a JSON object. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (String line : lines()) {
            text.append(line).append('\n');
            collectValues(parse(line), text);
        }
        return text.toString();
    }

    private static JsonNode parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (!node.isObject()) {
                throw new AssertionError("Not a structured log line: " + line);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not a structured log line: " + line, e);
        }
    }

    private static void collectValues(JsonNode node, StringBuilder text) {
        if (node.isValueNode()) {
            text.append(node.asText()).append('\n');
            return;
        }
        node.fields().forEachRemaining(field -> {
            text.append(field.getKey()).append('\n');
            collectValues(field.getValue(), text);
        });
        if (node.isArray()) {
            node.elements().forEachRemaining(element -> collectValues(element, text));
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
