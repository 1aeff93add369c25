package io.baobei.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.baobei.platform.security.DemoUsers;
import io.baobei.support.AppTest;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;

/**
 * Hostile input through both doors that start {@code customer-filing}: {@code POST /api/filings} and the engine
 * REST start. Every case starts from a valid filing and breaks one thing. A malformed input is answered {@code 400}
 * naming the field ({@code 415} for a body that is not declared as JSON), never {@code 500}, and leaves the row
 * count of every table as it was. Text that is merely odd (SQL or HTML in a name, an address or the visit purpose)
 * is text: it is stored and read back exactly as given, and no form renders it as Markdown/HTML.
 *
 * <p>Decisions this test makes, so that a failure can be read against them:
 * <ul>
 * <li>Text fields take JSON strings only. A number, boolean, object or array where the contract has text is a type
 *     error ({@code 400} naming the field), not text to be stringified ({@code {a=1}} is no company name).
 *     {@code expectedAmount} takes a number.</li>
 * <li>A value made only of invisible characters (NBSP, zero-width space) is missing.</li>
 * <li>Control characters (C0 but tab/newline, DEL, C1), bidi embeddings/overrides (U+202A–U+202E) and lone UTF-16
 *     surrogates are refused anywhere in a value, also at its ends (trimming them away silently would store
 *     something else than what was sent).</li>
 * <li>Body-level JSON problems on {@code /api/filings} name the field {@code body}. A trailing second value or a
 *     duplicated key makes the body ambiguous and is refused too.</li>
 * <li>On the engine REST door, a variable Camunda itself cannot read (unknown type, a value not of its type, broken
 *     {@code Json}/{@code Object} payload, a body that is not a start request) may be refused by Camunda before the
 *     application sees it: then {@code 400} with Camunda's {@code type}/{@code message} is accepted.</li>
 * </ul>
 */
@AppTest
class HostileInputTest {

    private static final String API = "/api/filings";
    private static final String ENGINE = "/engine-rest/process-definition/key/customer-filing/start";
    private static final String REP = "rep1";
    private static final String JSON_TYPE = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final List<String> TEXT_FIELDS = List.of("customerType", "customerName", "contactName", "contactPhone",
            "address", "region", "visitTime", "visitPurpose", "customerStage", "creditCode", "legalRepresentative",
            "idNumber", "propertyId", "relativePhone", "projectName", "demand");
    private static final List<String> REQUIRED_FOR_ENTERPRISE = List.of("customerType", "customerName", "contactName",
            "contactPhone", "address", "region", "visitTime", "visitPurpose", "creditCode", "legalRepresentative");
    /** Free text and its length limit (FilingRequestParser). */
    private static final Map<String, Integer> FREE_TEXT = orderedMap("customerName", 100, "contactName", 50,
            "address", 200, "visitPurpose", 2000, "legalRepresentative", 50, "propertyId", 64, "projectName", 200,
            "demand", 2000);

    private static final String SQL_OR = "' or 1=1 --";
    private static final String SQL_DROP = "\"; drop table filing; --";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "<img src=x onerror=alert(1)>";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;

