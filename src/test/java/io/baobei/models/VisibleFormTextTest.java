package io.baobei.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.baobei.support.FormFiles;

/**
 * What a person reads in a form — labels, descriptions, placeholders, option labels, text views and the
 * words a text view's template prints — holds no code such as FALSE_FILING; and no form writes a
 * deadline that lives in a rule table ("5个工作日" comes from {@code filing-deadlines}).
 */
class VisibleFormTextTest {

    static final Pattern CODE = Pattern.compile("[A-Z_]{4,}");
    static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)\\}\\}", Pattern.DOTALL);
    /** The words a FEEL template prints: the literals after then/else (the ones after = are compared, not shown). */
    static final Pattern PRINTED_LITERAL = Pattern.compile("(?:then|else)\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void noFormShowsACode() throws IOException {
        List<String> codes = new ArrayList<>();
        for (Path file : forms()) {
            String id = file.getFileName().toString().replace(".form", "");
            for (JsonNode component : FormFiles.components(FormFiles.read(id))) {
                for (String visible : visibleTexts(component)) {
                    Matcher code = CODE.matcher(visible);
                    while (code.find()) {
                        codes.add(id + " " + component.path("id").asText() + ": " + code.group());
                    }
                }
            }
        }
        assertThat(codes).isEmpty();
    }

    @Test
    void theContractReportDeadlineComesFromTheTable() throws IOException {
        String text = FormFiles.texts(FormFiles.read("report-contract"));

        assertThat(text).contains("{{if contractReportWorkingDays = null then \"-\" else string(contractReportWorkingDays)}} 个工作日内")
                .doesNotContain("5个工作日");
        for (Path file : forms()) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain("5个工作日", "五个工作日");
        }
    }

    /** Text outside templates, and the literals templates print. */
    static List<String> visibleTexts(JsonNode component) {
        List<String> texts = new ArrayList<>();
        for (String property : List.of("label", "description", "placeholder", "text")) {
            String value = component.path(property).asText("");
            texts.add(TEMPLATE.matcher(value).replaceAll(" "));
            Matcher template = TEMPLATE.matcher(value);
            while (template.find()) {
                Matcher literal = PRINTED_LITERAL.matcher(template.group(1));
                while (literal.find()) {
                    texts.add(literal.group(1));
                }
            }
        }
        component.path("values").forEach(option -> texts.add(option.path("label").asText("")));
        return texts;
    }

    private static List<Path> forms() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            return files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
        }
    }
}
