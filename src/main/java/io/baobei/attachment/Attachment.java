package io.baobei.attachment;

import java.time.OffsetDateTime;

/**
 * What is known about a stored copy, without its bytes. The client's file name is not kept: it often holds the
 * customer's name or ID number.
 */
record Attachment(long id, AttachmentOwnerType ownerType, String ownerId, AttachmentKind kind,
                         AttachmentContentType contentType, int size, String uploadedBy, OffsetDateTime uploadedAt) {
}