    // ------------------------------------------------------------------------------------------------ the doors

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("apiCases")
    void apiRefusesMalformedInputAndStoresNothing(Hostile input) {
        refusedWithoutTrace(input);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("engineCases")
    void engineRestStartRefusesMalformedInputAndStoresNothing(Hostile input) {
        refusedWithoutTrace(input);
    }

    @Test
    void atLeastTwoHundredMalformedInputsPerDoor() {
        long api = apiCases().count();
        long engine = engineCases().count();
        System.out.printf("HostileInputTest: %d malformed inputs to %s, %d to %s%n", api, API, engine, ENGINE);
        assertThat(api).isGreaterThanOrEqualTo(200);
        assertThat(engine).isGreaterThanOrEqualTo(200);
    }

    /** SQL and HTML in free text is storable text: filed, then read back unmangled by the filer. */
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hostileTexts")
    void apiStoresHostileTextAsGiven(String text) throws IOException {
        Map<String, Object> variables = withTextEverywhere(EngineActions.nextCustomer(), text);

        Answer answer = send(API, JSON_TYPE, utf8(json(variables)));

        assertThat(answer.status).as(answer.describe()).isEqualTo(201);
        assertStoredAsGiven(answer.json().path("filingId").asText(null), variables);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hostileTexts")
    void engineRestStartStoresHostileTextAsGiven(String text) throws IOException {
        Map<String, Object> variables = withTextEverywhere(EngineActions.nextCustomer(), text);

        Answer answer = send(ENGINE, JSON_TYPE, utf8(json(engineBody(variables))));

        assertThat(answer.status).as(answer.describe()).isEqualTo(200);
        String instanceId = answer.json().path("id").asText();
        String filingId = (String) runtimeService.getVariable(instanceId, "filingId");
        assertStoredAsGiven(filingId, variables);
    }

    /**
     * Forms show process variables in {@code text} components, which form-js renders as Markdown and then (sanitised)
     * HTML. User text interpolated there is rendered as markup instead of shown as typed, unless it sits in a code span
     * ({@code `{{x}}`}) that the value cannot end with a backtick of its own.
     */
    @Test
    void noFormRendersUserTextAsMarkup() throws IOException {
        String markup = "`<b>粗体</b>` [点我](https://evil.example/) ";
        Map<String, Object> variables = Filings.enterprise(EngineActions.nextCustomer());
        FREE_TEXT.keySet().forEach(field -> variables.put(field, markup + variables.getOrDefault(field, "x")));
        variables.put("propertyId", "`<b>P1</b>`");
        Answer answer = send(API, JSON_TYPE, utf8(json(variables)));
        assertThat(answer.status).as(answer.describe()).isEqualTo(201);
        String instanceId = answer.json().path("processInstanceId").asText();

        // what the process keeps of the user's text, in clear or through a mask that keeps a prefix
        Map<String, Object> kept = new HashMap<>(runtimeService.getVariables(instanceId));
        FilingDisplay.parse(String.valueOf(kept.get(FilingDisplay.VARIABLE))).values()
                .forEach((name, value) -> kept.put(FilingDisplay.VARIABLE + "." + name, value));
        TreeSet<String> rendered = new TreeSet<>();
        for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
            try (InputStream in = form.getInputStream()) {
                for (Interpolation use : textTemplateInterpolations(MAPPER.readTree(in))) {
                    if (!(kept.get(use.variable) instanceof String value) || !value.contains("<b>")) {
                        continue;
                    }
                    if (!use.inCodeSpan) {
                        rendered.add(form.getFilename() + ": {{" + use.variable + "}} is rendered as Markdown/HTML");
                    } else if (value.contains("`")) {
                        rendered.add(form.getFilename() + ": `{{" + use.variable + "}}` - the value's backtick ends "
                                + "the code span, the rest is rendered as Markdown/HTML");
                    }
                }
            }
        }
        assertThat(rendered).as("user text rendered as markup by form text components").isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ checking

    private void refusedWithoutTrace(Hostile input) {
        Map<String, Long> before = rowCounts();

        Answer answer = send(input.path, input.contentType, input.body);

        // soft: a wrong status and rows left behind are both reported
        SoftAssertions softly = new SoftAssertions();
        String what = input.label + " → " + answer.describe();
        softly.assertThat(answer.status).as("never 500: " + what).isLessThan(500);
        softly.assertThat(answer.status).as(what).isEqualTo(input.expect.status);
        if (input.expect.status == 400 && answer.status == 400) {
            JsonNode body = answer.jsonOrNull();
            List<String> fields = new ArrayList<>();
            if (body != null) {
                body.path("errors").forEach(error -> fields.add(error.path("field").asText()));
            }
            if (input.expect.camundaMayRefuse && fields.isEmpty()) {
                // Camunda's own refusal: {"type": "InvalidRequestException", ...}, or the JSON parser's message as text
                softly.assertThat(body == null ? answer.body : body.path("type").asText())
                        .as("Camunda's refusal: " + what).isNotBlank();
            } else {
                softly.assertThat(fields).as("errors[].field of " + what).contains(input.expect.field);
            }
        }
        softly.assertThat(changed(before, rowCounts()))
                .as(input.label + ": tables whose row count changed (before → after)").isEmpty();
        softly.assertAll();
    }

    private void assertStoredAsGiven(String filingId, Map<String, Object> variables) throws IOException {
        assertThat(filingId).isNotNull();
        ResponseEntity<String> read = http.withBasicAuth(REP, DemoUsers.PASSWORD)
                .exchange("/api/filings/" + filingId, HttpMethod.GET, null, String.class);
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        // shown as data: a JSON document, never something a browser would render as a page
        assertThat(read.getHeaders().getContentType()).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON), "application/json");
        JsonNode view = MAPPER.readTree(read.getBody());
        JsonNode customer = view.path("customer");
        for (String field : List.of("customerName", "contactName", "address", "legalRepresentative")) {
            assertThat(customer.path(field).asText(null)).as(field).isEqualTo(variables.get(field));
        }
        for (String field : List.of("visitPurpose", "propertyId", "projectName", "demand")) {
            assertThat(view.path(field).asText(null)).as(field).isEqualTo(variables.get(field));
        }

        URI lookup = URI.create("/api/customers/lookup?name="
                + URLEncoder.encode((String) variables.get("customerName"), StandardCharsets.UTF_8));
        ResponseEntity<String> found = http.withBasicAuth(REP, DemoUsers.PASSWORD)
                .exchange(lookup, HttpMethod.GET, null, String.class);
        assertThat(found.getStatusCode().value()).as(found.getBody()).isEqualTo(200);
        JsonNode result = MAPPER.readTree(found.getBody());
        assertThat(result.path("status").asText()).isEqualTo("OWN");
        assertThat(result.path("filingId").asText()).isEqualTo(filingId);
    }

