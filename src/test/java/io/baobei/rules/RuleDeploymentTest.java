package io.baobei.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;

/**
 * Deploying and rolling back rule tables from the rules page, used by the next evaluation without a
 * restart. Other tests expect the shipped tables: each test here restores what it changed.
 */
@AppTest
class RuleDeploymentTest {

    @Autowired
    DecisionService decisionService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;

    RulesClient rules;

    @BeforeEach
    void client() {
        rules = new RulesClient(http);
    }

    @Test
    void aDeployedTableIsUsedByTheNextEvaluationAndARollbackBringsTheEarlierOneBack() throws IOException {
        String original = shipped("filing-deadlines");
        String oneDay = original.replaceFirst("<text>48</text>", "<text>24</text>");
        int before = latestVersion("filing-deadlines");
        try {
            ResponseEntity<Map<String, Object>> deployed = rules.deploy("analyst1", "filing-deadlines", oneDay, "首次联系缩短为 24 小时（试行）");
            assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(deployed.getBody()).containsEntry("version", before + 1).containsEntry("latest", true)
                    .containsEntry("deployedBy", "analyst1").containsEntry("deployedByName", "吴分析")
                    .containsEntry("via", "RULES_PAGE").containsEntry("change", "EDIT")
                    .containsEntry("comment", "首次联系缩短为 24 小时（试行）");
            assertThat(firstContactHours()).isEqualTo(24);

            ResponseEntity<Map<String, Object>> rolledBack = rules.rollback("analyst1", "filing-deadlines", before, "试行结束，恢复 48 小时");
            assertThat(rolledBack.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(rolledBack.getBody()).containsEntry("version", before + 2).containsEntry("change", "ROLLBACK")
                    .containsEntry("restoredVersion", before).containsEntry("comment", "试行结束，恢复 48 小时");
            assertThat(firstContactHours()).isEqualTo(48);

            assertThat(jdbc.sql("select deployed_by, change_kind, restored_version, reason from rule_deployment "
                            + "where decision_key = 'filing-deadlines' and decision_version = :v").param("v", before + 2)
                    .query().singleRow())
                    .containsEntry("DEPLOYED_BY", "analyst1").containsEntry("CHANGE_KIND", "ROLLBACK")
                    .containsEntry("RESTORED_VERSION", before).containsEntry("REASON", "试行结束，恢复 48 小时");
            assertThat(rules.xml("analyst1", "filing-deadlines", before + 1).getBody()).contains("<text>24</text>");
        } finally {
            restore("filing-deadlines", original);
        }
        assertThat(firstContactHours()).isEqualTo(48);
    }

    @Test
    void theListNamesWhoDeployedEachVersionHoweverItWasDeployed() throws IOException {
        String original = shipped("collision-deadlines");
        String threeDays = original.replaceFirst("<text>2</text>", "<text>3</text>");
        assertThat(threeDays).isNotEqualTo(original);
        // a case a rep starts from the app's deployment is logged with that deployment's id: it is no deployment of theirs
        assertThat(rules.fileACustomer("rep1").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        try {
            assertThat(rules.deployOverEngineRest("analyst1", "collision-deadlines.dmn", threeDays).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            int modelerVersion = latestVersion("collision-deadlines");
            assertThat(rules.rollback("analyst1", "collision-deadlines", modelerVersion - 1, "恢复 2 个工作日").getStatusCode())
                    .isEqualTo(HttpStatus.CREATED);

            List<Map<String, Object>> versions = rules.versions("analyst1", "collision-deadlines").getBody();
            assertThat(versions.get(0)).containsEntry("version", modelerVersion + 1).containsEntry("latest", true)
                    .containsEntry("deployedBy", "analyst1").containsEntry("via", "RULES_PAGE")
                    .containsEntry("comment", "恢复 2 个工作日");
            assertThat(versions.get(1)).containsEntry("version", modelerVersion).containsEntry("latest", false)
                    .containsEntry("deployedBy", "analyst1").containsEntry("via", "ENGINE_REST").containsEntry("comment", null);
            assertThat(versions.get(versions.size() - 1)).containsEntry("version", 1)
                    .containsEntry("deployedBy", RuleVersions.SYSTEM).containsEntry("via", "APPLICATION");
        } finally {
            restore("collision-deadlines", original);
        }
    }

    @Test
    void aDeploymentWithoutACommentIsRefusedAndNothingIsDeployed() throws IOException {
        int before = latestVersion("filing-deadlines");

        ResponseEntity<Map<String, Object>> refused = rules.deploy("analyst1", "filing-deadlines", shipped("filing-deadlines"), " ");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").toString()).contains("field=comment");
        assertThat(rules.rollback("analyst1", "filing-deadlines", 1, null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(latestVersion("filing-deadlines")).isEqualTo(before);
    }

    @Test
    void anInvalidTableIsNotDeployedAndEveryProblemIsNamed() throws IOException {
        int before = latestVersion("filing-deadlines");
        String broken = shipped("filing-deadlines").replace(" camunda:historyTimeToLive=\"180\"", "")
                .replace("name=\"escalationHours\"", "name=\"escalation\"");

        ResponseEntity<Map<String, Object>> refused = rules.deploy("analyst1", "filing-deadlines", broken, null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").toString()).contains("field=comment", "field=historyTimeToLive",
                "field=output:escalation,", "field=output:escalationHours");
        assertThat(latestVersion("filing-deadlines")).isEqualTo(before);
    }

    @Test
    void onlyAnalystsAndAdministratorsUseTheRulesApi() throws IOException {
        int before = latestVersion("filing-deadlines");
        for (String user : List.of("rep1", "manager1", "hr1")) {
            assertThat(rules.status(user, "/api/rules")).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(rules.status(user, "/api/rules/filing-deadlines/versions")).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(rules.status(user, "/api/rules/filing-deadlines/versions/1/xml")).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(rules.deploy("rep1", "filing-deadlines", shipped("filing-deadlines"), "想改").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rules.rollback("rep1", "filing-deadlines", 1, "想改").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(latestVersion("filing-deadlines")).isEqualTo(before);

        assertThat(rules.tables("analyst1").getBody()).extracting(table -> table.get("key")).containsExactly(
                "protection-period", "approval-routing", "ownership-arbitration", "commission-share", "penalty-catalog",
                "filing-deadlines", "collision-deadlines", "return-visit-interval");
        assertThat(rules.tables("admin").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rules.status("analyst1", "/api/rules/no-such-table/versions")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rules.status("analyst1", "/api/rules/filing-deadlines/versions/999/xml")).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void thePageAsksForALogin() {
        assertThat(http.getForEntity("/rules/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("analyst1", DemoUsers.PASSWORD).getForEntity("/rules/index.html", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private int firstContactHours() {
        return ((Number) decisionService.evaluateDecisionTableByKey("filing-deadlines",
                Variables.putValue("customerType", "ENTERPRISE")).getSingleResult().get("firstContactHours")).intValue();
    }

    private int latestVersion(String key) {
        return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult().getVersion();
    }

    /** Deploys the shipped table again unless the latest version already is it. */
    private void restore(String key, String original) {
        String latest = rules.xml("analyst1", key, latestVersion(key)).getBody();
        if (!original.equals(latest)) {
            assertThat(rules.deploy("analyst1", key, original, "测试结束，恢复仓库中的规则表").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
    }

    private static String shipped(String key) throws IOException {
        return Files.readString(Path.of("dmn", key + ".dmn"));
    }
}
