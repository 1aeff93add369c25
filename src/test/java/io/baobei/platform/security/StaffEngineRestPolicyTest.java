package io.baobei.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Both APIs, any engine name, stray slashes: one operation name for the allow-list. */
class StaffEngineRestPolicyTest {

    @Test
    void engineRestAndTheWebappsCopyNameTheSameOperation() {
        assertThat(StaffEngineRestPolicy.operation("/engine-rest/task/42/complete")).contains("task/42/complete");
        assertThat(StaffEngineRestPolicy.operation("/engine-rest/engine/default/task/42/complete")).contains("task/42/complete");
        assertThat(StaffEngineRestPolicy.operation("/camunda/api/engine/engine/default/task/42/submit-form/"))
                .contains("task/42/submit-form");
        assertThat(StaffEngineRestPolicy.operation("/engine-rest//message")).contains("message");
        assertThat(StaffEngineRestPolicy.operation("/engine-rest")).contains("");
    }

    @Test
    void otherPathsAreNotTheEngineApi() {
        assertThat(StaffEngineRestPolicy.operation("/api/filings")).isEmpty();
        assertThat(StaffEngineRestPolicy.operation("/camunda/api/admin/auth/user/default/login/tasklist")).isEmpty();
        assertThat(StaffEngineRestPolicy.operation("/engine-restless/message")).isEmpty();
    }
}
