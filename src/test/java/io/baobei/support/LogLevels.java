package io.baobei.support;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;

/** Sets the levels of some loggers while open, and puts back the levels they had on close. */
public final class LogLevels implements AutoCloseable {

    private final Map<Logger, Level> before = new HashMap<>();

    private LogLevels(Map<String, Level> levels) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        levels.forEach((name, level) -> {
            Logger logger = context.getLogger(name);
            before.put(logger, logger.getLevel());
            logger.setLevel(level);
        });
    }

    public static LogLevels set(Map<String, Level> levels) {
        return new LogLevels(levels);
    }

    @Override
    public void close() {
        before.forEach(Logger::setLevel);
    }
}
