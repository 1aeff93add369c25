package io.baobei.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.baobei.customer.Masking;
import io.baobei.platform.security.DemoUsers;

/**
 * Customers taken through every step that hands their data to the engine, as the real users: an
 * individual with an ID number (start form and revise form submitted as Tasklist does) and an enterprise
 * (RuntimeService and TaskService) are filed, rejected, revised with a corrected phone, approved,
 * followed up with a deposit, signed and their contracts reported; a third customer is filed over engine
 * REST ({@code POST /engine-rest/process-definition/key/customer-filing/start}).
 *
 * <p>Every customer's values are unique in the JVM ({@link EngineActions#nextCustomer()}), so a scan for
 * them finds only what this scenario wrote, even on a database other tests share.
 */
public final class FullFilingScenario {

    /** What the scenario did, and what must never be stored in clear. */
    public record Result(
            String individualFilingId,
            String enterpriseFilingId,
            String restProcessInstanceId,
            /**
             * names, contact names, addresses, ID numbers, credit code, legal representative, every phone in
             * normalised and typed form, the follow-up notes (they name the contact)
             */
            List<String> clearValues,
            /**
             * masked names the engine is expected to keep in its runtime and history tables (proof that the
             * scan reaches them); names, because their mask is stable when the history filter masks the
             * already masked value again
             */
            List<String> maskedValues) {
    }

    private static final String CN_DIGITS = "零一二三四五六七八九";

    private final ProcessEngine engine;
    private final EngineActions actions;

    public FullFilingScenario(ProcessEngine engine) {
        this.engine = engine;
        this.actions = new EngineActions(engine);
    }

    /** Runs with the engine clock at {@link EngineActions#NOW}; the caller resets the clock. */
    public Result run(TestRestTemplate rest) {
        EngineActions.setClock(EngineActions.NOW);
        int n = EngineActions.nextCustomer();
        List<String> clear = new ArrayList<>();
        List<String> masked = new ArrayList<>();

        // An individual with an ID number, phone typed with country code and spaces; corrected to another number.
        String individualPhone = "1350" + "%07d".formatted(n);
        String individualCorrected = "1351" + "%07d".formatted(n);
        Map<String, Object> individual = new HashMap<>();
        individual.put("customerType", "INDIVIDUAL");
        individual.put("customerName", "欧阳" + chinese(n));
        individual.put("contactName", "欧阳" + chinese(n));
        individual.put("contactPhone", spaced(individualPhone));
        individual.put("address", "北京市朝阳区建国路" + n + "号SOHO现代城" + (n % 30 + 1) + "层");
        individual.put("region", "east");
        individual.put("visitTime", "2027-06-10T10:00");
        individual.put("visitPurpose", "看房");
        individual.put("idNumber", idNumber("110105", "19850315", n));
        individual.put("propertyId", propertyId("CY", n));
        String individualFilingId = walkThrough("rep1", individual, dashed(individualCorrected), true);
        clear.addAll(values(individual, individualPhone));
        clear.addAll(List.of(individualCorrected, dashed(individualCorrected), followUpNote(individual)));
        masked.add(Masking.name((String) individual.get("customerName")));

        // An enterprise: credit code, legal representative, contact person.
        String enterprisePhone = "1360" + "%07d".formatted(n);
        String enterpriseCorrected = "1361" + "%07d".formatted(n);
        Map<String, Object> enterprise = new HashMap<>();
        enterprise.put("customerType", "ENTERPRISE");
        enterprise.put("customerName", "重庆" + chinese(n) + "科技有限公司");
        enterprise.put("contactName", "司马" + chinese(n));
        enterprise.put("contactPhone", dashed(enterprisePhone));
        enterprise.put("address", "重庆市渝北区金开大道" + n + "号" + chinese(n) + "大厦");
        enterprise.put("region", "east");
        enterprise.put("visitTime", "2027-06-10T10:00");
        enterprise.put("visitPurpose", "介绍门禁系统方案");
        enterprise.put("creditCode", Filings.creditCode(n));
        enterprise.put("legalRepresentative", "诸葛" + chinese(n));
        enterprise.put("expectedAmount", 200000);
        String enterpriseFilingId = walkThrough("rep2", enterprise, fullWidth(spaced(enterpriseCorrected)), false);
        clear.addAll(values(enterprise, enterprisePhone));
        clear.addAll(List.of(enterpriseCorrected, fullWidth(spaced(enterpriseCorrected)),
                (String) enterprise.get("creditCode"), (String) enterprise.get("legalRepresentative"),
                followUpNote(enterprise)));
        masked.add(Masking.name((String) enterprise.get("contactName")));

        // A full collision case on the enterprise: rep3 files it too; the statements name the customer.
        Map<String, Object> duplicate = new HashMap<>(enterprise);
        duplicate.put("contactPhone", enterpriseCorrected);
        ProcessInstance second = actions.file("rep3", duplicate);
        String collisionId = (String) engine.getRuntimeService().getVariable(second.getId(), "collisionId");
        ProcessInstance resolution = actions.startedCase("collision-resolution", collisionId);
        String statement = "我先联系了" + enterprise.get("customerName") + "的" + enterprise.get("contactName")
                + "，电话" + enterpriseCorrected + "，地址" + enterprise.get("address");
        actions.completeAssigned(resolution, "negotiate", "rep2", Map.of("proposal", "KEEP_FIRST", "statement", statement));
        actions.completeAssigned(resolution, "negotiate", "rep3", Map.of("proposal", "NO_AGREEMENT", "statement", statement));
        actions.complete(resolution, "arbitrate", "manager1", Map.of("decision", "SHARED", "decisionReason", "同时跟进，共同所有"));
        actions.executeJobs(resolution);
        Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(resolution.getId()).count())
                .as("the collision is resolved").isZero();

