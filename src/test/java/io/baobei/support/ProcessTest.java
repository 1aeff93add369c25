package io.baobei.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that walks processes on the shared {@link AppTest} application: before each test the engine is
 * handed to camunda-bpm-assert and the engine clock stands at {@link EngineActions#NOW}; after it the clock
 * is real again. Each class's walk is recorded as process-test coverage (target/process-test-coverage).
 * Drive the engine through an {@code @Autowired EngineActions}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AppTest
@ExtendWith(ProcessTestExtension.class)
public @interface ProcessTest {
}
