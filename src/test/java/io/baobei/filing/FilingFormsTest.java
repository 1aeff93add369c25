package io.baobei.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.baobei.customer.SensitiveVariables;

/**
 * Every form that shows or edits a filing's fields agrees with {@link FilingField}: the start form asks for each
 * field with its label, requirement and length; the revise form offers exactly the revisable ones (empty keeps
 * the value, so none is required); forms that show the filing read only described fields of the display object.
 */
class FilingFormsTest {

    private static final Path FORMS = Path.of("forms");
    private static final Pattern SHOWN = Pattern.compile("\\bfiling\\.([A-Za-z]+)");
    private static final Set<String> DISPLAY_EXTRAS = Set.of(FilingDisplay.FILER_NAME, FilingDisplay.LATE,
            FilingDisplay.PROTECTED_UNTIL);

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theStartFormAsksForEveryFieldAsDescribed() throws IOException {
        Map<String, JsonNode> fields = keyedFields(form("filing-start"), "");

        assertThat(fields.keySet()).containsExactlyInAnyOrderElementsOf(keys(Arrays.asList(FilingField.values())));
        for (FilingField field : FilingField.values()) {
            JsonNode component = fields.get(field.key());
            assertThat(component.path("label").asText()).as(field.key()).isEqualTo(field.label());
            assertThat(component.path("validate").path("required").asBoolean(false)).as(field.key() + " required")
                    .isEqualTo(field.required() != FilingField.Required.NEVER);
            assertLength(field, component);
            assertThat(component.path("readonly").asBoolean(false)).as(field.key()).isFalse();
        }
    }

    @Test
    void theReviseFormOffersExactlyTheRevisableFields() throws IOException {
        Map<String, JsonNode> fields = keyedFields(form("revise-filing"), "");
        fields.remove("resubmit");

        List<FilingField> revisable = Arrays.stream(FilingField.values()).filter(FilingField::revisable).toList();
        assertThat(fields.keySet()).containsExactlyInAnyOrderElementsOf(keys(revisable));
        for (FilingField field : revisable) {
            JsonNode component = fields.get(field.key());
            assertThat(component.path("label").asText()).as(field.key()).isEqualTo(field.label());
            assertThat(component.path("validate").path("required").asBoolean(false))
                    .as(field.key() + ": left empty it keeps its value").isFalse();
            assertThat(component.path("readonly").asBoolean(false)).as(field.key()).isFalse();
            assertLength(field, component);
        }
    }

    @Test
    void formsShowOnlyDescribedFieldsOfTheFiling() throws IOException {
        TreeSet<String> undeclared = new TreeSet<>();
        int showing = 0;
        for (Path file : formFiles()) {
            JsonNode form = json.readTree(file.toFile());
            String text = form.toString();
            Matcher shown = SHOWN.matcher(text);
            boolean shows = false;
            while (shown.find()) {
                shows = true;
                if (!FilingField.isField(shown.group(1)) && !DISPLAY_EXTRAS.contains(shown.group(1))) {
                    undeclared.add(file.getFileName() + ": filing." + shown.group(1));
                }
            }
            for (Map.Entry<String, JsonNode> field : keyedFields(form, "").entrySet()) {
                String key = field.getKey();
                if (key.startsWith(FilingDisplay.VARIABLE + ".")) {
                    shows = true;
                    FilingField described = FilingField.byKey(key.substring(FilingDisplay.VARIABLE.length() + 1)).orElse(null);
                    if (described == null) {
                        undeclared.add(file.getFileName() + ": " + key);
                        continue;
                    }
                    assertThat(field.getValue().path("label").asText()).as(file.getFileName() + " " + key).isEqualTo(described.label());
                    assertThat(field.getValue().path("readonly").asBoolean(false)).as(file.getFileName() + " " + key + " is shown, not edited").isTrue();
                } else {
                    FilingField.byKey(key).ifPresent(described -> assertThat(field.getValue().path("label").asText())
                            .as(file.getFileName() + " " + key).isEqualTo(described.label()));
                }
            }
            showing += shows ? 1 : 0;
        }
        assertThat(undeclared).as("filing fields a form shows that FilingField does not describe").isEmpty();
        assertThat(showing).as("forms that show a filing").isGreaterThanOrEqualTo(5);
    }

    @Test
    void theSensitiveFieldsAreTheOnesMaskedInTheEngine() {
        List<String> sensitive = Arrays.stream(FilingField.values()).filter(FilingField::sensitive).map(FilingField::key).toList();
        assertThat(sensitive).containsExactlyInAnyOrder("customerName", "creditCode", "legalRepresentative", "idNumber",
                "contactName", "contactPhone", "address", "propertyId", "relativePhone");
        assertThat(SensitiveVariables.contains("visitPurpose")).isFalse();
    }

    private static void assertLength(FilingField field, JsonNode component) {
        String type = component.path("type").asText();
        if (type.equals("textfield") || type.equals("textarea")) {
            assertThat(component.path("validate").path("maxLength").asInt(0)).as(field.key() + " maxLength").isEqualTo(field.maxLength());
        }
    }

    private static List<String> keys(List<FilingField> fields) {
        return fields.stream().map(FilingField::key).collect(Collectors.toList());
    }

    private JsonNode form(String id) throws IOException {
        return json.readTree(FORMS.resolve(id + ".form").toFile());
    }

    private static List<Path> formFiles() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            return files.filter(file -> file.toString().endsWith(".form")).sorted().toList();
        }
    }

    /** Keyed fields by the variable they bind: a group's {@code path} prefixes its fields' keys. */
    private static Map<String, JsonNode> keyedFields(JsonNode form, String prefix) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        List<JsonNode> components = new ArrayList<>();
        form.path("components").forEach(components::add);
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                fields.put(prefix + component.get("key").asText(), component);
            }
            String path = component.path("path").asText("");
            fields.putAll(keyedFields(component, path.isEmpty() ? prefix : prefix + path + "."));
        }
        return fields;
    }
}