    private Answer send(String path, String contentType, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        if (contentType != null) {
            headers.set(HttpHeaders.CONTENT_TYPE, contentType);
        }
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        ResponseEntity<String> response = http.withBasicAuth(REP, DemoUsers.PASSWORD)
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
        return new Answer(response.getStatusCode().value(), response.getBody());
    }

    private record Answer(int status, String body) {

        JsonNode jsonOrNull() {
            try {
                return body == null || body.isBlank() ? null : MAPPER.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }

        JsonNode json() {
            try {
                return body == null ? MAPPER.createObjectNode() : MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + describe(), e);
            }
        }

        String describe() {
            String shown = body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "…" : body;
            return status + " " + shown;
        }
    }

    /** One statement counting the rows of every table; the tables are listed once (the schema does not change). */
    private static volatile String rowCountQuery;

    /**
     * Rows per table of the whole test database: the application's tables, Flyway's and every ACT_* table.
     * No table is excluded: a refused start rolls back entirely; Camunda's id blocks ({@code ACT_GE_PROPERTY}
     * {@code next.dbid}) and the filing number identity may advance, but that updates a row or a sequence, it
     * adds none.
     */
    private Map<String, Long> rowCounts() {
        if (rowCountQuery == null) {
            List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                    + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' order by table_name", String.class);
            assertThat(tables).hasSizeGreaterThan(40).contains("FILING", "ACT_RU_EXECUTION", "ACT_HI_PROCINST");
            rowCountQuery = tables.stream()
                    .map(t -> "select '" + t + "' as t, count(*) as n from \"PUBLIC\".\"" + t + "\"")
                    .collect(Collectors.joining(" union all "));
        }
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query(rowCountQuery, rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    private static Map<String, String> changed(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changed = new TreeMap<>();
        after.forEach((table, n) -> {
            if (!n.equals(before.get(table))) {
                changed.put(table, before.get(table) + " → " + n);
            }
        });
        return changed;
    }

    /** A variable used inside {{ … }} of a text component, and whether that template sits in a code span. */
    private record Interpolation(String variable, boolean inCodeSpan) {
    }

    /** Every variable interpolated by every text component of a form (form-js renders those as Markdown). */
    private static List<Interpolation> textTemplateInterpolations(JsonNode form) {
        List<Interpolation> uses = new ArrayList<>();
        Pattern template = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
        Pattern identifier = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
        List<JsonNode> pending = new ArrayList<>();
        form.path("components").forEach(pending::add);
        while (!pending.isEmpty()) {
            JsonNode component = pending.remove(pending.size() - 1);
            component.path("components").forEach(pending::add);
            if (!"text".equals(component.path("type").asText())) {
                continue;
            }
            String text = component.path("text").asText();
            Matcher m = template.matcher(text);
            while (m.find()) {
                boolean inCodeSpan = m.start() > 0 && text.charAt(m.start() - 1) == '`'
                        && m.end() < text.length() && text.charAt(m.end()) == '`';
                Matcher id = identifier.matcher(m.group(1).replaceAll("\"[^\"]*\"", ""));
                while (id.find()) {
                    uses.add(new Interpolation(id.group(), inCodeSpan));
                }
            }
        }
        return uses;
    }

    // ------------------------------------------------------------------------------------------------ the cases

    /** One malformed request: where it goes, what it sends, what must come back. */
    record Hostile(String label, String path, String contentType, byte[] body, Expect expect) {

        @Override
        public String toString() {
            return label;
        }
    }

    /** {@code field}: the name errors[].field must contain; {@code camundaMayRefuse}: Camunda's own 400 will do. */
    record Expect(int status, String field, boolean camundaMayRefuse) {

        static Expect field(String field) {
            return new Expect(400, field, false);
        }

        static Expect camundaOrField(String field) {
            return new Expect(400, field, true);
        }

        static Expect unsupportedMediaType() {
            return new Expect(415, null, false);
        }
    }

    /** A break of one field of a valid filing, applicable to either door. */
    record Break(String label, String field, IntFunction<Map<String, Object>> variables) {
    }

    /** JSON text written as it stands (numbers beyond double, deep nesting); {@code engineType} on the REST door. */
    record Raw(String json, String engineType) {
    }

    /** An engine REST typed variable exactly as given. */
    record Typed(Map<String, Object> dto) {
    }

    static Stream<Hostile> apiCases() {
        List<Hostile> cases = new ArrayList<>();
        for (Break b : fieldBreaks()) {
            Map<String, Object> variables = b.variables.apply(EngineActions.nextCustomer());
            cases.add(new Hostile("api " + b.label, API, JSON_TYPE, utf8(json(variables)), Expect.field(b.field)));
        }
        apiBody(cases, "empty body", valid -> "");
        apiBody(cases, "whitespace body", valid -> " \n\t ");
        apiBody(cases, "JSON null", valid -> "null");
        apiBody(cases, "JSON string", valid -> "\"ENTERPRISE\"");
        apiBody(cases, "JSON number", valid -> "42");
        apiBody(cases, "JSON true", valid -> "true");
        apiBody(cases, "empty array", valid -> "[]");
        apiBody(cases, "array holding a valid filing", valid -> "[" + valid + "]");
        apiBody(cases, "truncated in the middle", valid -> valid.substring(0, valid.length() / 2));
        apiBody(cases, "truncated before the last brace", valid -> valid.substring(0, valid.length() - 1));
        apiBody(cases, "lone opening brace", valid -> "{");
        apiBody(cases, "not JSON at all", valid -> "customer filing please");
        apiBody(cases, "form encoding labelled JSON", valid -> "customerType=ENTERPRISE&customerName=x");
        apiBody(cases, "XML labelled JSON", valid -> "<filing><customerType>ENTERPRISE</customerType></filing>");
        apiBody(cases, "single-quoted JSON", valid -> valid.replace('"', '\''));
        apiBody(cases, "unquoted keys", valid -> valid.replaceAll("\"(\\w+)\":", "$1:"));
        apiBody(cases, "comment inside", valid -> "/* hi */" + valid);
        apiBody(cases, "trailing comma", valid -> valid.substring(0, valid.length() - 1) + ",}");
        apiBody(cases, "NaN amount", valid -> valid.replace("\"expectedAmount\":200000", "\"expectedAmount\":NaN"));
        apiBody(cases, "Infinity amount", valid -> valid.replace("\"expectedAmount\":200000",
                "\"expectedAmount\":Infinity"));
        apiBody(cases, "trailing garbage after the object", valid -> valid + " trailing");
        apiBody(cases, "two objects in one body", valid -> valid + valid);
        apiBody(cases, "duplicated key, first value another company", valid -> "{\"customerName\":\"甲公司\","
                + valid.substring(1));
        apiBody(cases, "raw control character inside a string", valid -> valid.replaceFirst("\"visitPurpose\":\"",
                "\"visitPurpose\":\"\u0001"));
        apiBody(cases, "amount with 10000 digits", valid -> valid.replace("\"expectedAmount\":200000",
                "\"expectedAmount\":" + "9".repeat(10_000)));
        apiBody(cases, "customerName nested 5000 arrays deep", valid -> valid.replaceFirst(
                "\"customerName\":\"[^\"]*\"", "\"customerName\":" + "[".repeat(5000) + "]".repeat(5000)));
        byte[] invalidUtf8 = utf8(validApiBody().replaceFirst("\"contactName\":\"[^\"]*\"", "\"contactName\":\"@@@\""));
        replaceAll(invalidUtf8, "@@@", new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        cases.add(new Hostile("api body: invalid UTF-8 bytes in contactName", API, JSON_TYPE, invalidUtf8,
                Expect.field("body")));
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/xml",
                "application/octet-stream", "multipart/form-data; boundary=x")) {
            cases.add(new Hostile("api valid filing sent as " + type, API, type, utf8(validApiBody()),
                    Expect.unsupportedMediaType()));
        }
        return cases.stream();
    }

    private static void apiBody(List<Hostile> cases, String label, UnaryOperator<String> breakValidBody) {
        cases.add(new Hostile("api body: " + label, API, JSON_TYPE, utf8(breakValidBody.apply(validApiBody())),
                Expect.field("body")));
    }

    /** A valid filing of a customer of its own, so that a body wrongly accepted does not turn the next into a 409. */
    private static String validApiBody() {
        return json(Filings.enterprise(EngineActions.nextCustomer()));
    }

    private static String validEngineBody() {
        return json(engineBody(Filings.enterprise(EngineActions.nextCustomer())));
    }

    static Stream<Hostile> engineCases() {
        List<Hostile> cases = new ArrayList<>();
        for (Break b : fieldBreaks()) {
            Map<String, Object> variables = b.variables.apply(EngineActions.nextCustomer());
            cases.add(new Hostile("engine " + b.label, ENGINE, JSON_TYPE, utf8(json(engineBody(variables))),
                    variables.values().stream().anyMatch(v -> v instanceof Raw)
                            ? Expect.camundaOrField(b.field) : Expect.field(b.field)));
        }
        // typed variables Camunda has to read first
        engineTyped(cases, "customerName typed Integer with letters", "customerName", typed("Integer", "abc"));
        engineTyped(cases, "expectedAmount typed Double with letters", "expectedAmount", typed("Double", "二十万"));
        engineTyped(cases, "expectedAmount typed Long with a fraction", "expectedAmount", typed("Long", "1.5"));
        engineTyped(cases, "expectedAmount typed Short out of range", "expectedAmount", typed("Short", 99999));
        engineTyped(cases, "visitTime typed Date with words", "visitTime", typed("Date", "next tuesday"));
        engineTyped(cases, "visitTime typed Date in the wrong pattern", "visitTime", typed("Date", "2027-06-10 10:00"));
        engineTyped(cases, "customerType typed Boolean maybe", "customerType", typed("Boolean", "maybe"));
        engineTyped(cases, "customerName of unknown type Foo", "customerName", typed("Foo", "重庆兆度"));
        engineTyped(cases, "customerName of empty type", "customerName", typed("", "重庆兆度"));
        engineTyped(cases, "customerName typed Null with a value", "customerName", typed("Null", "重庆兆度"));
        engineTyped(cases, "customerName typed Json, broken", "customerName", typed("Json", "{\"a\": "));
        engineTyped(cases, "customerName typed Json, not JSON", "customerName", typed("Json", "重庆兆度"));
        engineTyped(cases, "customerName typed Xml", "customerName", typed("Xml", "<a>"));
        engineTyped(cases, "customerName typed Object, garbage JSON", "customerName", typedObject("{garbage",
                "java.util.HashMap", "application/json"));
        engineTyped(cases, "customerName typed Object, no valueInfo", "customerName", typed("Object", "{}"));
        engineTyped(cases, "customerName typed Object of an unknown class", "customerName", typedObject("{}",
                "com.example.Nope", "application/json"));
        engineTyped(cases, "customerName typed Object of a dangerous class", "customerName", typedObject("{}",
                "java.lang.ProcessBuilder", "application/json"));
        engineTyped(cases, "customerName typed Object, Java serialization", "customerName", typedObject(
                "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==", "java.util.HashMap", "application/x-java-serialized-object"));
        engineTyped(cases, "customerName typed Object, unknown data format", "customerName", typedObject("{}",
                "java.util.HashMap", "application/x-nope"));
        engineTyped(cases, "customerName typed File, garbage", "customerName", new Typed(orderedMap("value", "%%%",
                "type", "File", "valueInfo", orderedMap("filename", "a.txt"))));
        engineTyped(cases, "customerName typed Bytes", "customerName", typed("Bytes", "AAEC"));
        engineTyped(cases, "contactPhone as a bare value, not a typed variable", "contactPhone",
                new Typed(orderedMap("phone", "13800000000")));
        engineTyped(cases, "extra variable typed Json, broken", "extra", typed("Json", "[1, 2"));
        engineTyped(cases, "extra variable typed Object, garbage JSON", "extra", typedObject("}{",
                "java.util.ArrayList", "application/json"));
        engineTyped(cases, "extra variable typed Object, Java serialization", "extra", typedObject("AAAA",
                "java.util.ArrayList", "application/x-java-serialized-object"));

        engineBody(cases, "JSON null", valid -> "null");
        engineBody(cases, "JSON array", valid -> "[]");
        engineBody(cases, "JSON string", valid -> "\"start\"");
        engineBody(cases, "not JSON at all", valid -> "start please");
        engineBody(cases, "truncated in the middle", valid -> valid.substring(0, valid.length() / 2));
        engineBody(cases, "lone opening brace", valid -> "{");
        engineBody(cases, "single-quoted JSON", valid -> valid.replace('"', '\''));
        engineBody(cases, "variables is an array", valid -> "{\"variables\": []}");
        engineBody(cases, "variables is a string", valid -> "{\"variables\": \"customerName\"}");
        engineBody(cases, "variables hold plain values", valid -> "{\"variables\": {\"customerName\": \"重庆兆度\"}}");
        engineBody(cases, "valueInfo is a string", "variables.customerName.valueInfo", valid -> "{\"variables\": {\"customerName\": {\"value\": \"x\", "
                + "\"type\": \"String\", \"valueInfo\": \"oops\"}}}");
        engineBody(cases, "businessKey is an object", "businessKey", valid -> valid.substring(0, valid.length() - 1)
                + ", \"businessKey\": {}}");
        engineBody(cases, "startInstructions is a string", "startInstructions", valid -> valid.substring(0, valid.length() - 1)
                + ", \"startInstructions\": \"x\"}");
        engineBody(cases, "value nested 5000 arrays deep", "body", valid -> valid.replaceFirst(
                "\"customerName\":\\{\"value\":\"[^\"]*\"", "\"customerName\":{\"value\":" + "[".repeat(5000)
                        + "]".repeat(5000)));
        // Camunda hands an empty body or no variables to the start as "no variables": the application names them all
        cases.add(new Hostile("engine body: empty", ENGINE, JSON_TYPE, new byte[0], Expect.field("customerType")));
        cases.add(new Hostile("engine body: no variables at all", ENGINE, JSON_TYPE, utf8("{}"),
                Expect.field("customerType")));
        cases.add(new Hostile("engine body: variables null", ENGINE, JSON_TYPE, utf8("{\"variables\": null}"),
                Expect.field("customerName")));
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/xml")) {
            cases.add(new Hostile("engine valid start sent as " + type, ENGINE, type, utf8(validEngineBody()),
                    Expect.unsupportedMediaType()));
        }
        return cases.stream();
    }

