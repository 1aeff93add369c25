package io.baobei.conduct;

import static io.baobei.support.FormFiles.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * forms/report-violation, confirm-penalty and process-dismissal: Camunda Forms for Tasklist 7.24 (form-js 1.8.7) of
 * the violation-handling process (rules X1–X8), keys and values as CONTRACT.md names them.
 */
class ConductFormsTest {

    /** What form-js 1.8.7 renders (CAMUNDA-NOTES "Forms in Tasklist"), by component type. */
    static final Set<String> RENDERED = Set.of("textfield", "number", "textarea", "datetime", "checkbox", "checklist",
            "radio", "select", "taglist", "group", "dynamiclist", "table", "text", "html", "spacer", "separator",
            "expression");

    static final List<String> FORMS = List.of("report-violation", "confirm-penalty", "process-dismissal");

    /** CONTRACT.md {@code violation} values, in the form's order, with their Chinese labels. */
    static final Map<String, String> VIOLATIONS = new LinkedHashMap<>();

    static {
        VIOLATIONS.put("FALSE_FILING", "虚假报备");
        VIOLATIONS.put("UNFILED_COLLISION", "未报备导致撞单");
        VIOLATIONS.put("LATE_FILING_COLLISION", "虚报漏报晚报导致撞单");
        VIOLATIONS.put("UNREPORTED_COLLISION", "未及时报告撞单");
        VIOLATIONS.put("DATA_LEAK", "泄露客户信息");
        VIOLATIONS.put("DATA_LEAK_FOR_PAY", "为谋利泄露客户信息");
        VIOLATIONS.put("TAMPERING", "查看/篡改/破坏他人报备");
        VIOLATIONS.put("CUSTOMER_PRESENT_DISPUTE", "客户面前争执");
        VIOLATIONS.put("SABOTAGE", "阻碍破坏同事成交");
        VIOLATIONS.put("SALES_VIOLATION", "违反销售纪律");
        VIOLATIONS.put("ORDER_SNATCHING", "抢单");
    }

    /** CONTRACT.md {@code action} values. */
    static final List<String> ACTIONS = List.of("WARNING", "CRITICISM", "FINE", "DEMERIT", "SUSPEND", "TRANSFER",
            "DEMOTION", "DISMISSAL");

    @Test
    void reportViolation() throws IOException {
        JsonNode form = read("report-violation");
        assertField(form, "person", "textfield", "违规人员（用户名）", true);
        assertSelect(form, "violation", true, VIOLATIONS.keySet().toArray(String[]::new));
        List<String> labels = new ArrayList<>();
        field(form, "violation").path("values").forEach(v -> labels.add(v.path("label").asText()));
        Assertions.assertThat(labels).containsExactlyElementsOf(VIOLATIONS.values());
        assertSelect(form, "evidenceType", true, "FILING", "COLLISION");
        List<String> evidenceLabels = new ArrayList<>();
        field(form, "evidenceType").path("values").forEach(v -> evidenceLabels.add(v.path("label").asText()));
        Assertions.assertThat(evidenceLabels).containsExactly("报备", "撞单");
        assertField(form, "evidenceId", "textfield", "报备编号或撞单编号", true);
        assertField(form, "detail", "textarea", "事实经过", true);
        assertField(form, "customerCount", "number", "涉及客户户数", false);
        Assertions.assertThat(keys(form)).containsExactlyInAnyOrder("person", "violation", "evidenceType", "evidenceId",
                "detail", "customerCount");
    }

    @Test
    void violationChoicesAreTheContractValuesTheCatalogueAndTheApplicationKnow() throws IOException {
        List<String> values = new ArrayList<>();
        field(read("report-violation"), "violation").path("values").forEach(v -> values.add(v.path("value").asText()));
        Assertions.assertThat(values).doesNotHaveDuplicates();
        Assertions.assertThat(values).containsExactlyInAnyOrder(
                java.util.Arrays.stream(Violation.values()).map(Enum::name).toArray(String[]::new));
        String dmn = Files.readString(Path.of("dmn", "penalty-catalog.dmn"));
        for (String value : values) {
            Assertions.assertThat(dmn).as(value + " has a row").contains("<text>\"" + value + "\"</text>");
        }
    }

