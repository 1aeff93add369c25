package io.baobei.attachment;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.baobei.filing.CustomerDataErased;

/** Rule D4: when a customer's data is erased on request, the copies of their identity documents go too. */
@Component
public class ErasedCustomerAttachments {

    private final AttachmentRepository attachments;

    public ErasedCustomerAttachments(AttachmentRepository attachments) {
        this.attachments = attachments;
    }

    @EventListener
    public void erased(CustomerDataErased event) {
        attachments.deleteAll(AttachmentOwnerType.FILING, event.filingId());
    }
}
