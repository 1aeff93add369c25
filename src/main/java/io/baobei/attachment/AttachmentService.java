package io.baobei.attachment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.baobei.customer.CustomerDataCipher;
import io.baobei.filing.CustomerDataAccessed;
import io.baobei.filing.Filing;
import io.baobei.filing.FilingAccess;
import io.baobei.filing.FilingNotFoundException;
import io.baobei.filing.FilingQueryService;
import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.Caller;
import io.baobei.platform.validation.FieldErrors;

/**
 * Copies of identity documents (ID card, business licence, passport) attached to a filing or a customer's data
 * request (rule D7). They are customer data: stored only encrypted, uploaded and read only by those who may read
 * the filing (D1), and every upload, download and refused attempt is published for the audit trail (D3).
 *
 * <p>A refused attempt is recorded outside any transaction, so that the refusal itself cannot roll it back.
 */
@Service
public class AttachmentService {

    private static final String DENIED = "无权访问此报备的证件附件：仅报备人、跟进人、所属区域经理、销售管理部和行政可访问";

    private final AttachmentRepository attachments;
    private final AttachmentSummary summary;
    private final AttachmentProperties limits;
    private final CustomerDataCipher cipher;
    private final FilingQueryService filings;
    private final FilingAccess access;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public AttachmentService(AttachmentRepository attachments, AttachmentSummary summary, AttachmentProperties limits,
                             CustomerDataCipher cipher, FilingQueryService filings, FilingAccess access,
                             ApplicationEventPublisher publisher, PlatformTransactionManager transactionManager, Clock clock) {
        this.attachments = attachments;
        this.summary = summary;
        this.limits = limits;
        this.cipher = cipher;
        this.filings = filings;
        this.access = access;
        this.publisher = publisher;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * {@code POST /api/filings/{filingId}/attachments}: whoever may read the filing may add a copy to it.
     * 404 for an unknown filing, 403 (recorded) for anyone else, 400 naming {@code kind} and {@code file}.
     */
    public Attachment uploadToFiling(String filingId, String kind, byte[] bytes, Caller caller) {
        String detail = "POST /api/filings/" + filingId + "/attachments";
        requireReader(filingId, caller, CustomerDataAccessed.Action.UPLOAD, detail);
        return transaction.execute(status -> {
            Attachment attachment = attach(AttachmentOwnerType.FILING, filingId, kind, bytes, caller.userId());
            publisher.publishEvent(CustomerDataAccessed.allowed(filingId, caller.userId(), CustomerDataAccessed.Action.UPLOAD,
                    detail + " → " + attachment.id() + " " + attachment.kind()));
            return attachment;
        });
    }

    /** {@code GET /api/filings/{filingId}/attachments}: the copies' metadata, for those who may read the filing. */
    public List<Attachment> listOfFiling(String filingId, Caller caller) {
        requireReader(filingId, caller, CustomerDataAccessed.Action.READ, "GET /api/filings/" + filingId + "/attachments");
        return attachments.of(AttachmentOwnerType.FILING, filingId);
    }

    /** {@code GET /api/filings/{filingId}/attachments/{id}}: the decrypted copy, for those who may read the filing. */
    public Download downloadFromFiling(String filingId, long attachmentId, Caller caller) {
        String detail = "GET /api/filings/" + filingId + "/attachments/" + attachmentId;
        requireReader(filingId, caller, CustomerDataAccessed.Action.DOWNLOAD, detail);
        Attachment attachment = attachments.find(attachmentId)
                .filter(a -> a.ownerType() == AttachmentOwnerType.FILING && a.ownerId().equals(filingId))
                .orElseThrow(() -> new AttachmentNotFoundException(attachmentId));
        byte[] bytes = cipher.decryptBytes(attachments.data(attachmentId));
        publisher.publishEvent(CustomerDataAccessed.allowed(filingId, caller.userId(), CustomerDataAccessed.Action.DOWNLOAD,
                detail + " " + attachment.kind()));
        return new Download(attachment, bytes);
    }

    /**
     * Stores a copy for a filing or a data request, after the checks every upload passes (kind; file not empty,
     * within {@code attachment.max-bytes}, PNG, JPEG or PDF by content), and for a filing updates its running
     * process's {@code attachmentsSummary}. Who may attach is the caller's business; this records nothing in the
     * audit trail. Joins the caller's transaction.
     */
    public Attachment attach(AttachmentOwnerType ownerType, String ownerId, String kindText, byte[] bytes, String uploader) {
        FieldErrors errors = new FieldErrors();
        AttachmentKind kind = AttachmentValidation.kind(kindText, errors);
        AttachmentContentType type = AttachmentValidation.file(bytes, limits, errors);
        errors.throwIfAny();
        return attach(ownerType, ownerId, kind, type, bytes, uploader);
    }

    public Attachment attach(AttachmentOwnerType ownerType, String ownerId, AttachmentKind kind, byte[] bytes, String uploader) {
        return attach(ownerType, ownerId, kind == null ? null : kind.name(), bytes, uploader);
    }

    private Attachment attach(AttachmentOwnerType ownerType, String ownerId, AttachmentKind kind, AttachmentContentType type,
                              byte[] bytes, String uploader) {
        return transaction.execute(status -> {
            if (ownerType == AttachmentOwnerType.FILING && !attachments.lockFiling(ownerId)) {
                throw new FilingNotFoundException(ownerId);
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            long id = attachments.insert(ownerType, ownerId, kind, type, bytes.length, cipher.encryptBytes(bytes), uploader, now);
            if (ownerType == AttachmentOwnerType.FILING) {
                summary.publish(ownerId);
            }
            return new Attachment(id, ownerType, ownerId, kind, type, bytes.length, uploader, now);
        });
    }

    private void requireReader(String filingId, Caller caller, CustomerDataAccessed.Action action, String detail) {
        Filing filing = filings.get(filingId);
        if (!access.mayRead(caller, filing)) {
            publisher.publishEvent(CustomerDataAccessed.denied(filingId, caller.userId(), action, detail));
            throw new AccessDeniedException(DENIED);
        }
    }

    /** A decrypted copy and what it is. */
    public record Download(Attachment attachment, byte[] bytes) {
    }
}
