package io.baobei.datarequest;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.baobei.attachment.AttachmentKind;
import io.baobei.attachment.AttachmentOwnerType;
import io.baobei.attachment.AttachmentService;
import io.baobei.filing.CustomerLookupService;
import io.baobei.filing.CustomerLookupService.LookupStatus;
import io.baobei.customer.SensitiveVariables;
import io.baobei.filing.FilingCustomerData;
import io.baobei.filing.FilingDisplay;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.PlainCustomer;
import io.baobei.platform.validation.InvalidInputException;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;
import io.baobei.support.ProcessTest;

/** Rule D4: a customer's change or deletion request, through {@code customer-data-request}. */
@ProcessTest
class CustomerDataRequestProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    FilingQueryService filings;
    @Autowired
    FilingCustomerData customerData;
    @Autowired
    CustomerLookupService lookups;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AttachmentService attachments;

    @Autowired
    EngineActions actions;
    String phone;
    String idNumber;
    String filingId;

    @BeforeEach
    void fileAnIndividual() {
        Map<String, Object> customer = Filings.individual();
        phone = "135" + String.format("%08d", EngineActions.nextCustomer());
        customer.put("contactPhone", phone);
        idNumber = Filings.idNumber(EngineActions.nextCustomer());
        customer.put("idNumber", idNumber);
        filingId = actions.file("rep1", customer).getBusinessKey();
    }

    @Test
    void anApprovedChangeReplacesTheDataKeepsThePreviousValueAndMovesTheMatchingKeys() {
        String newPhone = "136" + phone.substring(3);
        ProcessInstance request = start(Map.of("requestType", "CHANGE", "customerPhone", phone, "documentType", "ID_CARD",
                "documentNumber", idNumber.toLowerCase(), "newContactPhone", newPhone, "requestNote", "客户书面申请更换联系电话"));
        assertThat(request).isWaitingAt("approve-data-request");
        Assertions.assertThat(request.getBusinessKey()).startsWith("R");
        Assertions.assertThat(engine.getRuntimeService().getVariable(request.getId(), "newContactPhone")).asString().contains("****");

        actions.complete(request, "approve-data-request", "salesmgmt1", Map.of("approved", true));

        assertThat(request).isEnded().hasPassed("apply-data-request");
        PlainCustomer changed = customerData.decrypt(filings.get(filingId).customer());
        Assertions.assertThat(changed.contactPhone()).isEqualTo(newPhone);
        Assertions.assertThat(lookups.lookup("rep2", newPhone, null, null, null).status()).isEqualTo(LookupStatus.PROTECTED);
        Assertions.assertThat(lookups.lookup("rep2", phone, null, null, null).status()).as("the old phone no longer matches")
                .isEqualTo(LookupStatus.FREE);
        String previous = jdbc.sql("select previous_enc from customer_data_change where filing_id = :f and field = 'contactPhone'")
                .param("f", filingId).query(String.class).single();
        Assertions.assertThat(previous).startsWith("v1:");
        Assertions.assertThat(customerData.decrypt(new io.baobei.filing.EncryptedCustomer(null, null, previous, null, null,
                null, null, null, null)).contactPhone()).isEqualTo(phone);
        Assertions.assertThat(display().get("contactPhone")).as("the approving manager sees the changed customer")
                .isEqualTo(SensitiveVariables.mask("contactPhone", newPhone));
    }

    @Test
    void anApprovedDeletionErasesThePersonalDataAndKeepsTheRecord() {
        attachments.attach(AttachmentOwnerType.FILING, filingId, AttachmentKind.ID_CARD,
                "%PDF-1.4 身份证复印件".getBytes(StandardCharsets.UTF_8), "rep1");
        ProcessInstance request = start(Map.of("requestType", "DELETE", "customerIdNumber", idNumber,
                "customerPhone", phone, "documentType", "ID_CARD", "documentNumber", idNumber, "requestNote", "客户要求删除全部资料"));
        actions.complete(request, "approve-data-request", "salesmgmt1", Map.of("approved", true));

        PlainCustomer erased = customerData.decrypt(filings.get(filingId).customer());
        Assertions.assertThat(erased.customerName()).isEqualTo("[已删除]");
        Assertions.assertThat(erased.contactPhone()).isEqualTo("[已删除]");
        Assertions.assertThat(erased.idNumber()).isNull();
        Assertions.assertThat(filings.get(filingId).region()).as("the non-personal record stays").isEqualTo("east");
        Assertions.assertThat(lookups.lookup("rep2", phone, null, null, null).status()).isEqualTo(LookupStatus.FREE);
        Assertions.assertThat(jdbc.sql("select status from customer_data_request where id = :id").param("id", request.getBusinessKey())
                .query(String.class).single()).isEqualTo("COMPLETED");
        Assertions.assertThat(jdbc.sql("select count(*) from attachment where owner_type = 'FILING' and owner_id = :f")
                .param("f", filingId).query(Long.class).single()).as("the document copies went too").isZero();
        FilingDisplay shown = display();
        Assertions.assertThat(shown.get("customerName")).isEqualTo(SensitiveVariables.mask("customerName", "[已删除]"));
        Assertions.assertThat(shown.get("visitPurpose")).isEqualTo("[已删除]");
        Assertions.assertThat(filings.get(filingId).visitPurpose()).as("stored as the erased mark, not its ciphertext")
                .isEqualTo("[已删除]");
        String history = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(filings.get(filingId).processInstanceId()).variableName(FilingDisplay.VARIABLE)
                .disableCustomObjectDeserialization().singleResult().getTypedValue() instanceof SerializableValue value
                ? value.getValueSerialized() : null;
        Assertions.assertThat(history).as("the case's history keeps nothing of the erased customer")
                .contains("[已删除]").doesNotContain(String.valueOf(Filings.individual().get("visitPurpose")));
    }

    @Test
    void anErasureRemovesTheDisplayOfAnEndedCaseFromItsHistory() {
        String processInstanceId = filings.get(filingId).processInstanceId();
        engine.getRuntimeService().deleteProcessInstance(processInstanceId, "test: the case ended before the request");
        ProcessInstance request = start(Map.of("requestType", "DELETE", "customerIdNumber", idNumber,
                "customerPhone", phone, "documentType", "ID_CARD", "documentNumber", idNumber, "requestNote", "客户要求删除全部资料"));
        actions.complete(request, "approve-data-request", "salesmgmt1", Map.of("approved", true));

        Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(FilingDisplay.VARIABLE).count()).isZero();
    }

    private FilingDisplay display() {
        SerializableValue value = engine.getRuntimeService().getVariableTyped(filings.get(filingId).processInstanceId(),
                FilingDisplay.VARIABLE, false);
        return FilingDisplay.parse(value.getValueSerialized());
    }

    @Test
    void aDocumentThatIsNotTheCustomersIsRefusedAndNothingIsRecorded() {
        long before = jdbc.sql("select count(*) from customer_data_request").query(Long.class).single();
        Map<String, Object> wrongDocument = Map.of("requestType", "DELETE", "customerPhone", phone, "documentType", "ID_CARD",
                "documentNumber", "440308199901011236", "requestNote", "删除");

        Assertions.assertThatThrownBy(() -> start(wrongDocument))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> Assertions.assertThat(e.errors()).extracting(err -> err.field()).containsExactly("documentNumber"));
        Assertions.assertThatThrownBy(() -> start(Map.of("requestType", "CHANGE", "customerPhone", phone, "documentType", "ID_CARD",
                        "documentNumber", "110105194912310021", "requestNote", "x")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("documentNumber").hasMessageContaining("newContactPhone");
        Assertions.assertThat(jdbc.sql("select count(*) from customer_data_request").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aRejectionNeedsAReasonAndChangesNothing() {
        ProcessInstance request = start(Map.of("requestType", "DELETE", "customerPhone", phone, "documentType", "ID_CARD",
                "documentNumber", idNumber, "requestNote", "删除"));

        Assertions.assertThatThrownBy(() -> actions.complete(request, "approve-data-request", "salesmgmt1", Map.of("approved", false)))
                .hasRootCauseInstanceOf(InvalidInputException.class);
        actions.complete(request, "approve-data-request", "salesmgmt1", Map.of("approved", false, "decisionComment", "证件复印件不清晰"));

        assertThat(request).isEnded().hasPassed("data-request-rejected");
        Assertions.assertThat(customerData.decrypt(filings.get(filingId).customer()).contactPhone()).isEqualTo(phone);
    }

    private ProcessInstance start(Map<String, Object> form) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("customer-data-request")
                .latestVersion().singleResult().getId();
        return actions.as("hr1", () -> engine.getFormService().submitStartForm(definition, new HashMap<>(form)));
    }
}
