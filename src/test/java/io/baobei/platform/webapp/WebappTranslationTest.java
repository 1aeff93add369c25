package io.baobei.platform.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Simplified Chinese translation of the Camunda webapps: {@code locales/zh.json} and {@code scripts/config.js}
 * of each app under {@code META-INF/resources/webjars/camunda/app/<app>/}, which override the webjar's copies.
 * The English original ({@code en.json}) is read from the Camunda webjar on the classpath. No Spring context.
 */
class WebappTranslationTest {

    /** Every Camunda webapp we ship a Chinese translation for. */
    static final List<String> APPS = List.of("tasklist", "admin", "cockpit", "welcome");

    private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";
    private static final String WEBJAR = "camunda-webapp-webjar";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What must survive translation unchanged: interpolations, printf markers, HTML tags, HTML entities. */
    private static final List<Pattern> PLACEHOLDERS = List.of(
            Pattern.compile("\\{\\{.*?}}"),
            Pattern.compile("%[sd]"),
            Pattern.compile("</?(?:a|b|br|code|div|em|hr|i|kbd|li|ol|p|pre|small|span|strong|u|ul)\\b[^<>]*>",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("&(?:[a-zA-Z]+|#\\d+);"));
    private static final Pattern INTERPOLATION = PLACEHOLDERS.get(0);

    static Stream<String> apps() {
        return APPS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void zhHasExactlyTheKeysOfTheWebjarsEnglish(String app) throws IOException {
        Map<String, JsonNode> en = flatten(englishOf(app));
        Map<String, JsonNode> zh = flatten(chineseOf(app));

        Set<String> missing = new TreeSet<>(en.keySet());
        missing.removeAll(zh.keySet());
        Set<String> extra = new TreeSet<>(zh.keySet());
        extra.removeAll(en.keySet());
        assertThat(missing).as("%s: keys of en.json missing in zh.json", app).isEmpty();
        assertThat(extra).as("%s: keys in zh.json that en.json does not have", app).isEmpty();

        List<String> wrongType = new ArrayList<>();
        en.forEach((path, value) -> {
            JsonNode translated = zh.get(path);
            if (translated.getNodeType() != value.getNodeType()
                    || (!value.isTextual() && !value.equals(translated))) {
                wrongType.add(path + ": " + value + " -> " + translated);
            }
        });
        assertThat(wrongType).as("%s: values whose JSON type changed (or non-text values that changed)", app)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void everyPlaceholderOfTheEnglishIsKept(String app) throws IOException {
        Map<String, JsonNode> en = flatten(englishOf(app));
        Map<String, JsonNode> zh = flatten(chineseOf(app));

        List<String> broken = new ArrayList<>();
        en.forEach((path, value) -> {
            JsonNode translated = zh.get(path);
            if (!value.isTextual() || translated == null || !translated.isTextual()) {
                return; // reported by the key/type test
            }
            Map<String, Integer> wanted = placeholders(value.asText());
            Map<String, Integer> found = placeholders(translated.asText());
            wanted.forEach((placeholder, count) -> {
                if (found.getOrDefault(placeholder, 0) < count) {
                    broken.add(path + ": lost " + placeholder + " in " + translated.asText());
                }
            });
            Set<String> interpolations = new HashSet<>(matches(INTERPOLATION, translated.asText()));
            interpolations.removeAll(matches(INTERPOLATION, value.asText()));
            if (!interpolations.isEmpty()) {
                broken.add(path + ": unknown " + interpolations + " in " + translated.asText());
            }
        });
        assertThat(broken).as("%s: placeholders not carried over", app).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void everyTextThatIsNotEmptyInEnglishIsTranslatedToSomething(String app) throws IOException {
        Map<String, JsonNode> en = flatten(englishOf(app));
        Map<String, JsonNode> zh = flatten(chineseOf(app));

        List<String> empty = new ArrayList<>();
        en.forEach((path, value) -> {
            JsonNode translated = zh.get(path);
            if (value.isTextual() && !value.asText().isBlank()
                    && (translated == null || !translated.isTextual() || translated.asText().isBlank())) {
                empty.add(path);
            }
        });
        assertThat(empty).as("%s: empty translations", app).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void theServedConfigOffersChinese(String app) throws IOException {
        URL served = Thread.currentThread().getContextClassLoader().getResource(APP_ROOT + app + "/scripts/config.js");
        assertThat(served).as("%s: scripts/config.js on the classpath", app).isNotNull();
        assertThat(served.toString()).as("%s: the served config.js must be ours, not the webjar's", app)
                .doesNotContain(WEBJAR);

        String config;
        try (InputStream in = served.openStream()) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String code = config.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
        Matcher locales = Pattern.compile("['\"]?availableLocales['\"]?\\s*:\\s*\\[([^\\]]*)\\]").matcher(code);
        assertThat(locales.find()).as("%s: config.js sets availableLocales (outside comments)", app).isTrue();
        List<String> available = matches(Pattern.compile("['\"]([A-Za-z-]+)['\"]"), locales.group(1)).stream()
                .map(quoted -> quoted.substring(1, quoted.length() - 1))
                .toList();
        assertThat(available).as("%s: availableLocales", app).contains("zh", "en");
    }

    // ---------------------------------------------------------------------------------------------------------

    /** en.json of the Camunda webjar (our override directory has none, but take the jar's explicitly anyway). */
    private static JsonNode englishOf(String app) throws IOException {
        String name = APP_ROOT + app + "/locales/en.json";
        List<URL> all = Collections.list(Thread.currentThread().getContextClassLoader().getResources(name));
        URL fromWebjar = all.stream().filter(url -> url.toString().contains(WEBJAR)).findFirst().orElse(null);
        assertThat(fromWebjar).as("%s: %s in the Camunda webjar (found %s)", app, name, all).isNotNull();
        try (InputStream in = fromWebjar.openStream()) {
            return JSON.readTree(in); // Jackson skips the UTF-8 BOM the webjar's files start with
        }
    }

    private static JsonNode chineseOf(String app) throws IOException {
        String name = APP_ROOT + app + "/locales/zh.json";
        URL url = Thread.currentThread().getContextClassLoader().getResource(name);
        assertThat(url).as("%s: %s on the classpath", app, name).isNotNull();
        try (InputStream in = url.openStream()) {
            return JSON.readTree(in);
        }
    }

    /** Leaf values by path: {@code labels.CLAIM_TASK}, {@code dateLocales.months[0]}. */
    private static Map<String, JsonNode> flatten(JsonNode root) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        flatten("", root, leaves);
        return leaves;
    }

    private static void flatten(String path, JsonNode node, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field ->
                    flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node);
        }
    }

    private static Map<String, Integer> placeholders(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (Pattern pattern : PLACEHOLDERS) {
            for (String match : matches(pattern, text)) {
                counts.merge(match, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
