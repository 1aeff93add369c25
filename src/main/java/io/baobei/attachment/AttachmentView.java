package io.baobei.attachment;

import java.time.OffsetDateTime;

/** The API's answer for an attachment: metadata only, never the bytes or the client's file name. */
public record AttachmentView(long id, AttachmentKind kind, String contentType, int size, String uploadedBy,
                             OffsetDateTime uploadedAt) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id(), a.kind(), a.contentType().mediaType(), a.size(), a.uploadedBy(), a.uploadedAt());
    }
}
