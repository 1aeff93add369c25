package io.baobei.attachment;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import io.baobei.platform.security.WithoutAuthorization;

/**
 * Tasklist forms cannot show files (form-js 1.8.7 has no file picker or preview), so the filing's running
 * {@code customer-filing} instance carries {@code attachmentsSummary} ("身份证 1 份、营业执照 1 份"), which
 * approve-filing, second-approval and follow-up display. Set on the application's behalf: the uploader (a
 * manager before the task reaches them, sales management) need not have any right on the instance.
 */
@Component
public class AttachmentSummary {

    static final String VARIABLE = "attachmentsSummary";
    static final String FILING_PROCESS = "customer-filing";

    private final AttachmentRepository attachments;
    private final RuntimeService runtimeService;
    private final WithoutAuthorization withoutAuthorization;

    public AttachmentSummary(AttachmentRepository attachments, RuntimeService runtimeService,
                             WithoutAuthorization withoutAuthorization) {
        this.attachments = attachments;
        this.runtimeService = runtimeService;
        this.withoutAuthorization = withoutAuthorization;
    }

    /** The filing's copies in words, or null when it has none. */
    public String of(String filingId) {
        return text(attachments.countByKind(AttachmentOwnerType.FILING, filingId));
    }

    static String text(Map<AttachmentKind, Integer> counts) {
        if (counts.isEmpty()) {
            return null;
        }
        return counts.entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue() + " 份")
                .collect(Collectors.joining("、"));
    }

    /** Writes the current summary to the filing's running process; nothing when no instance runs. */
    void publish(String filingId) {
        String summary = of(filingId);
        withoutAuthorization.run(() -> {
            for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
                    .processDefinitionKey(FILING_PROCESS).processInstanceBusinessKey(filingId).list()) {
                runtimeService.setVariable(instance.getId(), VARIABLE, summary);
            }
        });
    }
}
