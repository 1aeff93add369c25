package io.baobei.it;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;

import io.baobei.support.AppInstances;
import io.baobei.support.EmbeddedPostgresDatabases;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/**
 * Profile {@code ldap} against an in-memory directory server: the directory's users log in over HTTP with their
 * directory passwords, its groups are the application's groups and regions. A rep of the directory's
 * {@code sales} and {@code region-east} files; the region's manager, found through the directory, approves over
 * engine REST; a directory user outside {@code sales} is refused with the reason, and nothing is stored.
 */
class DirectoryLoginIT {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final String BASE_DN = "dc=baobei,dc=test";
    private static final String MANAGER_DN = "cn=Directory Manager";
    private static final String MANAGER_PASSWORD = "directory-manager-pw";
    private static final String PASSWORD = "Directory#2026pw";
    private static final String ENGINE = "directoryNode";

    private static InMemoryDirectoryServer directory;
    private static ConfigurableApplicationContext node;
    private static TestRestTemplate http;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startDirectoryAndNode() throws LDAPException, LDIFException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
        config.addAdditionalBindCredentials(MANAGER_DN, MANAGER_PASSWORD);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        directory = new InMemoryDirectoryServer(config);
        directory.add("dn: " + BASE_DN, "objectClass: top", "objectClass: domain", "dc: baobei");
        directory.add("dn: ou=people," + BASE_DN, "objectClass: organizationalUnit", "ou: people");
        directory.add("dn: ou=groups," + BASE_DN, "objectClass: organizationalUnit", "ou: groups");
        person("dir.rep", "周", "销售");
        person("dir.manager", "吴", "经理");
        person("dir.hr", "郑", "人事");
        person("dir.west", "冯", "经理");
        group("sales", "dir.rep");
        group("regional-manager", "dir.manager", "dir.west");
        group("hr-admin", "dir.hr");
        group("region-east", "dir.rep", "dir.manager");
        group("region-west", "dir.west");
        directory.startListening();

        String database = EmbeddedPostgresDatabases.newDatabase("directory_login");
        node = AppInstances.start(List.of("test", "ldap"), database, ENGINE,
                "--directory.ldap.server-url=ldap://localhost:" + directory.getListenPort() + "/",
                "--directory.ldap.base-dn=" + BASE_DN,
                "--directory.ldap.manager-dn=" + MANAGER_DN,
                "--directory.ldap.manager-password=" + MANAGER_PASSWORD);
        http = new TestRestTemplate(new RestTemplateBuilder()
                .rootUri("http://localhost:" + node.getEnvironment().getProperty("local.server.port")));
        jdbc = new JdbcTemplate(EmbeddedPostgresDatabases.dataSource(database));
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        if (directory != null) {
            directory.shutDown(true);
        }
    }

    @Test
    void aDirectoryRepFilesAndTheRegionsManagerFromTheDirectoryApproves() {
        ResponseEntity<Map<String, Object>> filed = post("dir.rep", "/api/filings", Filings.enterprise(EngineActions.nextCustomer()));
        Assertions.assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String filingId = (String) filed.getBody().get("filingId");
        String processInstanceId = (String) filed.getBody().get("processInstanceId");

        ResponseEntity<List<Map<String, Object>>> tasks = http.withBasicAuth("dir.manager", PASSWORD).exchange(
                "/engine-rest/engine/" + ENGINE + "/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=approve-filing",
                HttpMethod.GET, null, new ParameterizedTypeReference<>() {
                });
        Assertions.assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(tasks.getBody()).as("the east manager from the directory sees the approval").hasSize(1);
        String taskId = (String) tasks.getBody().get(0).get("id");
        Assertions.assertThat(http.withBasicAuth("dir.west", PASSWORD).exchange(
                        "/engine-rest/engine/" + ENGINE + "/task?processInstanceId=" + processInstanceId,
                        HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {
                        }).getBody())
                .as("the west manager does not").isEmpty();

        ResponseEntity<String> completed = http.withBasicAuth("dir.manager", PASSWORD).exchange(
                "/engine-rest/engine/" + ENGINE + "/task/" + taskId + "/complete", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", Map.of("approved", Map.of("value", true),
                        "approvalComment", Map.of("value", "同意")))), String.class);

        Assertions.assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        Assertions.assertThat(jdbc.queryForObject("select status from filing where id = ?", String.class, filingId))
                .isEqualTo("APPROVED");
        Assertions.assertThat(get("dir.rep", "/api/filings/" + filingId).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aDirectoryUserOutsideSalesCannotFile() {
        int filings = jdbc.queryForObject("select count(*) from filing", Integer.class);

        ResponseEntity<Map<String, Object>> refused = post("dir.hr", "/api/filings", Filings.enterprise(EngineActions.nextCustomer()));

        Assertions.assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(refused.getBody().get("message")).asString().contains("可以报备客户");
        Assertions.assertThat(jdbc.queryForObject("select count(*) from filing", Integer.class)).isEqualTo(filings);
    }

    @Test
    void aWrongDirectoryPasswordIsNotALogin() {
        int filings = jdbc.queryForObject("select count(*) from filing", Integer.class);

        ResponseEntity<Map<String, Object>> refused = http.withBasicAuth("dir.west", "not-the-password")
                .exchange("/api/filings", HttpMethod.POST, new HttpEntity<>(Filings.enterprise(EngineActions.nextCustomer())), JSON);

        Assertions.assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        Assertions.assertThat(jdbc.queryForObject("select count(*) from filing", Integer.class)).isEqualTo(filings);
    }

    private static ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
        return http.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body), JSON);
    }

    private static ResponseEntity<Map<String, Object>> get(String user, String path) {
        return http.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.GET, null, JSON);
    }

    private static void person(String uid, String lastName, String firstName) throws LDAPException, LDIFException {
        directory.add("dn: uid=" + uid + ",ou=people," + BASE_DN, "objectClass: inetOrgPerson", "uid: " + uid,
                "cn: " + lastName + firstName, "sn: " + lastName, "givenName: " + firstName, "mail: " + uid + "@baobei.test",
                "userPassword: " + PASSWORD);
    }

    private static void group(String cn, String... members) throws LDAPException, LDIFException {
        String[] entry = new String[3 + members.length];
        entry[0] = "dn: cn=" + cn + ",ou=groups," + BASE_DN;
        entry[1] = "objectClass: groupOfNames";
        entry[2] = "cn: " + cn;
        for (int i = 0; i < members.length; i++) {
            entry[3 + i] = "member: uid=" + members[i] + ",ou=people," + BASE_DN;
        }
        directory.add(entry);
    }
}
