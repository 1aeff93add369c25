package io.baobei.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.baobei.CustomerFilingApplication;

/**
 * Starts further instances of the application in the test JVM, as a second node or a restart would:
 * profiles {@code test} and {@code demo}, web layer on a free port, job executor off, and an engine name of
 * its own (engine REST finds engines by name, so only the shared test context may be {@code default}).
 * Extra arguments replace the defaults they name. Close the returned context at the end of the test.
 */
public final class AppInstances {

    private AppInstances() {
    }

    /**
     * @param engineName letters, digits and underscores: Camunda silently ignores a name with a hyphen
     *                   and calls the engine {@code default}, which would clash with the shared test context
     */
    public static ConfigurableApplicationContext start(String jdbcUrl, String engineName, String... extraArguments) {
        return start(List.of("test", "demo"), jdbcUrl, engineName, extraArguments);
    }

    /** As {@link #start(String, String, String...)}, with these profiles instead of {@code test} and {@code demo}. */
    public static ConfigurableApplicationContext start(List<String> profiles, String jdbcUrl, String engineName,
                                                       String... extraArguments) {
        if (!engineName.matches("[A-Za-z0-9_]+") || engineName.equals("default")) {
            throw new IllegalArgumentException("Engine name must be unique and without hyphens: " + engineName);
        }
        List<String> arguments = new ArrayList<>();
        for (String byDefault : List.of(
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + EmbeddedPostgresDatabases.USER,
                "--spring.datasource.password=" + EmbeddedPostgresDatabases.PASSWORD,
                "--spring.datasource.driver-class-name=org.postgresql.Driver",
                "--camunda.bpm.process-engine-name=" + engineName,
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false")) {
            String name = byDefault.substring(0, byDefault.indexOf('=') + 1);
            // Spring joins a property given twice on the command line with a comma, so a default gives way
            if (Arrays.stream(extraArguments).noneMatch(argument -> argument.startsWith(name))) {
                arguments.add(byDefault);
            }
        }
        arguments.addAll(List.of(extraArguments));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CustomerFilingApplication.class)
                .profiles(profiles.toArray(String[]::new))
                .run(arguments.toArray(String[]::new));
        String actual = engine(context).getName();
        if (!engineName.equals(actual)) {
            context.close();
            throw new IllegalStateException("Engine started as '" + actual + "', not '" + engineName + "'");
        }
        return context;
    }

    public static ProcessEngine engine(ConfigurableApplicationContext context) {
        return context.getBean(ProcessEngine.class);
    }
}