    @Test
    void confirmPenalty() throws IOException {
        JsonNode form = read("confirm-penalty");
        JsonNode confirmed = assertField(form, "confirmed", "checkbox", "确认处罚（生效后通知本人，罚款通知财务）", false);
        Assertions.assertThat(confirmed.path("defaultValue").isBoolean()).isTrue();
        Assertions.assertThat(confirmed.path("defaultValue").asBoolean()).isFalse();
        assertField(form, "hrComment", "textarea", "人事行政意见（不确认或减轻处罚时必填，写明理由）", false);
        // X12: HR may confirm a lighter penalty; the choices are the contract actions with Chinese labels
        assertSelect(form, "decidedAction", false, ACTIONS.toArray(String[]::new));
        assertField(form, "decidedFineYuan", "number", "确认的罚款（元）", false);
        assertField(form, "decidedPublicNotice", "checkbox", "通报批评", false);
        Assertions.assertThat(keys(form)).containsExactlyInAnyOrder("confirmed", "hrComment", "decidedAction",
                "decidedFineYuan", "decidedPublicNotice");
        String texts = texts(form);
        for (String variable : List.of("entryId", "person", "personName", "violationLabel", "evidenceType",
                "evidenceId", "detail", "reportedBy", "priorCount", "proposedAction", "proposedFineYuan",
                "proposedPublicNotice")) {
            Assertions.assertThat(texts).as(variable).contains(variable);
        }
        // every action of the catalogue is shown in Chinese, never as its code alone
        for (String action : ACTIONS) {
            Assertions.assertThat(texts).as(action).contains("proposedAction = \"" + action + "\" then \"");
        }
        Assertions.assertThat(texts).contains("\"暂停报备权限\"").contains("\"记过\"").contains("\"调岗\"")
                .contains("\"降职\"").contains("\"通报批评\"");
        // the reminder to write a comment shows until the penalty is confirmed
        Assertions.assertThat(form.toString()).contains("=confirmed = true");
    }

    @Test
    void processDismissal() throws IOException {
        JsonNode form = read("process-dismissal");
        assertField(form, "dismissalNote", "textarea", "辞退处理记录（面谈、交接、手续）", true);
        Assertions.assertThat(keys(form)).containsExactly("dismissalNote");
        String texts = texts(form);
        for (String variable : List.of("personName", "person", "violationLabel", "evidenceId", "detail")) {
            Assertions.assertThat(texts).as(variable).contains(variable);
        }
    }

    @Test
    void formsAreForTasklist724() throws IOException {
        for (String id : FORMS) {
            JsonNode form = read(id);
            Assertions.assertThat(form.path("schemaVersion").asInt()).as(id).isEqualTo(11);
            Assertions.assertThat(form.path("type").asText()).as(id).isEqualTo("default");
            Assertions.assertThat(form.path("executionPlatformVersion").asText()).as(id).isEqualTo("7.24.0");
            Set<String> ids = new HashSet<>();
            Set<String> keys = new HashSet<>();
            for (JsonNode component : components(form)) {
                String type = component.path("type").asText();
                Assertions.assertThat(type).as(id + " " + component.path("id")).isIn(RENDERED);
                Assertions.assertThat(component.path("id").asText()).as(id + " component id").isNotBlank();
                Assertions.assertThat(ids.add(component.path("id").asText())).as(id + " unique component id").isTrue();
                if (component.has("key")) {
                    Assertions.assertThat(keys.add(component.path("key").asText())).as(id + " unique key").isTrue();
                    Assertions.assertThat(component.path("label").asText()).as(id + " labelled").isNotBlank();
                }
                if ("select".equals(type)) {
                    // select labels are not templated by form-js: no {{…}} in them
                    component.path("values").forEach(v -> Assertions.assertThat(v.path("label").asText()).doesNotContain("{{"));
                }
                if ("text".equals(type)) {
                    String text = component.path("text").asText();
                    Assertions.assertThat(count(text, "{{")).as(id + " " + component.path("id") + " balanced")
                            .isEqualTo(count(text, "}}"));
                }
            }
        }
    }

    @Test
    void noCustomerDataIsAskedFor() throws IOException {
        // the conduct process carries no customer data: evidence is named by filing or collision id only
        for (String id : FORMS) {
            for (String key : keys(read(id))) {
                if (key.equals("customerCount")) {
                    continue; // how many customers a data leak concerned (X5b): a number, not customer data
                }
                Assertions.assertThat(key).as(id).doesNotContainIgnoringCase("customer").doesNotContainIgnoringCase("phone")
                        .doesNotContainIgnoringCase("idNumber").doesNotContainIgnoringCase("creditCode");
            }
        }
    }

    private static JsonNode assertField(JsonNode form, String key, String type, String label, boolean required) {
        JsonNode field = field(form, key);
        Assertions.assertThat(field.path("type").asText()).as(key).isEqualTo(type);
        Assertions.assertThat(field.path("label").asText()).as(key).isEqualTo(label);
        Assertions.assertThat(field.path("validate").path("required").asBoolean()).as(key + " required").isEqualTo(required);
        return field;
    }

    private static List<String> keys(JsonNode form) {
        List<String> keys = new ArrayList<>();
        components(form).stream().filter(c -> c.has("key")).forEach(c -> keys.add(c.path("key").asText()));
        return keys;
    }

}
