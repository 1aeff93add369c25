package io.baobei.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import io.baobei.platform.validation.FieldError;
import io.baobei.platform.validation.InvalidInputException;

/** Each reason a new version of a rule table is refused before replay or deployment, and the shipped tables passing. */
class CandidateCheckTest {

    private final RuleCatalog catalog = new RuleCatalog();
    private final CandidateCheck check = new CandidateCheck(new CandidateEngine());

    @Test
    void everyShippedTablePasses() throws IOException {
        for (RuleTable table : catalog.all()) {
            byte[] xml = Files.readAllBytes(Path.of("dmn", table.key() + ".dmn"));
            assertThat(check.check(table, xml).xml()).as(table.key()).isEqualTo(xml);
        }
    }

    @Test
    void aTableUnderAnotherDecisionKeyIsRefused() throws IOException {
        String renamed = shipped("protection-period").replace("id=\"protection-period\"", "id=\"protection-days\"")
                .replace("dmnElementRef=\"protection-period\"", "dmnElementRef=\"protection-days\"");

        assertThat(problems(() -> check("protection-period", renamed)))
                .containsExactly(new FieldError("decision", "决策键（id）应为 protection-period，文件中为 protection-days"));
    }

    @Test
    void aRenamedInputIsRefusedAsUnknownAndTheContractInputAsMissing() throws IOException {
        String renamed = shipped("protection-period").replace("<text>customerStage</text>", "<text>stage</text>");

        assertThat(problems(() -> check("protection-period", renamed))).extracting(FieldError::field)
                .containsExactlyInAnyOrder("input:stage", "input:customerStage");
        assertThat(problems(() -> check("protection-period", renamed))).extracting(FieldError::message)
                .contains("输入变量 stage 不存在（protection-period 的输入为 customerStage）",
                        "缺少输入 customerStage（没有输入列读取它）");
    }

    @Test
    void anInputNoColumnReadsIsRefusedAsMissing() throws IOException {
        String withoutRegion = shipped("approval-routing").replace("<text>region</text>", "<text>customerType</text>");

        assertThat(problems(() -> check("approval-routing", withoutRegion)))
                .containsExactly(new FieldError("input:region", "缺少输入 region（没有输入列读取它）"));
    }

    @Test
    void anExpressionOverContractInputsIsAcceptedAndOneOverAnUnknownVariableIsNot() throws IOException {
        String arbitration = shipped("ownership-arbitration");
        assertThat(arbitration).contains("<text>secondFollowUpScore - firstFollowUpScore</text>");
        check("ownership-arbitration", arbitration);

        String unknown = arbitration.replace("<text>secondFollowUpScore - firstFollowUpScore</text>",
                "<text>secondFollowUpScore - firstScore</text>");
        assertThat(problems(() -> check("ownership-arbitration", unknown))).extracting(FieldError::field)
                .containsExactlyInAnyOrder("input:firstScore", "input:firstFollowUpScore");
    }

    @Test
    void anArbitrationTableWithoutTheC6bEvidenceIsRefused() throws IOException {
        String withoutHelp = shipped("ownership-arbitration").replace("<text>helpRegistered</text>", "<text>firstFiled</text>");

        assertThat(problems(() -> check("ownership-arbitration", withoutHelp)))
                .containsExactly(new FieldError("input:helpRegistered", "缺少输入 helpRegistered（没有输入列读取它）"));
    }

    @Test
    void aRenamedOrMissingOutputIsRefused() throws IOException {
        String renamed = shipped("protection-period").replace("name=\"protectionDays\"", "name=\"days\"");
        assertThat(problems(() -> check("protection-period", renamed))).containsExactlyInAnyOrder(
                new FieldError("output:days", "输出 days 不存在（protection-period 的输出为 protectionDays）"),
                new FieldError("output:protectionDays", "缺少输出 protectionDays"));
    }

    @Test
    void aColumnOfTheWrongTypeIsRefused() throws IOException {
        String textDays = shipped("protection-period")
                .replace("name=\"protectionDays\" typeRef=\"integer\"", "name=\"protectionDays\" typeRef=\"string\"");
        assertThat(problems(() -> check("protection-period", textDays))).containsExactly(
                new FieldError("output:protectionDays", "输出 protectionDays 的类型应为 integer，文件中为 string"));

        String integerAmount = shipped("approval-routing")
                .replace("id=\"InputExpression_expectedAmount\" typeRef=\"double\"", "id=\"InputExpression_expectedAmount\" typeRef=\"integer\"");
        assertThat(integerAmount).isNotEqualTo(shipped("approval-routing"));
        assertThat(problems(() -> check("approval-routing", integerAmount))).containsExactly(
                new FieldError("input:expectedAmount", "输入 expectedAmount 的类型应为 double（合同类型 number），文件中为 integer"));
    }

    @Test
    void aTableWithoutHistoryTimeToLiveIsRefused() throws IOException {
        String noTtl = shipped("filing-deadlines").replace(" camunda:historyTimeToLive=\"180\"", "");
        assertThat(noTtl).isNotEqualTo(shipped("filing-deadlines"));

        assertThat(problems(() -> check("filing-deadlines", noTtl))).extracting(FieldError::field)
                .containsExactly("historyTimeToLive");
    }

    @Test
    void somethingThatIsNotXmlOrNotDmnIsRefused() throws IOException {
        assertThat(problems(() -> check("protection-period", "INQUIRY = 10 days"))).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("dmn");
                    assertThat(problem.message()).startsWith("不是有效的 XML");
                });

        String bpmn = Files.readString(Path.of("bpmn", "customer-filing.bpmn"));
        assertThat(problems(() -> check("protection-period", bpmn))).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("不是 DMN 文件"));

        assertThat(problems(() -> check.check(catalog.require("protection-period"), new byte[0])))
                .containsExactly(new FieldError("dmn", "缺少 DMN 文件内容"));
    }

    @Test
    void aFileTheEngineCannotParseIsRefused() throws IOException {
        String brokenHitPolicy = shipped("protection-period").replace("hitPolicy=\"UNIQUE\"", "hitPolicy=\"SOMETIMES\"");
        assertThat(problems(() -> check("protection-period", brokenHitPolicy))).singleElement()
                .satisfies(problem -> assertThat(problem.field()).isEqualTo("dmn"));

        String secondDecision = shipped("protection-period").replace("<dmndi:DMNDI>",
                "<decision id=\"other\" name=\"x\" /><dmndi:DMNDI>");
        assertThat(problems(() -> check("protection-period", secondDecision)))
                .containsExactly(new FieldError("decision", "文件只能包含决策 protection-period，另有：other"));
    }

    private Candidate check(String key, String xml) {
        return check.check(catalog.require(key), xml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<FieldError> problems(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) thrown).errors();
    }

    private static String shipped(String key) throws IOException {
        return Files.readString(Path.of("dmn", key + ".dmn"));
    }
}
