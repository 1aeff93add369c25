package io.baobei.collision;

import static io.baobei.support.FormFiles.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * forms/negotiate, arbitrate and record-customer-choice: Camunda Forms for Tasklist 7.24 (form-js 1.8.7), keys and
 * values as CONTRACT.md names them, conditional fields as the rules ask.
 */
class CollisionFormsTest {

    /** What form-js 1.8.7 renders (CAMUNDA-NOTES "Forms in Tasklist"), by component type. */
    static final Set<String> RENDERED = Set.of("textfield", "number", "textarea", "datetime", "checkbox", "checklist",
            "radio", "select", "taglist", "group", "dynamiclist", "table", "text", "html", "spacer", "separator",
            "expression");

    @Test
    void negotiate() throws IOException {
        JsonNode form = read("negotiate");
        assertSelect(form, "proposal", true, "KEEP_FIRST", "KEEP_SECOND", "SPLIT", "NO_AGREEMENT");
        JsonNode split = field(form, "splitFirstPercent");
        Assertions.assertThat(split.path("type").asText()).isEqualTo("number");
        Assertions.assertThat(split.path("label").asText()).isEqualTo("先报备者分成比例（%）");
        Assertions.assertThat(split.path("validate").path("min").asInt()).isZero();
        Assertions.assertThat(split.path("validate").path("max").asInt()).isEqualTo(100);
        Assertions.assertThat(split.path("decimalDigits").asInt()).isZero();
        Assertions.assertThat(split.path("conditional").path("hide").asText()).isEqualTo("=proposal != \"SPLIT\"");
        JsonNode statement = field(form, "statement");
        Assertions.assertThat(statement.path("type").asText()).isEqualTo("textarea");
        Assertions.assertThat(statement.path("validate").path("required").asBoolean()).isTrue();
        Assertions.assertThat(statement.path("label").asText()).isEqualTo("情况说明（将报人事行政部和财务部备案）");
        Assertions.assertThat(texts(form)).contains("{{if collisionSummary = null").contains("negotiationDueDisplay");
    }

    @Test
    void arbitrate() throws IOException {
        JsonNode form = read("arbitrate");
        assertSelect(form, "decision", true, "FIRST", "SECOND", "SHARED", "VOID_BOTH");
        JsonNode reason = field(form, "decisionReason");
        Assertions.assertThat(reason.path("type").asText()).isEqualTo("textarea");
        Assertions.assertThat(reason.path("label").asText()).isEqualTo("与系统建议不同时必须填写理由");
        JsonNode lost = field(form, "customerLost");
        Assertions.assertThat(lost.path("type").asText()).isEqualTo("checkbox");
        Assertions.assertThat(lost.path("label").asText()).isEqualTo("客户因此流失");
        Assertions.assertThat(lost.path("conditional").path("hide").asText()).isEqualTo("=decision != \"VOID_BOTH\"");
        String texts = texts(form);
        for (String variable : List.of("collisionSummary", "proposalsSummary", "recommendedOwner", "recommendationReason",
                "collisionKindLabel")) {
            Assertions.assertThat(texts).as(variable).contains(variable);
        }
        // every input of ownership-arbitration is shown to the manager, under a Chinese label
        for (String input : CollisionEvidence.INPUTS) {
            Assertions.assertThat(texts).as(input).contains(input);
        }
        Assertions.assertThat(texts).contains("| 有效报备（填写完整、内容真实、在保护期内） |", "| 后一份报备前的接洽记录 |",
                "| 报备完整度（报备表已填字段占比） |", "一方已登记协助另一方成交", "报备时间差");
        // the warning about overruling compares the decision with the table's recommendation
        Assertions.assertThat(form.toString()).contains("decision = recommendedOwner");
    }

    @Test
    void theCollisionKindIsShownByItsChineseLabel() throws IOException {
        for (String id : List.of("negotiate", "arbitrate")) {
            String texts = texts(read(id));
            Assertions.assertThat(texts).as(id).contains("撞单类型：{{if collisionKindLabel = null then \"-\" else collisionKindLabel}}");
            for (CollisionKind kind : CollisionKind.values()) {
                Assertions.assertThat(texts).as(id).doesNotContain(kind.name());
            }
        }
    }

    @Test
    void recordCustomerChoice() throws IOException {
        JsonNode form = read("record-customer-choice");
        assertSelect(form, "customerChoice", true, "FIRST", "SECOND");
        JsonNode note = field(form, "choiceNote");
        Assertions.assertThat(note.path("type").asText()).isEqualTo("textarea");
        Assertions.assertThat(note.path("validate").path("required").asBoolean()).isTrue();
        Assertions.assertThat(texts(form)).contains("collisionSummary").contains("P9 §四.3");
    }

    @Test
    void formsAreForTasklist724() throws IOException {
        for (String id : List.of("negotiate", "arbitrate", "record-customer-choice")) {
            JsonNode form = read(id);
            Assertions.assertThat(form.path("schemaVersion").asInt()).as(id).isEqualTo(11);
            Assertions.assertThat(form.path("type").asText()).as(id).isEqualTo("default");
            Set<String> ids = new HashSet<>();
            Set<String> keys = new HashSet<>();
            for (JsonNode component : components(form)) {
                String type = component.path("type").asText();
                Assertions.assertThat(type).as(id + " " + component.path("id")).isIn(RENDERED);
                Assertions.assertThat(ids.add(component.path("id").asText())).as(id + " unique component id").isTrue();
                if (component.has("key")) {
                    Assertions.assertThat(keys.add(component.path("key").asText())).as(id + " unique key").isTrue();
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
    void arbitrationChoicesCoverTheTableRecommendations() throws IOException {
        // the arbitrate form can take every owner the ownership-arbitration table recommends
        String dmn = Files.readString(Path.of("dmn", "ownership-arbitration.dmn"));
        List<String> decisions = new ArrayList<>();
        field(read("arbitrate"), "decision").path("values").forEach(v -> decisions.add(v.path("value").asText()));
        for (String owner : List.of("FIRST", "SECOND", "SHARED")) {
            Assertions.assertThat(dmn).contains("<text>\"" + owner + "\"</text>");
            Assertions.assertThat(decisions).contains(owner);
        }
    }

}
