package io.baobei.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.filing.FilingNotFoundException;
import io.baobei.platform.security.Caller;
import io.baobei.platform.validation.InvalidInputException;
import io.baobei.support.AppTest;
import io.baobei.support.ClearTextScanner;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/** {@code /api/filings/{id}/attachments} over HTTP with basic auth, as the demo users (rule D7 with D1, D2, D3). */
@AppTest
class AttachmentApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    AttachmentService attachments;
    @Autowired
    AttachmentProperties limits;
    @Autowired
    MultipartProperties multipart;

    @Test
    void theFilerUploadsAnIdCardALicenceAndAPassportAndGetsMetadataOnly() {
        String filingId = file("rep1");

        ResponseEntity<Map<String, Object>> png = upload("rep1", filingId, "ID_CARD", TestFiles.png(), "王小明身份证.png", MediaType.IMAGE_PNG);
        ResponseEntity<Map<String, Object>> jpeg = upload("rep1", filingId, "BUSINESS_LICENSE", TestFiles.jpeg(), "营业执照.jpg",
                MediaType.IMAGE_JPEG);
        ResponseEntity<Map<String, Object>> pdf = upload("rep1", filingId, "PASSPORT", TestFiles.pdf("passport"), "E12345678.pdf",
                MediaType.APPLICATION_PDF);

        assertThat(png.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(png.getBody()).containsOnlyKeys("id", "kind", "contentType", "size", "uploadedBy", "uploadedAt")
                .containsEntry("kind", "ID_CARD").containsEntry("contentType", "image/png")
                .containsEntry("size", TestFiles.png().length).containsEntry("uploadedBy", "rep1");
        assertThat(png.getBody().get("uploadedAt")).isNotNull();
        assertThat(jpeg.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(jpeg.getBody()).containsEntry("kind", "BUSINESS_LICENSE").containsEntry("contentType", "image/jpeg");
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(pdf.getBody()).containsEntry("kind", "PASSPORT").containsEntry("contentType", "application/pdf");

        ResponseEntity<Object> list = list("manager1", filingId);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> listed = (List<Map<String, Object>>) list.getBody();
        assertThat(listed).extracting(a -> a.get("kind")).containsExactly("ID_CARD", "BUSINESS_LICENSE", "PASSPORT");
        assertThat(listed).allSatisfy(a -> assertThat(a).containsOnlyKeys("id", "kind", "contentType", "size", "uploadedBy", "uploadedAt"));
        assertThat(listed.toString()).doesNotContain("王小明", "E12345678", "营业执照.jpg");
        assertThat(list("salesmgmt1", filingId).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list("hr1", filingId).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theFilerAndTheRegionsManagerDownloadTheSameBytesAndEachDownloadIsAudited() {
        String filingId = file("rep1");
        byte[] pdf = TestFiles.pdf("download " + UUID.randomUUID());
        long id = id(upload("rep1", filingId, "PASSPORT", pdf, "passport.pdf", MediaType.APPLICATION_PDF));
        long managerUpload = id(upload("manager1", filingId, "ID_CARD", TestFiles.jpeg(), "id.jpg", MediaType.IMAGE_JPEG));

        for (String user : List.of("rep1", "manager1")) {
            ResponseEntity<byte[]> download = download(user, filingId, id);

            assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(download.getBody()).isEqualTo(pdf);
            assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
            ContentDisposition disposition = download.getHeaders().getContentDisposition();
            assertThat(disposition.isAttachment()).isTrue();
            assertThat(disposition.getFilename()).isEqualTo(id + ".pdf");
        }
        ResponseEntity<byte[]> jpeg = download("rep1", filingId, managerUpload);
        assertThat(jpeg.getBody()).isEqualTo(TestFiles.jpeg());
        assertThat(jpeg.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
        assertThat(jpeg.getHeaders().getContentDisposition().getFilename()).isEqualTo(managerUpload + ".jpg");

        assertThat(audits(filingId, "rep1", "DOWNLOAD", true)).isEqualTo(2);
        assertThat(audits(filingId, "manager1", "DOWNLOAD", true)).isEqualTo(1);
        assertThat(audits(filingId, "rep1", "UPLOAD", true)).isEqualTo(1);
        assertThat(audits(filingId, "manager1", "UPLOAD", true)).isEqualTo(1);
    }

    @Test
    void othersAreRefusedAndEveryRefusalIsAudited() {
        String filingId = file("rep1");
        long id = id(upload("rep1", filingId, "ID_CARD", TestFiles.png(), "id.png", MediaType.IMAGE_PNG));

        for (String user : List.of("rep3", "manager2", "rep2", "finance1")) {
            ResponseEntity<byte[]> download = download(user, filingId, id);
            assertThat(download.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(download.getBody()).as(user).isNotEqualTo(TestFiles.png());
            assertThat(list(user, filingId).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(upload(user, filingId, "ID_CARD", TestFiles.png(), "id.png", MediaType.IMAGE_PNG).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        // the unknown attachment of a filing one may not read is refused the same way, not told apart
        assertThat(download("rep3", filingId, id + 1_000_000).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(audits(filingId, "rep3", "DOWNLOAD", false)).isEqualTo(2);
        assertThat(audits(filingId, "manager2", "DOWNLOAD", false)).isEqualTo(1);
        assertThat(audits(filingId, "rep3", "UPLOAD", false)).isEqualTo(1);
        assertThat(audits(filingId, "manager2", "UPLOAD", false)).isEqualTo(1);
        assertThat(audits(filingId, "rep3", "READ", false)).isEqualTo(1);
        assertThat(attachments.listOfFiling(filingId, new Caller("rep1", List.of()))).hasSize(1);
    }

    @Test
    void theContentDecidesNotTheNameNorTheDeclaredType() {
        String filingId = file("rep1");

        ResponseEntity<Map<String, Object>> text = upload("rep1", filingId, "ID_CARD", TestFiles.text(), "身份证.png", MediaType.IMAGE_PNG);
        ResponseEntity<Map<String, Object>> zip = upload("rep1", filingId, "BUSINESS_LICENSE", TestFiles.zip(), "licence.pdf",
                MediaType.APPLICATION_PDF);
        ResponseEntity<Map<String, Object>> exe = upload("rep1", filingId, "PASSPORT", TestFiles.exe(), "passport.jpg",
                MediaType.IMAGE_JPEG);
        ResponseEntity<Map<String, Object>> empty = upload("rep1", filingId, "PASSPORT", new byte[0], "passport.pdf",
                MediaType.APPLICATION_PDF);
        // and a real PNG sent as "application/octet-stream" named .txt is a PNG
        ResponseEntity<Map<String, Object>> png = upload("rep1", filingId, "ID_CARD", TestFiles.png(), "scan.txt",
                MediaType.APPLICATION_OCTET_STREAM);

        for (ResponseEntity<Map<String, Object>> refused : List.of(text, zip, exe, empty)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(fields(refused)).containsExactly("file");
        }
        assertThat(png.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(png.getBody()).containsEntry("contentType", "image/png");
        assertThat(stored(filingId)).isEqualTo(1);
    }

    @Test
    void kindAndFileAreRequiredAndAnUnknownKindIsNamed() {
        String filingId = file("rep1");

        ResponseEntity<Map<String, Object>> unknownKind = upload("rep1", filingId, "DRIVING_LICENSE", TestFiles.png(), "x.png",
                MediaType.IMAGE_PNG);
        ResponseEntity<Map<String, Object>> nothing = upload("rep1", filingId, null, null, null, null);

        assertThat(unknownKind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(unknownKind)).containsExactly("kind");
        assertThat(nothing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(nothing)).containsExactlyInAnyOrder("kind", "file");
        for (String broken : List.of("{\"kind\":\"ID_CARD\"}", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n")) {
            ResponseEntity<Map<String, Object>> response = client().raw("rep1", filingId, "multipart/form-data; boundary=x",
                    broken.getBytes(StandardCharsets.UTF_8));
            assertThat(response.getStatusCode()).as(broken).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody()).as(broken).containsKey("errors");
        }
        assertThat(stored(filingId)).isZero();
    }

    @Test
    void tooLargeFilesAreRefusedNamingTheFile() {
        String filingId = file("rep1");
        int aboveOurLimit = (int) limits.maxBytes() + 1;
        int aboveTheMultipartLimit = (int) multipart.getMaxFileSize().toBytes() + 1;
        assertThat(limits.maxBytes()).isEqualTo(5_242_880);
        assertThat(aboveTheMultipartLimit).isGreaterThan(aboveOurLimit);

        ResponseEntity<Map<String, Object>> ours = upload("rep1", filingId, "PASSPORT", TestFiles.pdfOfSize(aboveOurLimit), "big.pdf",
                MediaType.APPLICATION_PDF);
        // refused by the servlet container while it reads the request, before any controller runs
        ResponseEntity<Map<String, Object>> servlets = client().uploadStreamed("rep1", filingId, "PASSPORT",
                TestFiles.pdfOfSize(aboveTheMultipartLimit), "bigger.pdf", MediaType.APPLICATION_PDF);

        for (ResponseEntity<Map<String, Object>> refused : List.of(ours, servlets)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(fields(refused)).containsExactly("file");
            assertThat(refused.getBody().toString()).contains("5 MB");
        }
        assertThat(stored(filingId)).isZero();
    }

    @Test
    void unknownFilingsAndAttachmentsAre404() {
        String filingId = file("rep1");
        String otherFiling = file("rep1");
        long other = id(upload("rep1", otherFiling, "ID_CARD", TestFiles.png(), "id.png", MediaType.IMAGE_PNG));

        assertThat(upload("rep1", "F20991231-99999", "ID_CARD", TestFiles.png(), "id.png", MediaType.IMAGE_PNG).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(list("rep1", "F20991231-99999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(download("rep1", filingId, other).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(download("rep1", filingId, other + 1_000_000).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(download("rep1", otherFiling, other).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void copiesAreStoredOnlyEncrypted() {
        String filingId = file("rep1");
        String marker = "身份证复印件-" + UUID.randomUUID();
        long id = id(upload("rep1", filingId, "ID_CARD", TestFiles.pdf(marker), "欧阳娜娜身份证.pdf", MediaType.APPLICATION_PDF));

        String stored = jdbc.sql("select data_enc from attachment where id = :id").param("id", id).query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain("%PDF", "PDF-1.4", marker);
        assertThat(new ClearTextScanner(dataSource).find(List.of(marker, "欧阳娜娜身份证"))).isEmpty();
    }

    @Test
    void theFormsSeeWhichCopiesTheFilingHas() {
        Map<String, Object> start = post("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        String filingId = (String) start.get("filingId");
        String instance = (String) start.get("processInstanceId");
        assertThat(runtimeService.getVariable(instance, "attachmentsSummary")).isNull();

        upload("rep1", filingId, "ID_CARD", TestFiles.png(), "a.png", MediaType.IMAGE_PNG);
        upload("manager1", filingId, "BUSINESS_LICENSE", TestFiles.pdf("licence"), "b.pdf", MediaType.APPLICATION_PDF);
        upload("rep1", filingId, "ID_CARD", TestFiles.jpeg(), "c.jpg", MediaType.IMAGE_JPEG);

        assertThat(runtimeService.getVariable(instance, "attachmentsSummary")).isEqualTo("身份证 2 份、营业执照 1 份");
        String task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("approve-filing").singleResult().getId();
        assertThat(taskService.getVariable(task, "attachmentsSummary")).isEqualTo("身份证 2 份、营业执照 1 份");
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance).variableName("attachmentsSummary").count())
                .isEqualTo(1);
    }

    @Test
    void aDataRequestCanCarryACopyToo() {
        String requestId = "R-" + UUID.randomUUID();

        Attachment attachment = attachments.attach(AttachmentOwnerType.DATA_REQUEST, requestId, AttachmentKind.PASSPORT,
                TestFiles.pdf("request"), "hr1");

        assertThat(attachment.contentType()).isEqualTo(AttachmentContentType.PDF);
        assertThat(jdbc.sql("select count(*) from attachment where owner_type = 'DATA_REQUEST' and owner_id = :id")
                .param("id", requestId).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> attachments.attach(AttachmentOwnerType.FILING, "F20991231-99999", AttachmentKind.PASSPORT,
                TestFiles.pdf("request"), "hr1")).isInstanceOf(FilingNotFoundException.class);
        assertThatThrownBy(() -> attachments.attach(AttachmentOwnerType.DATA_REQUEST, requestId, AttachmentKind.PASSPORT,
                TestFiles.exe(), "hr1")).isInstanceOf(InvalidInputException.class);
    }

    private String file(String rep) {
        return (String) client().file(rep, Filings.enterprise(EngineActions.nextCustomer())).get("filingId");
    }

    private Map<String, Object> post(String user, Map<String, Object> filing) {
        return client().file(user, filing);
    }

    private ResponseEntity<Map<String, Object>> upload(String user, String filingId, String kind, byte[] bytes, String fileName,
                                                       MediaType declared) {
        return client().upload(user, filingId, kind, bytes, fileName, declared);
    }

    private ResponseEntity<Object> list(String user, String filingId) {
        return client().list(user, filingId);
    }

    private ResponseEntity<byte[]> download(String user, String filingId, long id) {
        return client().download(user, filingId, id);
    }

    private static long id(ResponseEntity<Map<String, Object>> response) {
        return AttachmentClient.id(response);
    }

    private AttachmentClient client() {
        return new AttachmentClient(http);
    }

    private long audits(String filingId, String actor, String action, boolean allowed) {
        return jdbc.sql("""
                select count(*) from audit_record
                where filing_id = :filing and actor = :actor and action = :action and allowed = :allowed
                """)
                .param("filing", filingId).param("actor", actor).param("action", action).param("allowed", allowed)
                .query(Long.class).single();
    }

    private long stored(String filingId) {
        return jdbc.sql("select count(*) from attachment where owner_type = 'FILING' and owner_id = :id")
                .param("id", filingId).query(Long.class).single();
    }

    private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
        return AttachmentClient.fields(response);
    }
}
