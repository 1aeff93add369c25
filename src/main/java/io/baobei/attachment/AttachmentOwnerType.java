package io.baobei.attachment;

/** What an attachment belongs to: a filing (owner id = filing id) or a customer's data request (the request id). */
public enum AttachmentOwnerType {
    FILING,
    DATA_REQUEST
}