        // Engine REST start, as an integration would call it.
        String restPhone = "1352" + "%07d".formatted(n);
        Map<String, Object> restCustomer = new LinkedHashMap<>();
        restCustomer.put("customerType", "INDIVIDUAL");
        restCustomer.put("customerName", "上官" + chinese(n));
        restCustomer.put("contactName", "上官" + chinese(n) + "之女");
        restCustomer.put("contactPhone", "0086 " + spaced(restPhone).substring(4));
        restCustomer.put("address", "上海市浦东新区世纪大道" + n + "号" + chinese(n) + "公寓");
        restCustomer.put("region", "east");
        restCustomer.put("visitTime", "2027-06-10T10:00");
        restCustomer.put("visitPurpose", "咨询");
        restCustomer.put("idNumber", idNumber("310101", "19900101", n));
        restCustomer.put("propertyId", propertyId("PD", n));
        String restInstanceId = startOverRest(rest, restCustomer);
        clear.addAll(values(restCustomer, restPhone));
        masked.add(Masking.name((String) restCustomer.get("customerName")));

        return new Result(individualFilingId, enterpriseFilingId, restInstanceId, List.copyOf(clear), List.copyOf(masked));
    }

    /**
     * Filed, rejected, revised with the corrected phone, approved, followed (deposit), signed, contract
     * reported. {@code viaForms}: filed and revised through the FormService, as Tasklist submits the start
     * form and the revise form (the engine then also writes form-property history); otherwise through
     * RuntimeService and TaskService.
     */
    private String walkThrough(String rep, Map<String, Object> customer, String correctedPhone, boolean viaForms) {
        ProcessInstance instance = viaForms
                ? actions.as(rep, () -> engine.getFormService().submitStartForm(latestDefinitionId(), new HashMap<>(customer)))
                : actions.file(rep, new HashMap<>(customer));
        String filingId = (String) engine.getRuntimeService().getVariable(instance.getId(), "filingId");
        Assertions.assertThat(actions.task(instance, "approve-filing")).as("filed and waiting for approval").isNotNull();

        actions.complete(instance, "approve-filing", "manager1",
                Map.of("approved", false, "approvalComment", "联系电话有误，请核实后重新提交"));

        // the revise form shows the masked values and submits them back unchanged, except the corrected phone
        Map<String, Object> shown = engine.getRuntimeService().getVariables(instance.getId());
        Map<String, Object> revision = new HashMap<>();
        for (String field : List.of("customerName", "contactName", "contactPhone", "address", "creditCode",
                "legalRepresentative", "idNumber", "visitTime", "expectedAmount", "visitPurpose")) {
            if (shown.get(field) != null) {
                revision.put(field, shown.get(field));
            }
        }
        revision.put("contactPhone", correctedPhone);
        revision.put("resubmit", true);
        if (viaForms) {
            String taskId = actions.task(instance, "revise-filing").getId();
            actions.as(rep, () -> {
                engine.getFormService().submitTaskForm(taskId, revision);
                return null;
            });
        } else {
            actions.complete(instance, "revise-filing", rep, revision);
        }

        actions.complete(instance, "approve-filing", "manager1", Map.of("approved", true, "approvalComment", "同意"));
        actions.complete(instance, "assign-follower", "manager1", Map.of("follower", rep));
        actions.complete(instance, "follow-up", rep, followUp(customer, "DEPOSIT"));
        actions.complete(instance, "follow-up", rep, followUp(customer, "SIGNED"));
        actions.complete(instance, "report-contract", rep, Map.of("contractName", "门禁系统采购合同",
                "contractDate", "2026-11-27", "contractAmount", 180000, "contractTerm", "12个月"));
        Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("existing-customer-period-ended").count())
                .as("signed, reported and archived: waiting for the existing-customer period").isEqualTo(1);
        return filingId;
    }

    private String latestDefinitionId() {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("customer-filing")
                .latestVersion().singleResult().getId();
    }

    private String startOverRest(TestRestTemplate rest, Map<String, Object> customer) {
        Map<String, Object> variables = new LinkedHashMap<>();
        customer.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
        ResponseEntity<Map> response = rest.withBasicAuth("rep1", DemoUsers.PASSWORD).postForEntity(
                "/engine-rest/process-definition/key/customer-filing/start", Map.of("variables", variables), Map.class);
        Assertions.assertThat(response.getStatusCode()).as("engine REST start: %s", response.getBody())
                .isEqualTo(HttpStatus.OK);
        String instanceId = (String) response.getBody().get("id");
        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey("approve-filing").count()).isEqualTo(1);
        return instanceId;
    }

    /**
     * Scans every table of the database: none of the scenario's clear values may be stored anywhere,
     * while the masked values and a deployed model (a binary column) are found, which shows the scan
     * reaches the engine's runtime, history and byte-array tables.
     */
    public static void assertNothingInClear(javax.sql.DataSource dataSource, Result result) {
        ClearTextScanner scanner = new ClearTextScanner(dataSource);
        List<String> scanned = scanner.columns().stream()
                .map(c -> (c.table() + "." + c.column()).toLowerCase(java.util.Locale.ROOT)).toList();
        Assertions.assertThat(scanned).contains("act_ge_bytearray.bytes_", "act_ru_variable.text_",
                "act_hi_varinst.text_", "act_hi_detail.text_", "filing.contact_phone_enc", "customer_profile.address_enc");

        Assertions.assertThat(scanner.find(result.maskedValues()))
                .as("masked display values are in the engine tables (the scan sees them)")
                .extracting(f -> f.table().toLowerCase(java.util.Locale.ROOT))
                .contains("act_ru_variable", "act_hi_varinst");
        Assertions.assertThat(scanner.find(List.of("登记报备并锁定客户")))
                .as("the deployed BPMN is found in a binary column (the scan reads bytes as UTF-8)")
                .extracting(f -> f.table().toLowerCase(java.util.Locale.ROOT) + "." + f.column().toLowerCase(java.util.Locale.ROOT))
                .contains("act_ge_bytearray.bytes_");

        Assertions.assertThat(scanner.find(result.clearValues()))
                .as("customer data in clear text at rest").isEmpty();
    }

    /** Normalised phone, the phone as typed, customer name, contact name, address, ID number, property id. */
    private static List<String> values(Map<String, Object> customer, String normalisedPhone) {
        List<String> values = new ArrayList<>(List.of(normalisedPhone, (String) customer.get("contactPhone"),
                (String) customer.get("customerName"), (String) customer.get("contactName"),
                (String) customer.get("address")));
        if (customer.get("idNumber") != null) {
            values.add((String) customer.get("idNumber"));
        }
        if (customer.get("propertyId") != null) {
            values.add((String) customer.get("propertyId"));
        }
        return values;
    }

    /** A property id no other value of the scenario contains, e.g. {@code CY-7Q1005-0301}. */
    private static String propertyId(String district, int n) {
        return district + "-7Q" + n + "-0301";
    }

    /** The follower's note names the contact, as real notes do: it must stay encrypted too. */
    private static Map<String, Object> followUp(Map<String, Object> customer, String outcome) {
        return Map.of("followUpNote", followUpNote(customer), "expectedAmount", 200000, "unitPrice", 1000,
                "expectedSignDate", "2026-12-20", "outcome", outcome);
    }

    private static String followUpNote(Map<String, Object> customer) {
        return "电话联系" + customer.get("contactName") + "，约定下周到店";
    }

    /** {@code 13500001005 → +86 135 0000 1005} */
    static String spaced(String digits) {
        return "+86 " + digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
    }

    /** {@code 13500001005 → 135-0000-1005} */
    static String dashed(String digits) {
        return digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7);
    }

    /** ASCII digits and {@code +} as their full-width forms, as typed with a Chinese input method. */
    public static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' || c == '+' ? (char) (c - 0x21 + 0xFF01) : c);
        }
        return out.toString();
    }

    /** {@code 1005 → 一零零五} */
    static String chinese(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            out.append(CN_DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }

    /** A valid 18-character resident ID number (GB 11643 check character). */
    public static String idNumber(String area, String birthDate, int n) {
        String base = area + birthDate + "%03d".formatted(n % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (base.charAt(i) - '0') * weights[i];
        }
        return base + "10X98765432".charAt(sum % 11);
    }
}
