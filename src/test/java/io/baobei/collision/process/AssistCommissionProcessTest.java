package io.baobei.collision.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.baobei.collision.AssistService;
import io.baobei.collision.CommissionEntry;
import io.baobei.collision.CommissionService;
import io.baobei.collision.FilingNotAssistableException;
import io.baobei.platform.validation.InvalidInputException;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;
import io.baobei.support.ProcessTest;

/** Rule C12: a colleague helps close the deal; the filer, the helper and the supervisor agree the split. */
@ProcessTest
class AssistCommissionProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    AssistService assists;
    @Autowired
    CommissionService commissions;

    @Autowired
    EngineActions actions;

    @Test
    void theAgreedSplitOfAHelpedDealDecidesTheCommission() {
        ProcessInstance filing = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        String filingId = filing.getBusinessKey();
        actions.complete(filing, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(filing, "assign-follower", "manager1", Map.of("follower", "rep1"));
        assists.register(filingId, "rep2", "陪同客户看样板间");

        actions.complete(filing, "follow-up", "rep1", Map.of("followUpNote", "客户签约", "outcome", "SIGNED"));
        ProcessInstance agreement = actions.startedCase("assist-commission", filingId);
        assertThat(agreement).isWaitingAt("agree-assist-split");
        actions.complete(filing, "report-contract", "rep1", Map.of("contractName", "采购合同", "contractDate", "2026-11-27",
                "contractAmount", 100000, "contractTerm", "12个月"));
        Assertions.assertThat(commissions.of(filingId)).as("no commission while the split is being agreed").isEmpty();

        actions.completeAssigned(agreement, "agree-assist-split", "rep1", Map.of("splitFirstPercent", 80));
        actions.completeAssigned(agreement, "agree-assist-split", "rep2", Map.of("splitFirstPercent", 60));
        Assertions.assertThat(engine.getRuntimeService().getVariables(agreement.getId()))
                .containsEntry("filerProposal", 80).containsEntry("helperProposal", 60);
        Assertions.assertThatThrownBy(() -> actions.complete(agreement, "confirm-assist-split", "manager1",
                Map.of("splitFirstPercent", 120))).hasRootCauseInstanceOf(InvalidInputException.class);
        actions.complete(agreement, "confirm-assist-split", "manager1", Map.of("splitFirstPercent", 70));

        assertThat(agreement).isEnded().hasPassed("determine-assist-shares", "record-assist-split");
        Assertions.assertThat(commissions.of(filingId)).extracting(CommissionEntry::rep, CommissionEntry::amount)
                .containsExactlyInAnyOrder(Assertions.tuple("rep1", new BigDecimal("70000.00")),
                        Assertions.tuple("rep2", new BigDecimal("30000.00")));
    }

    @Test
    void onlyAColleagueCanRegisterHelpOnAValidFiling() {
        ProcessInstance filing = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        String filingId = filing.getBusinessKey();

        Assertions.assertThatThrownBy(() -> assists.register(filingId, "rep1", null)).isInstanceOf(InvalidInputException.class);
        Assertions.assertThatThrownBy(() -> assists.register(filingId, "manager1", null)).isInstanceOf(InvalidInputException.class);
        Assertions.assertThatThrownBy(() -> assists.register(filingId, "rep3", "跨区协助")).isInstanceOf(FilingNotAssistableException.class);
        assists.register(filingId, "rep2", "同区协助");
        Assertions.assertThatThrownBy(() -> assists.register(filingId, "rep2", null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSignedDealNobodyHelpedPaysTheFilerAlone() {
        ProcessInstance filing = actions.file("rep1", Filings.enterprise(EngineActions.nextCustomer()));
        actions.complete(filing, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(filing, "assign-follower", "manager1", Map.of("follower", "rep2"));
        actions.complete(filing, "follow-up", "rep2", Map.of("followUpNote", "客户签约", "outcome", "SIGNED"));
        actions.complete(filing, "report-contract", "rep2", Map.of("contractName", "采购合同", "contractDate", "2026-11-27",
                "contractAmount", 50000, "contractTerm", "6个月"));

        Assertions.assertThat(actions.instanceByBusinessKey("assist-commission", filing.getBusinessKey())).isNull();
        Assertions.assertThat(commissions.of(filing.getBusinessKey())).extracting(CommissionEntry::rep, CommissionEntry::sharePercent)
                .containsExactly(Assertions.tuple("rep1", 100));
    }
}
