package io.baobei.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/**
 * Who sees which task: a rep only their own filings' tasks and those they follow, a manager only
 * their region's, through engine REST as Tasklist uses it.
 */
@AppTest
class TaskAccessTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    IdentityService identityService;

    @Test
    void approvalTasksGoToTheManagerOfTheFilingsRegionOnly() {
        EngineActions actions = new EngineActions(engine);
        ProcessInstance east = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        Map<String, Object> westCustomer = Filings.enterprise(EngineActions.nextCustomer());
        westCustomer.put("region", "west");
        ProcessInstance west = actions.file("rep3", westCustomer);

        assertThat(taskInstances("manager1")).contains(east.getId()).doesNotContain(west.getId());
        assertThat(taskInstances("manager2")).contains(west.getId()).doesNotContain(east.getId());
        assertThat(taskInstances("rep3")).doesNotContain(east.getId());
        assertThat(taskInstances("rep2")).doesNotContain(east.getId(), west.getId());

        String eastTask = actions.task(east, "approve-filing").getId();
        // a task one may not read does not exist for them
        assertThat(http.withBasicAuth("manager2", DemoUsers.PASSWORD).getForEntity("/engine-rest/task/" + eastTask, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("manager2", DemoUsers.PASSWORD).postForEntity("/engine-rest/task/" + eastTask + "/claim",
                new HttpEntity<>(Map.of("userId", "manager2"), json()), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aRepWorksOnlyTheirOwnRevisionsAndTheFilingsTheyFollow() {
        EngineActions actions = new EngineActions(engine);
        ProcessInstance rejected = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(rejected, "approve-filing", "manager1", Map.of("approved", false, "approvalComment", "请补充"));
        ProcessInstance followedByRep2 = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(followedByRep2, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(followedByRep2, "assign-follower", "manager1", Map.of("follower", "rep2"));

        assertThat(taskInstances("rep1")).contains(rejected.getId()).doesNotContain(followedByRep2.getId());
        assertThat(taskInstances("rep2")).contains(followedByRep2.getId()).doesNotContain(rejected.getId());
        assertThat(taskInstances("rep3")).doesNotContain(rejected.getId(), followedByRep2.getId());
    }

    @Test
    void staffHaveTasklistAndItsFilters() {
        for (String user : List.of("rep1", "rep3", "manager1", "salesmgmt1", "hr1", "finance1")) {
            List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
            assertThat(authorizationService.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, "tasklist"))
                    .as(user).isTrue();
            List<Map<String, Object>> filters = http.withBasicAuth(user, DemoUsers.PASSWORD)
                    .exchange("/engine-rest/filter?resourceType=Task", HttpMethod.GET, null, LIST).getBody();
            assertThat(filters).extracting(f -> f.get("name")).as(user).contains("我的任务", "待我领取", "组任务");
        }
    }

    @Test
    void managersSeeTheirRegionsApprovalsInTheirTasklistFilter() {
        EngineActions actions = new EngineActions(engine);
        ProcessInstance east = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        String filterId = (String) http.withBasicAuth("manager1", DemoUsers.PASSWORD)
                .exchange("/engine-rest/filter?name=待我领取", HttpMethod.GET, null, LIST).getBody().get(0).get("id");

        List<Map<String, Object>> tasks = http.withBasicAuth("manager1", DemoUsers.PASSWORD)
                .exchange("/engine-rest/filter/" + filterId + "/list?maxResults=1000", HttpMethod.GET, null, LIST).getBody();
        assertThat(tasks).extracting(t -> t.get("processInstanceId")).contains(east.getId());
        List<Map<String, Object>> forManager2 = http.withBasicAuth("manager2", DemoUsers.PASSWORD)
                .exchange("/engine-rest/filter/" + filterId + "/list?maxResults=1000", HttpMethod.GET, null, LIST).getBody();
        assertThat(forManager2).extracting(t -> t.get("processInstanceId")).doesNotContain(east.getId());
    }

    private List<Object> taskInstances(String user) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD)
                .exchange("/engine-rest/task?maxResults=1000", HttpMethod.GET, null, LIST).getBody()
                .stream().map(task -> task.get("processInstanceId")).toList();
    }

    private static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