    private static void engineTyped(List<Hostile> cases, String label, String field, Typed variable) {
        Map<String, Object> variables = Filings.enterprise(EngineActions.nextCustomer());
        variables.put(field, variable);
        cases.add(new Hostile("engine " + label, ENGINE, JSON_TYPE, utf8(json(engineBody(variables))),
                Expect.camundaOrField(field)));
    }

    private static void engineBody(List<Hostile> cases, String label, UnaryOperator<String> breakValidBody) {
        engineBody(cases, label, "body", breakValidBody);
    }

    /** Well-formed JSON with a part of the wrong shape: the 400 names that part. */
    private static void engineBody(List<Hostile> cases, String label, String field, UnaryOperator<String> breakValidBody) {
        cases.add(new Hostile("engine body: " + label, ENGINE, JSON_TYPE, utf8(breakValidBody.apply(validEngineBody())),
                Expect.camundaOrField(field)));
    }

    /** Every break of one field, each on an otherwise valid filing; the same list feeds both doors. */
    static List<Break> fieldBreaks() {
        List<Break> breaks = new ArrayList<>();

        // missing, empty, blank, invisible
        Map<String, Object> blanks = orderedMap("null", null, "empty", "", "blank", " \t ");
        Map<String, Object> invisible = orderedMap("ideographic space", "\u3000", "no-break space", "\u00A0",
                "zero-width space", "\u200B");
        for (String field : REQUIRED_FOR_ENTERPRISE) {
            breaks.add(enterprise("missing " + field, field, v -> v.remove(field)));
            blanks.forEach((label, value) -> breaks.add(enterprise(field + " " + label, field, v -> v.put(field, value))));
            if (FREE_TEXT.containsKey(field)) {
                invisible.forEach((label, value) -> breaks.add(enterprise(field + " " + label, field,
                        v -> v.put(field, value))));
            }
        }

        // wrong JSON types
        Map<String, Object> notText = orderedMap("number", 42, "boolean", true, "object", orderedMap("a", 1),
                "array", List.of("x"));
        // on an individual customer, whose name is no key: a name wrongly stored as "42" by one door cannot turn the
        // other door's case into a 409
        for (String field : TEXT_FIELDS) {
            notText.forEach((label, value) -> breaks.add(individual(field + " as a " + label, field,
                    v -> v.put(field, value))));
        }
        Map<String, Object> notAmount = orderedMap("word", "二十万", "boolean", true, "object", orderedMap("v", 200000),
                "array", List.of(200000));
        notAmount.forEach((label, value) -> breaks.add(enterprise("expectedAmount as a " + label, "expectedAmount",
                v -> v.put("expectedAmount", value))));

        // phones
        List<String> badPhones = List.of("138abcd8000", "一三八一二三四八〇〇〇", "13812", "1381234800", "138123480001",
                "12012345678", "00000000000", "+1 415 555 2671", "+44 20 7946 0958", "+852 2123 4567",
                "138 1234 8000 转 12", "tel:13812348000", "13812348000;13912340000", "010-123456");
        for (String field : List.of("contactPhone", "relativePhone")) {
            for (String phone : badPhones) {
                breaks.add(enterprise(field + " " + phone, field, v -> v.put(field, phone)));
            }
        }
        breaks.add(enterprise("relativePhone equal to contactPhone", "relativePhone",
                v -> v.put("relativePhone", v.get("contactPhone"))));

        // ID numbers (individual customers)
        String validId = idNumber("11010519491231002");
        Map<String, String> badIds = orderedMap(
                "bad check digit", validId.substring(0, 17) + (validId.charAt(17) == '0' ? '1' : '0'),
                "30 February", idNumber("11010519490230002"),
                "month 13", idNumber("11010519491301002"),
                "day 32", idNumber("11010519490132002"),
                "born 0000-00-00", idNumber("11010500000000002"),
                "born in the future", idNumber("11010520991231002"),
                "15-digit legacy form", "110105491231002",
                "17 digits", validId.substring(0, 17),
                "19 digits", validId + "1",
                "letter inside", "1101051949A231002X",
                "passport with 7 digits", "E1234567");
        badIds.forEach((label, id) -> breaks.add(individual("idNumber " + label, "idNumber",
                v -> v.put("idNumber", id))));

        // unified social credit codes
        breaks.add(enterprise("creditCode bad check character", "creditCode", v -> {
            String code = (String) v.get("creditCode");
            char last = code.charAt(17);
            v.put("creditCode", code.substring(0, 17) + (last == 'A' ? 'B' : 'A'));
        }));
        for (char forbidden : new char[] {'I', 'O', 'S', 'V', 'Z'}) {
            breaks.add(enterprise("creditCode with " + forbidden, "creditCode", v -> {
                String code = (String) v.get("creditCode");
                v.put("creditCode", code.substring(0, 9) + forbidden + code.substring(10));
            }));
        }
        breaks.add(enterprise("creditCode 17 characters", "creditCode",
                v -> v.put("creditCode", ((String) v.get("creditCode")).substring(0, 17))));
        breaks.add(enterprise("creditCode 19 characters", "creditCode",
                v -> v.put("creditCode", v.get("creditCode") + "0")));
        breaks.add(enterprise("creditCode in Chinese", "creditCode",
                v -> v.put("creditCode", "统一社会信用代码九一五零零零零零")));
        breaks.add(individual("creditCode of an individual, bad", "creditCode",
                v -> v.put("creditCode", "91500000ABC")));

        // oversized
        String tenKb = "客".repeat(10 * 1024);
        String oneMb = "A".repeat(1024 * 1024);
        for (String field : TEXT_FIELDS) {
            breaks.add(enterprise(field + " 10k characters", field, v -> v.put(field, tenKb)));
            breaks.add(enterprise(field + " 1 MB", field, v -> v.put(field, oneMb)));
        }
        FREE_TEXT.forEach((field, max) -> breaks.add(enterprise(field + " one character too long (" + (max + 1) + ")",
                field, v -> v.put(field, "x".repeat(max + 1)))));

        // control characters, bidi overrides, lone surrogates
        Map<String, String> controls = orderedMap("NUL", "\u0000", "BEL", "\u0007", "ESC", "\u001B", "DEL", "\u007F",
                "C1 CSI", "\u009B", "RIGHT-TO-LEFT OVERRIDE", "\u202E", "LEFT-TO-RIGHT EMBEDDING", "\u202A",
                "lone high surrogate", "\uD800", "lone low surrogate", "\uDFFF");
        for (String field : FREE_TEXT.keySet()) {
            controls.forEach((label, c) -> {
                if (List.of("customerName", "address", "visitPurpose").contains(field) || label.startsWith("NUL")
                        || label.startsWith("RIGHT") || label.startsWith("lone high")) {
                    breaks.add(enterprise(field + " with " + label, field, v -> {
                        String text = (String) v.getOrDefault(field, "示例文本");
                        v.put(field, text.charAt(0) + c + text.substring(1));
                    }));
                }
            });
        }
        breaks.add(enterprise("customerName starting with NUL", "customerName",
                v -> v.put("customerName", "\u0000" + v.get("customerName"))));
        breaks.add(enterprise("contactName ending with BEL", "contactName", v -> v.put("contactName", "马化腾\u0007")));
        for (String field : List.of("customerType", "region", "contactPhone", "creditCode", "visitTime")) {
            breaks.add(enterprise(field + " ending with NUL", field, v -> v.put(field, v.get(field) + "\u0000")));
        }
        breaks.add(enterprise("customerStage ending with NUL", "customerStage",
                v -> v.put("customerStage", "DEPOSIT\u0000")));
        breaks.add(individual("idNumber ending with NUL", "idNumber",
                v -> v.put("idNumber", v.get("idNumber") + "\u0000")));

        // SQL and HTML where the value has a shape
        for (String attack : List.of(SQL_OR, SQL_DROP, SCRIPT, IMG)) {
            for (String field : List.of("customerType", "contactPhone", "region", "visitTime", "customerStage",
                    "creditCode", "relativePhone", "expectedAmount")) {
                breaks.add(enterprise(field + " " + attack, field, v -> v.put(field, attack)));
            }
            breaks.add(individual("idNumber " + attack, "idNumber", v -> v.put("idNumber", attack)));
            breaks.add(enterprise("customerType ENTERPRISE" + attack, "customerType",
                    v -> v.put("customerType", "ENTERPRISE" + attack)));
        }

        // values outside their domain
        for (String type : List.of("PERSON", "个人", "ENTERPRISES")) {
            breaks.add(enterprise("customerType " + type, "customerType", v -> v.put("customerType", type)));
        }
        for (String region : List.of("north", "region-east", "*", "east,west")) {
            breaks.add(enterprise("region " + region, "region", v -> v.put("region", region)));
        }
        for (String time : List.of("next tuesday", "2027-02-30T10:00", "2027-13-01T10:00", "2027-06-10",
                "10:00", "2027-06-10T25:00", "2027-06-10 10:00", "1812348000000", "2027-06-10T10:00+25:00",
                "2027/06/10 10:00", "2027-06-10T10:00:00Z[Asia/Shanghai]")) {
            breaks.add(enterprise("visitTime " + time, "visitTime", v -> v.put("visitTime", time)));
        }
        for (String stage : List.of("SIGNED", "LOST", "PAID")) {
            breaks.add(enterprise("customerStage " + stage, "customerStage", v -> v.put("customerStage", stage)));
        }
        breaks.add(enterprise("address of four characters", "address", v -> v.put("address", "重庆渝北")));
        breaks.add(enterprise("expectedAmount -1", "expectedAmount", v -> v.put("expectedAmount", -1)));
        breaks.add(enterprise("expectedAmount -0.01", "expectedAmount", v -> v.put("expectedAmount", -0.01)));
        breaks.add(enterprise("expectedAmount 1e400", "expectedAmount",
                v -> v.put("expectedAmount", new Raw("1e400", "Double"))));
        breaks.add(enterprise("expectedAmount 1e20 (beyond any amount column)", "expectedAmount",
                v -> v.put("expectedAmount", 1e20)));
        return breaks;
    }

