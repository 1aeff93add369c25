package io.baobei.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base class of tests that run the whole application on a real PostgreSQL (see
 * {@link EmbeddedPostgresDatabases}): profiles {@code test} and {@code demo}, the web layer on a random
 * port, job executor off. All subclasses share one Spring context (the engine named {@code default},
 * the only one with a web layer that engine REST reaches) on one database created for it.
 *
 * <p>Extra application instances a test starts itself go through {@link AppInstances}, with an engine
 * name of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
public abstract class PostgresAppTest {

    private static String sharedDatabaseUrl;

    /** The database of the shared context, created on first use. */
    public static synchronized String sharedDatabaseUrl() {
        if (sharedDatabaseUrl == null) {
            sharedDatabaseUrl = EmbeddedPostgresDatabases.newDatabase("app");
        }
        return sharedDatabaseUrl;
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresAppTest::sharedDatabaseUrl);
        registry.add("spring.datasource.username", () -> EmbeddedPostgresDatabases.USER);
        registry.add("spring.datasource.password", () -> EmbeddedPostgresDatabases.PASSWORD);
        registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
    }
}
