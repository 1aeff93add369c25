package io.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/**
 * The customer door of {@code POST /api/filings}: rep2 files rep1's protected customer written another way,
 * to get a protection of his own. Each disguise collides instead: rep2's filing is {@code IN_COLLISION} with
 * a collision case and holds no key, rep1's filing keeps its status, its keys and its approval task, and
 * rep2's look-up of the disguised form answers PROTECTED.
 */
@AppTest
class DisguisedCustomerAttackTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService taskService;

    /** {@code %d} is the customer's number; rep2 files with another phone and credit code: only the name matches. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "left-to-right mark inside the name | 重庆兆度科技%d贸易有限公司 | 重庆兆度\u200E科技%d贸易有限公司",
            "soft hyphen inside the name        | 重庆兆度科技%d贸易有限公司 | 重庆兆\u00AD度科技%d贸易有限公司",
            "zero-width space and BOM           | 重庆兆度科技%d贸易有限公司 | 重庆\u200B兆度\uFEFF科技%d贸易有限公司",
            "traditional characters             | 重庆兆度科技%d贸易有限公司 | 重慶兆度科技%d貿易有限公司",
            "middle dot between characters      | 重庆兆度科技%d贸易有限公司 | 重庆·兆度·科技%d贸易有限公司",
            "katakana middle dot                | 重庆兆度科技%d贸易有限公司 | 重庆\u30FB兆度科技%d贸易有限公司",
            "Cyrillic look-alike in a Latin name | Zhaodu Robotics %d Co., Ltd. | Zh\u0430odu R\u043Ebotics %d Co., Ltd.",
            "Greek look-alike and full width    | Zhaodu Robotics %d Co., Ltd. | \uFF3Aha\u03BFdu Robotics %d Co., Ltd.",
            "braille pattern blank              | 上海星辰科技%d有限公司 | 上海\u2800星辰科技%d有限公司",
            "Khitan small script filler         | 上海星辰科技%d有限公司 | 上海星\uD81B\uDFE4辰科技%d有限公司",
            "object replacement character       | 上海星辰科技%d有限公司 | 上海\uFFFC星辰科技%d有限公司",
            "Hangul araea for a middle dot      | 上海星辰科技%d有限公司 | 上海\u318D星辰科技%d有限公司",
            "spacing dot above                  | 上海星辰科技%d有限公司 | 上海\u02D9星辰科技%d有限公司",
            "combining marks on a character     | 上海星辰科技%d有限公司 | 上海星\u0307辰\u0323科技%d有限公司",
            "box drawing line                   | 上海星辰科技%d有限公司 | 上海\u2500星辰科技%d有限公司",
            "trade mark, copyright, circled one | 上海星辰科技%d有限公司 | 上海星辰科技%d有限公司™ © ①",
            "plus and tilde as separators       | 上海星辰科技%d有限公司 | 上海+星辰~科技%d有限公司",
            "capital I for l                    | Acme Global Trading %d Co., Ltd. | Acme GIobal Trading %d Co., Ltd.",
            "small capitals                     | Acme Global Trading %d Co., Ltd. | \u1D00\u1D04\u1D0D\u1D07 Global Trading %d Co., Ltd.",
            "dotted capital I                   | Acme Global Trading %d Co., Ltd. | ACME GLOBAL TRAD\u0130NG %d CO., LTD.",
            "accent                             | Acme Global Trading %d Co., Ltd. | Acm\u00E9 Global Trading %d Co., Ltd.",
            "plus and tilde in a Latin name     | Acme Global Trading %d Co., Ltd. | Acme+Global~Trading %d Co., Ltd.",
    })
    void aDisguisedCompanyNameCollides(String disguise, String plainName, String disguisedName) {
        int n = EngineActions.nextCustomer();
        Map<String, Object> plain = Filings.enterprise(n);
        plain.put("customerName", plainName.formatted(n));
        Map<String, Object> disguised = Filings.enterprise(EngineActions.nextCustomer());
        disguised.put("customerName", disguisedName.formatted(n));

        String holder = fileAsRep1(plain);
        Snapshot before = snapshot(holder);
        ResponseEntity<Map<String, Object>> attempt = post("rep2", disguised);

        assertCollidedWith(holder, before, attempt, disguise);
        assertThat(lookup("rep2", "name", (String) disguised.get("customerName"))).as(disguise).containsEntry("status", "PROTECTED");
        assertThat(lookup("rep1", "name", (String) disguised.get("customerName"))).containsEntry("status", "OWN")
                .containsEntry("filingId", holder);
    }

    /**
     * Rule C1: rep1 filed the customer with a relative's phone and the property asked about; rep2 files the
     * relative, who asks about the same property written another way.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "property id with spaces         | BJ CY %d 0301",
            "property id without dashes      | BJCY%d0301",
            "property id in full-width forms | ＢＪ－ＣＹ－%s－０３０１",
            "property id in lower case with a soft hyphen | bj-cy-%d-03\u00AD01",
            "property id with tildes         | BJ~CY~%d~0301",
            "property id with plus signs     | BJ+CY+%d+0301",
    })
    void aDisguisedPropertyIdCollides(String disguise, String disguisedPropertyId) {
        int n = EngineActions.nextCustomer();
        String relativePhone = "137%08d".formatted(n);
        Map<String, Object> customer = individual(n, "138%08d".formatted(n));
        customer.put("relativePhone", relativePhone);
        customer.put("propertyId", "BJ-CY-%d-0301".formatted(n));
        Map<String, Object> relative = individual(EngineActions.nextCustomer(), relativePhone);
        String propertyId = disguisedPropertyId.contains("%s")
                ? disguisedPropertyId.formatted(fullWidth(String.valueOf(n))) : disguisedPropertyId.formatted(n);
        relative.put("propertyId", propertyId);

        String holder = fileAsRep1(customer);
        Snapshot before = snapshot(holder);
        assertThat(lookup("rep2", "phone", relativePhone)).as("the relative's phone alone is no key of the customer")
                .containsEntry("status", "FREE");
        ResponseEntity<Map<String, Object>> attempt = post("rep2", relative);

        assertCollidedWith(holder, before, attempt, disguise);
        ResponseEntity<Map<String, Object>> lookup = http.withBasicAuth("rep2", DemoUsers.PASSWORD).exchange(
                "/api/customers/lookup?phone={phone}&propertyId={propertyId}", HttpMethod.GET, null, JSON,
                relativePhone, propertyId);
        assertThat(lookup.getBody()).as(disguise).containsEntry("status", "PROTECTED");
    }

    private void assertCollidedWith(String holder, Snapshot before, ResponseEntity<Map<String, Object>> attempt, String disguise) {
        assertThat(attempt.getStatusCode()).as(disguise).isEqualTo(HttpStatus.CREATED);
        assertThat(attempt.getBody()).as(disguise).containsEntry("filingStatus", "IN_COLLISION");
        assertThat(attempt.getBody().get("collisionId")).as("a collision case for " + disguise).isNotNull();
        String attacker = (String) attempt.getBody().get("filingId");
        assertThat(claimsOf(attacker)).as("rep2's filing holds no key").isEmpty();
        assertThat(snapshot(holder)).as("rep1 keeps the customer").isEqualTo(before);
    }

    private String fileAsRep1(Map<String, Object> customer) {
        ResponseEntity<Map<String, Object>> filed = post("rep1", customer);
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(filed.getBody()).containsEntry("filingStatus", "PENDING_APPROVAL");
        return (String) filed.getBody().get("filingId");
    }

    /** What rep1 holds: the filing's status, its claimed keys and its open tasks. */
    private Snapshot snapshot(String filingId) {
        String status = jdbc.sql("select status from filing where id = :id").param("id", filingId).query(String.class).single();
        List<String> tasks = taskService.createTaskQuery().processInstanceBusinessKey(filingId).list().stream()
                .map(task -> task.getTaskDefinitionKey()).sorted().toList();
        return new Snapshot(status, claimsOf(filingId), tasks);
    }

    private List<String> claimsOf(String filingId) {
        return jdbc.sql("select key_hash from customer_key_claim where filing_id = :f order by key_hash")
                .param("f", filingId).query(String.class).list();
    }

    private Map<String, Object> individual(int n, String phone) {
        Map<String, Object> v = Filings.individual();
        v.put("customerName", "欧阳" + n);
        v.put("contactName", "欧阳" + n);
        v.put("contactPhone", phone);
        v.remove("idNumber");
        return v;
    }

    private ResponseEntity<Map<String, Object>> post(String user, Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, DemoUsers.PASSWORD)
                .exchange("/api/filings", HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    private Map<String, Object> lookup(String user, String parameter, String value) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(
                "/api/customers/lookup?" + parameter + "={value}", HttpMethod.GET, null, JSON, value).getBody();
    }

    private static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(c -> out.append((char) (c + 0xFEE0)));
        return out.toString();
    }

    private record Snapshot(String status, List<String> claims, List<String> tasks) {
    }
}
