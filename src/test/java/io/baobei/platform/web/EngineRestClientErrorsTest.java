package io.baobei.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.junit.jupiter.api.Test;

/** Only a client's mistake becomes 4xx: a server error keeps Camunda's 500. */
class EngineRestClientErrorsTest {

    private final EngineRestClientErrors.EngineExceptionMapper engineErrors = new EngineRestClientErrors.EngineExceptionMapper();
    private final EngineRestClientErrors.RuntimeExceptionMapper runtimeErrors = new EngineRestClientErrors.RuntimeExceptionMapper();

    @Test
    void serverErrorsStay500() {
        assertThat(engineErrors.toResponse(new ProcessEngineException("ENGINE-03004 database unreachable")).getStatus()).isEqualTo(500);
        assertThat(runtimeErrors.toResponse(new NullPointerException("a bug")).getStatus()).isEqualTo(500);
        assertThat(runtimeErrors.toResponse(new IllegalStateException("a bug")).getStatus()).isEqualTo(500);
    }

    @Test
    void anUnknownIdIs404() {
        assertThat(engineErrors.toResponse(new NullValueException("task x doesn't exist: task is null")).getStatus()).isEqualTo(404);
    }
}
