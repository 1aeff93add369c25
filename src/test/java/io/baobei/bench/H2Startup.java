package io.baobei.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.baobei.CustomerFilingApplication;

/**
 * How long the application takes to start the way {@code mvn spring-boot:run} starts it on a fresh machine:
 * embedded H2 in a new file, profile demo (demo users created), models deployed. Run first, in a cold JVM.
 */
final class H2Startup {

    private H2Startup() {
    }

    static Duration measure() throws Exception {
        Path directory = Files.createTempDirectory("bench-h2-");
        long start = System.nanoTime();
        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(CustomerFilingApplication.class)
                .profiles("demo")
                .run("--spring.datasource.url=jdbc:h2:file:" + directory.resolve("customer-filing") + ";DB_CLOSE_ON_EXIT=FALSE",
                        "--customer-data.dev-key-file=" + directory.resolve("customer-data.key"),
                        "--camunda.bpm.process-engine-name=h2Startup",
                        "--server.port=0",
                        "--logging.level.root=warn")) {
            return Duration.ofNanos(System.nanoTime() - start);
        }
    }
}
