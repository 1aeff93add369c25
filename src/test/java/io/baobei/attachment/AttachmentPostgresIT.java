package io.baobei.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.support.EngineActions;
import io.baobei.support.Filings;
import io.baobei.support.PostgresAppTest;

/**
 * On PostgreSQL: V6's text column holds a copy of the largest size allowed, the filing's row lock and the
 * process variable work there too, and a refusal is recorded although the request fails.
 */
class AttachmentPostgresIT extends PostgresAppTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    AttachmentProperties limits;

    @Test
    void theLargestCopyAllowedIsStoredEncryptedAndComesBackIntact() {
        AttachmentClient client = new AttachmentClient(http);
        Map<String, Object> filing = client.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        String filingId = (String) filing.get("filingId");
        byte[] largest = TestFiles.pdfOfSize((int) limits.maxBytes());
        largest[largest.length - 1] = 42;

        long id = AttachmentClient.id(client.upload("rep1", filingId, "BUSINESS_LICENSE", largest, "licence.pdf",
                MediaType.APPLICATION_PDF));
        AttachmentClient.id(client.upload("manager1", filingId, "ID_CARD", TestFiles.png(), "id.png", MediaType.IMAGE_PNG));

        ResponseEntity<byte[]> download = client.download("manager1", filingId, id);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(largest);
        String stored = jdbc.sql("select data_enc from attachment where id = :id").param("id", id).query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain("%PDF");
        assertThat(runtimeService.getVariable((String) filing.get("processInstanceId"), "attachmentsSummary"))
                .isEqualTo("身份证 1 份、营业执照 1 份");

        assertThat(client.download("rep3", filingId, id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("""
                select count(*) from audit_record
                where filing_id = :filing and actor = 'rep3' and action = 'DOWNLOAD' and allowed = false
                """).param("filing", filingId).query(Long.class).single()).isEqualTo(1);
    }
}
