package io.baobei.attachment;

public class AttachmentNotFoundException extends RuntimeException {

    public AttachmentNotFoundException(long attachmentId) {
        super("No attachment " + attachmentId);
    }
}
