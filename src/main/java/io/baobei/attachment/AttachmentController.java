package io.baobei.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.baobei.platform.security.CurrentUser;

/**
 * Copies of ID cards, business licences and passports on a filing (rule D7). Tasklist cannot upload files
 * (form-js 1.8.7 has no file picker), so this is where they are uploaded:
 * {@code curl -u rep1:… -F kind=ID_CARD -F file=@id.jpg http://localhost:8080/api/filings/F20261127-00042/attachments}.
 */
@RestController
@RequestMapping("/api/filings/{filingId}/attachments")
public class AttachmentController {

    private final AttachmentService attachments;
    private final CurrentUser currentUser;

    public AttachmentController(AttachmentService attachments, CurrentUser currentUser) {
        this.attachments = attachments;
        this.currentUser = currentUser;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<AttachmentView> upload(@PathVariable String filingId,
                                                 @RequestParam(name = "kind", required = false) String kind,
                                                 @RequestParam(name = "file", required = false) MultipartFile file) {
        Attachment attachment = attachments.uploadToFiling(filingId, kind, bytes(file), currentUser.require());
        return ResponseEntity.status(HttpStatus.CREATED).body(AttachmentView.of(attachment));
    }

    @GetMapping
    public List<AttachmentView> list(@PathVariable String filingId) {
        return attachments.listOfFiling(filingId, currentUser.require()).stream().map(AttachmentView::of).toList();
    }

    @GetMapping("/{attachmentId}")
    public ResponseEntity<byte[]> download(@PathVariable String filingId, @PathVariable long attachmentId) {
        AttachmentService.Download download = attachments.downloadFromFiling(filingId, attachmentId, currentUser.require());
        Attachment a = download.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.contentType().mediaType()))
                .contentLength(download.bytes().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.id() + "." + a.contentType().extension()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(download.bytes());
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null) {
            return null;
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }
}
