package io.baobei.support;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import io.baobei.platform.security.DemoUsers;

/**
 * Signed deals of the east region walked through the real processes, one per source of commission (rule C13):
 * rep1 alone, rep1 and rep2 shared by arbitration, split by agreement, and a deal rep2 helped rep1 close.
 * Contracts are dated {@link #CONTRACT_DATE} (period {@link #PERIOD}); run with the engine clock at
 * {@link EngineActions#NOW}.
 */
public final class CommissionDeals {

    public static final String PERIOD = "2026-11";
    public static final String CONTRACT_DATE = "2026-11-27";
    public static final String ARBITRATION_REASON = "双方同日接触客户，共同跟进促成";

    /**
     * A signed filing; for collision deals the collision, and a rep's statement that names the customer (it must
     * never reach finance).
     */
    public record Deal(String filingId, String contractName, String collisionId, String customerName, String statement) {
    }

    private final ProcessEngine engine;
    private final EngineActions actions;
    private final TestRestTemplate http;

    public CommissionDeals(ProcessEngine engine, TestRestTemplate http) {
        this.engine = engine;
        this.actions = new EngineActions(engine);
        this.http = http;
    }

    /** rep1 files and signs alone. */
    public Deal sole(BigDecimal amount) {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance filing = actions.file("rep1", customer);
        sign(filing, "独家采购合同", amount);
        return new Deal(filing.getBusinessKey(), "独家采购合同", null, (String) customer.get("customerName"), null);
    }

    /** rep2 files rep1's customer, neither gives way, manager1 arbitrates SHARED with a reason; rep1 signs. */
    public Deal arbitratedShare(BigDecimal amount) {
        Collided c = collide();
        propose(c, "rep1", Map.of("proposal", "NO_AGREEMENT"));
        propose(c, "rep2", Map.of("proposal", "NO_AGREEMENT"));
        actions.complete(c.resolution, "arbitrate", "manager1", Map.of("decision", "SHARED", "decisionReason", ARBITRATION_REASON));
        actions.executeJobs(c.resolution);
        sign(c.first, "仲裁共有采购合同", amount);
        return new Deal(c.first.getBusinessKey(), "仲裁共有采购合同", c.collisionId, c.customerName, c.statement);
    }

    /** rep1 and rep2 agree that rep1 keeps {@code firstPercent}; rep1 signs. */
    public Deal negotiatedSplit(int firstPercent, BigDecimal amount) {
        Collided c = collide();
        propose(c, "rep1", Map.of("proposal", "SPLIT", "splitFirstPercent", firstPercent));
        propose(c, "rep2", Map.of("proposal", "SPLIT", "splitFirstPercent", firstPercent));
        actions.executeJobs(c.resolution);
        sign(c.first, "协商分成采购合同", amount);
        return new Deal(c.first.getBusinessKey(), "协商分成采购合同", c.collisionId, c.customerName, c.statement);
    }

    /** rep2 registers help on rep1's filing; on signing rep1 proposes 80, rep2 60, manager1 confirms {@code filerPercent}. */
    public Deal assisted(int filerPercent, BigDecimal amount) {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance filing = actions.file("rep1", customer);
        actions.complete(filing, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(filing, "assign-follower", "manager1", Map.of("follower", "rep1"));
        Assertions.assertThat(http.withBasicAuth("rep2", DemoUsers.PASSWORD).postForEntity(
                        "/api/filings/" + filing.getBusinessKey() + "/assist", Map.of("note", "陪同客户看样板间"), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        actions.complete(filing, "follow-up", "rep1", Map.of("followUpNote", "客户确认签约", "outcome", "SIGNED"));
        ProcessInstance agreement = actions.startedCase("assist-commission", filing.getBusinessKey());
        actions.complete(filing, "report-contract", "rep1", contract("协助成交采购合同", amount));
        actions.completeAssigned(agreement, "agree-assist-split", "rep1", Map.of("splitFirstPercent", 80));
        actions.completeAssigned(agreement, "agree-assist-split", "rep2", Map.of("splitFirstPercent", 60));
        actions.complete(agreement, "confirm-assist-split", "manager1", Map.of("splitFirstPercent", filerPercent));
        return new Deal(filing.getBusinessKey(), "协助成交采购合同", null, (String) customer.get("customerName"), null);
    }

    private Collided collide() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        ProcessInstance first = actions.file("rep1", customer);
        Map<String, Object> sameCustomer = new HashMap<>(customer);
        sameCustomer.put("contactPhone", ((String) customer.get("contactPhone")).replace("+86 ", "").replace("-", ""));
        ProcessInstance second = actions.file("rep2", sameCustomer);
        String collisionId = (String) engine.getRuntimeService().getVariable(second.getId(), "collisionId");
        String customerName = (String) customer.get("customerName");
        return new Collided(first, actions.startedCase("collision-resolution", collisionId), collisionId, customerName,
                "我上周已拜访" + customerName + "，联系人" + customer.get("contactName"));
    }

    private void propose(Collided c, String rep, Map<String, Object> proposal) {
        Map<String, Object> values = new HashMap<>(proposal);
        values.put("statement", c.statement);
        actions.completeAssigned(c.resolution, "negotiate", rep, values);
    }

    private void sign(ProcessInstance filing, String contractName, BigDecimal amount) {
        actions.complete(filing, "approve-filing", "manager1", Map.of("approved", true));
        actions.complete(filing, "assign-follower", "manager1", Map.of("follower", "rep1"));
        actions.complete(filing, "follow-up", "rep1", Map.of("followUpNote", "客户确认签约", "outcome", "SIGNED"));
        actions.complete(filing, "report-contract", "rep1", contract(contractName, amount));
    }

    private static Map<String, Object> contract(String name, BigDecimal amount) {
        return Map.of("contractName", name, "contractDate", CONTRACT_DATE, "contractAmount", amount, "contractTerm", "12个月");
    }

    private record Collided(ProcessInstance first, ProcessInstance resolution, String collisionId, String customerName,
                            String statement) {
    }
}
