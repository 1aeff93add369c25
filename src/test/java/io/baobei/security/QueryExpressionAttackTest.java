package io.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;

/**
 * The red team's finding: task queries evaluate expressions inside {@code orQueries}, and saved filters evaluate
 * theirs whenever someone opens them, with method calls allowed — code on the server for any logged-in user, and
 * for an administrator through a shared filter. Every such expression is refused before the engine sees it; the
 * filter expressions Tasklist offers (current user, their groups, relative dates) still work.
 */
@AppTest
class QueryExpressionAttackTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    FilterService filters;

    @TempDir
    Path dir;

    StaffHttp http;
    Path proof;

    @BeforeEach
    void setUp() {
        http = new StaffHttp(rest);
        proof = dir.resolve("pwned");
    }

    private String exec() {
        return "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"touch "
                + proof + "\")}";
    }

    @Test
    void anExpressionInsideOrQueriesIsRefusedOnEveryQueryDoor() {
        Map<String, Object> query = Map.of("orQueries", List.of(Map.of("assigneeExpression", exec())));
        String filterId = filters.createFilterQuery().filterName("我的任务").singleResult().getId();
        StaffHttp.WebappSession manager = http.webappLogin("manager1");

        List<ResponseEntity<String>> answers = List.of(
                http.post("rep2", "/engine-rest/task", query),
                http.post("finance1", "/engine-rest/task/count", query),
                http.post("rep2", "/engine-rest/filter/" + filterId + "/list", query),
                http.post("rep2", "/engine-rest/filter/" + filterId + "/count", query),
                http.post("admin", "/engine-rest/task", query),
                http.webappPost(manager, "/camunda/api/engine/engine/default/task/count", query),
                // the same expression written with JSON escapes
                http.post("rep2", "/engine-rest/task", "{\"orQueries\":[{\"assigneeExpression\":\"\\u0024{1+1}\"}]}"),
                rest.withBasicAuth("rep2", DemoUsers.PASSWORD).exchange("/engine-rest/task?assigneeExpression={e}",
                        HttpMethod.GET, null, String.class, exec()));

        answers.forEach(answer -> assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST));
        assertThat(Files.exists(proof)).as("nothing was evaluated").isFalse();
    }

    @Test
    void anAdministratorCannotSaveAFilterThatRunsCode() {
        long before = filters.createFilterQuery().count();

        ResponseEntity<String> created = http.post("admin", "/engine-rest/filter/create",
                Map.of("resourceType", "Task", "name", "x", "query", Map.of("assigneeExpression", exec())));
        String shared = filters.createFilterQuery().filterName("我的任务").singleResult().getId();
        ResponseEntity<String> rewritten = http.put("admin", "/engine-rest/filter/" + shared,
                Map.of("resourceType", "Task", "name", "我的任务", "query", Map.of("assigneeExpression", exec())));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rewritten.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(filters.createFilterQuery().count()).isEqualTo(before);
        assertThat(filters.getFilter(shared).getQuery().toString()).doesNotContain("exec");
        assertThat(Files.exists(proof)).isFalse();
    }

    @Test
    void tasklistsOwnFilterExpressionsStillWork() {
        ResponseEntity<String> created = http.post("admin", "/engine-rest/filter/create", Map.of("resourceType", "Task",
                "name", "本周到期", "query", Map.of("assigneeExpression", "${currentUser()}",
                        "dueBeforeExpression", "${dateTime().plusWeeks(1).toDate()}")));

        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.OK);
        String id = filters.createFilterQuery().filterName("本周到期").singleResult().getId();
        assertThat(http.post("admin", "/engine-rest/filter/" + id + "/count", Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
        filters.deleteFilter(id);
    }
}
