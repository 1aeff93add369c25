package io.baobei.reporting;

import static io.baobei.support.FormFiles.*;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * forms/review-filing-sample (M4), confirm-recognition (X9) and return-visit (F11): Camunda Forms for Tasklist
 * 7.24 (form-js 1.8.7), Chinese labels, checklist options from process variables.
 */
class ReportingFormsTest {

    static final Set<String> ALLOWED = Set.of("text", "textfield", "textarea", "number", "checkbox", "checklist", "select",
            "radio", "datetime", "group");

    @Test
    void theFormsUseOnlyComponentsTasklistRendersAndLabelEveryFieldInChinese() throws IOException {
        for (String id : List.of("review-filing-sample", "confirm-recognition", "return-visit")) {
            JsonNode form = read(id);
            Assertions.assertThat(form.path("schemaVersion").asInt()).as(id).isEqualTo(11);
            for (JsonNode component : components(form)) {
                Assertions.assertThat(component.path("type").asText()).as(id + " " + component.path("id")).isIn(ALLOWED);
                if (component.has("key")) {
                    Assertions.assertThat(component.path("label").asText()).as(id + " " + component.path("key"))
                            .matches(".*\\p{IsHan}.*");
                }
            }
        }
    }

    @Test
    void theSampleReviewListsTheMaskedSampleAndOffersEachSampledFilingAsFalse() throws IOException {
        JsonNode form = read("review-filing-sample");
        JsonNode falseFilings = field(form, "falseFilings");
        Assertions.assertThat(falseFilings.path("type").asText()).isEqualTo("checklist");
        Assertions.assertThat(falseFilings.path("valuesKey").asText()).isEqualTo("falseFilingOptions");
        Assertions.assertThat(field(form, "reviewNote").path("type").asText()).isEqualTo("textarea");
        Assertions.assertThat(field(form, "reviewNote").path("validate").path("required").asBoolean()).isTrue();
        Assertions.assertThat(texts(form)).contains("{{if sampleList = null", "M4", "脱敏");
    }

    @Test
    void hrConfirmsTheProposedRepsByChecklist() throws IOException {
        JsonNode form = read("confirm-recognition");
        Assertions.assertThat(field(form, "confirmedReps").path("type").asText()).isEqualTo("checklist");
        Assertions.assertThat(field(form, "confirmedReps").path("valuesKey").asText()).isEqualTo("recognitionOptions");
        Assertions.assertThat(field(form, "recognitionNote").path("type").asText()).isEqualTo("textarea");
        Assertions.assertThat(texts(form)).contains("recognitionList", "X9");
    }

    @Test
    void theReturnVisitRecordsSatisfactionAndANoteThatIsMaskedInHistory() throws IOException {
        JsonNode form = read("return-visit");
        assertSelect(form, "satisfaction", true, "VERY_SATISFIED", "SATISFIED", "NEUTRAL", "DISSATISFIED", "VERY_DISSATISFIED");
        Assertions.assertThat(ReturnVisitService.SATISFACTION).containsExactlyInAnyOrder("VERY_SATISFIED", "SATISFIED", "NEUTRAL",
                "DISSATISFIED", "VERY_DISSATISFIED");
        // the note's key is one the history handler masks (customer.SensitiveVariables)
        Assertions.assertThat(io.baobei.customer.SensitiveVariables.contains(ReturnVisitService.NOTE)).isTrue();
        Assertions.assertThat(field(form, ReturnVisitService.NOTE).path("validate").path("required").asBoolean()).isTrue();
        Assertions.assertThat(texts(form)).contains("`{{if contactPhone = null", "/api/filings/{{filingId}}", "P5");
    }
}
