package io.baobei.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.Assertions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading the Camunda Forms of {@code forms/} in tests: components, fields by key, their texts. */
public final class FormFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormFiles() {
    }

    public static void assertSelect(JsonNode form, String key, boolean required, String... values) {
        JsonNode select = field(form, key);
        Assertions.assertThat(select.path("type").asText()).as(key).isEqualTo("select");
        Assertions.assertThat(select.path("validate").path("required").asBoolean()).as(key + " required").isEqualTo(required);
        List<String> actual = new ArrayList<>();
        select.path("values").forEach(v -> actual.add(v.path("value").asText()));
        Assertions.assertThat(actual).as(key).containsExactly(values);
    }

    public static JsonNode read(String id) throws IOException {
        JsonNode form = JSON.readTree(Path.of("forms", id + ".form").toFile());
        Assertions.assertThat(form.path("id").asText()).isEqualTo(id);
        return form;
    }

    public static List<JsonNode> components(JsonNode form) {
        List<JsonNode> all = new ArrayList<>();
        collect(form.path("components"), all);
        return all;
    }

    private static void collect(JsonNode components, List<JsonNode> all) {
        for (JsonNode component : components) {
            all.add(component);
            collect(component.path("components"), all);
        }
    }

    public static JsonNode field(JsonNode form, String key) {
        return components(form).stream().filter(c -> key.equals(c.path("key").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + key));
    }

    public static String texts(JsonNode form) {
        StringBuilder all = new StringBuilder();
        components(form).stream().filter(c -> "text".equals(c.path("type").asText()))
                .forEach(c -> all.append(c.path("text").asText()).append('\n'));
        return all.toString();
    }

    public static int count(String text, String token) {
        int n = 0;
        for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + token.length())) {
            n++;
        }
        return n;
    }
}