    private static Break enterprise(String label, String field, Consumer<Map<String, Object>> change) {
        return new Break(label, field, n -> {
            Map<String, Object> v = Filings.enterprise(n);
            change.accept(v);
            return v;
        });
    }

    private static Break individual(String label, String field, Consumer<Map<String, Object>> change) {
        return new Break(label, field, n -> {
            Map<String, Object> v = individualCustomer(n);
            change.accept(v);
            return v;
        });
    }

    /** {@link Filings#individual()} with a phone and ID number of its own, so that nothing wrongly accepted collides. */
    private static Map<String, Object> individualCustomer(int n) {
        Map<String, Object> v = Filings.individual();
        v.put("contactPhone", "137%08d".formatted(n));
        String birth = LocalDate.of(1950, 1, 1).plusDays(n % 20000).format(DateTimeFormatter.BASIC_ISO_DATE);
        v.put("idNumber", idNumber("110105" + birth + "%03d".formatted(n % 1000)));
        return v;
    }

    static Stream<String> hostileTexts() {
        return Stream.of(SQL_OR, SQL_DROP, "Robert'); DROP TABLE filing;--",
                "1' UNION SELECT * FROM customer_key_claim --", SCRIPT, IMG,
                "\"><svg onload=alert(document.cookie)>", "${7*7} #{7*7} {{7*7}}",
                "[点我](javascript:alert(1)) **粗体**", "&lt;b&gt; &amp; &#x3C;script", "%27%20or%201%3D1%20--",
                "O'Brien & 子公司 <有限> \\ \"引号\"");
    }

