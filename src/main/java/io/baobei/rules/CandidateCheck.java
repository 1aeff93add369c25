package io.baobei.rules;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.xml.ModelException;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

import io.baobei.platform.dmn.FeelOnly;
import io.baobei.platform.dmn.FeelSyntax;
import io.baobei.platform.dmn.ForeignExpression;
import io.baobei.platform.validation.FieldErrors;

/**
 * Checks a new version of a rule table before it is replayed or deployed: a DMN file holding exactly the
 * decision of that key, in FEEL only ({@link FeelOnly}, checked before the DMN engine sees the file) that parses
 * as FEEL ({@link FeelSyntax}), as a decision table, with a history time to live, the table's columns ({@link ColumnCheck}), and parsed by the DMN
 * engine. Every problem is reported at once, named by field ({@code dmn}, {@code expressionLanguage},
 * {@code expression}, {@code decision}, {@code historyTimeToLive}, {@code input:<name>}, {@code output:<name>}).
 */
@Component
public class CandidateCheck {

    static final int MAX_BYTES = 1024 * 1024;

    private final CandidateEngine engine;

    public CandidateCheck(CandidateEngine engine) {
        this.engine = engine;
    }

    public Candidate check(RuleTable table, byte[] xml) {
        FieldErrors errors = new FieldErrors();
        DecisionTable decisionTable = decisionTable(table, xml, errors);
        if (decisionTable != null) {
            ColumnCheck.check(table, decisionTable, errors);
            if (errors.isEmpty()) {
                parse(table, (DmnModelInstance) decisionTable.getModelInstance(), errors);
            }
        }
        errors.throwIfAny();
        return new Candidate(table, xml);
    }

    private DecisionTable decisionTable(RuleTable table, byte[] xml, FieldErrors errors) {
        if (xml == null || xml.length == 0) {
            errors.add("dmn", "缺少 DMN 文件内容");
            return null;
        }
        if (xml.length > MAX_BYTES) {
            errors.add("dmn", "文件过大（最多 1 MB）");
            return null;
        }
        Element root = DmnDocument.dmnRoot(xml, errors);
        if (root == null) {
            return null;
        }
        List<ForeignExpression> foreign = FeelOnly.foreignExpressions(root);
        if (!foreign.isEmpty()) {
            // refused before the DMN engine reads it, let alone evaluates it
            foreign.forEach(found -> errors.add("expressionLanguage", "规则表只能使用 FEEL（不能执行代码）：" + found.describe()));
            return null;
        }
        FeelSyntax.invalidExpressions(root)
                .forEach(invalid -> errors.add("expression", "表达式不是有效的 FEEL：" + invalid.describe()));
        DmnModelInstance model;
        try {
            model = engine.read(xml);
        } catch (ModelException e) {
            errors.add("dmn", "不符合 DMN 规范：" + rootMessage(e));
            return null;
        }
        Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
        Decision decision = decisions.stream().filter(d -> table.key().equals(d.getId())).findFirst().orElse(null);
        if (decision == null) {
            errors.add("decision", "决策键（id）应为 " + table.key() + "，文件中为 "
                    + (decisions.isEmpty() ? "（没有决策）" : String.join("、", decisions.stream().map(Decision::getId).toList())));
            return null;
        }
        if (decisions.size() > 1) {
            errors.add("decision", "文件只能包含决策 " + table.key() + "，另有："
                    + String.join("、", decisions.stream().map(Decision::getId).filter(id -> !table.key().equals(id)).toList()));
        }
        if (isBlank(decision.getCamundaHistoryTimeToLiveString())) {
            errors.add("historyTimeToLive", "决策 " + table.key() + " 缺少历史保留期（camunda:historyTimeToLive，例如 180）");
        }
        if (!(decision.getExpression() instanceof DecisionTable decisionTable)) {
            errors.add("decision", "决策 " + table.key() + " 应为决策表（decisionTable）");
            return null;
        }
        return decisionTable;
    }

    private void parse(RuleTable table, DmnModelInstance model, FieldErrors errors) {
        try {
            engine.parse(model, table.key());
        } catch (DmnEngineException e) {
            errors.add("dmn", "DMN 引擎无法解析：" + e.getMessage());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? e.getMessage() : cause.getMessage();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