    /** A valid enterprise filing with {@code text} in every free-text field (names kept distinct per customer). */
    private static Map<String, Object> withTextEverywhere(int n, String text) {
        Map<String, Object> v = Filings.enterprise(n);
        v.put("customerName", text + " 第" + n + "号");
        v.put("contactName", text);
        v.put("address", text);
        v.put("visitPurpose", text);
        v.put("legalRepresentative", text);
        v.put("propertyId", text);
        v.put("projectName", text);
        v.put("demand", text);
        return v;
    }

    // ------------------------------------------------------------------------------------------------ bodies

    /** The engine REST start request: every variable typed as its JSON kind would be. */
    static Map<String, Object> engineBody(Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, typedVariable(value)));
        return orderedMap("variables", typed);
    }

    private static Object typedVariable(Object value) {
        if (value instanceof Typed t) {
            return t.dto;
        }
        if (value instanceof Raw raw) {
            return orderedMap("value", raw, "type", raw.engineType);
        }
        if (value == null) {
            return orderedMap("value", null, "type", "Null");
        }
        if (value instanceof String) {
            return typed("String", value).dto;
        }
        if (value instanceof Integer) {
            return typed("Integer", value).dto;
        }
        if (value instanceof Long) {
            return typed("Long", value).dto;
        }
        if (value instanceof Number) {
            return typed("Double", value).dto;
        }
        if (value instanceof Boolean) {
            return typed("Boolean", value).dto;
        }
        if (value instanceof Map<?, ?>) {
            return typed("Json", json(value)).dto;
        }
        if (value instanceof List<?>) {
            return typedObject(json(value), "java.util.ArrayList", "application/json").dto;
        }
        throw new IllegalArgumentException(String.valueOf(value));
    }

    private static Typed typed(String type, Object value) {
        return new Typed(orderedMap("value", value, "type", type));
    }

    private static Typed typedObject(String value, String className, String format) {
        return new Typed(orderedMap("value", value, "type", "Object",
                "valueInfo", orderedMap("objectTypeName", className, "serializationDataFormat", format)));
    }

    /** JSON with everything outside printable ASCII escaped, so that any string (lone surrogates too) arrives as sent. */
    static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.json);
        } else if (value instanceof Typed typed) {
            write(out, typed.dto);
        } else if (value instanceof String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || c > 0x7E) {
                    out.append("\\u").append(String.format("%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> e = entries.next();
                write(out, String.valueOf(e.getKey()));
                out.append(':');
                write(out, e.getValue());
                if (entries.hasNext()) {
                    out.append(',');
                }
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException(value.getClass().getName());
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void replaceAll(byte[] bytes, String marker, byte[] replacement) {
        byte[] m = utf8(marker);
        for (int i = 0; i + m.length <= bytes.length; i++) {
            boolean match = true;
            for (int j = 0; j < m.length && match; j++) {
                match = bytes[i + j] == m[j];
            }
            if (match) {
                System.arraycopy(replacement, 0, bytes, i, m.length);
            }
        }
    }

    /** GB 11643 check character appended to 17 digits. */
    private static String idNumber(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> orderedMap(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return map;
    }
}
