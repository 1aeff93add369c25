package io.baobei.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;

import io.baobei.platform.validation.FieldErrors;

/**
 * A decision table's columns against its rule table: the input expressions read only the table's input
 * variables, and each of them; a column that reads one variable as is has that variable's type; the
 * outputs are exactly the table's outputs, with their types.
 */
final class ColumnCheck {

    private ColumnCheck() {
    }

    static void check(RuleTable table, DecisionTable decisionTable, FieldErrors errors) {
        inputs(table, decisionTable.getInputs(), errors);
        outputs(table, decisionTable.getOutputs(), errors);
    }

    private static void inputs(RuleTable table, Collection<Input> inputs, FieldErrors errors) {
        Set<String> read = new LinkedHashSet<>();
        for (Input input : inputs) {
            String expression = expressionOf(input);
            if (isBlank(expression)) {
                errors.add("input:" + columnName(input), "输入列“" + columnName(input) + "”没有输入表达式");
                continue;
            }
            for (String name : ExpressionNames.of(expression)) {
                if (table.inputNames().contains(name)) {
                    read.add(name);
                } else {
                    errors.add("input:" + name, "输入变量 " + name + " 不存在（" + table.key() + " 的输入为 "
                            + String.join("、", table.inputNames()) + "）");
                }
            }
            if (ExpressionNames.isBareName(expression)) {
                table.inputs().stream().filter(field -> field.name().equals(expression.trim())).findFirst()
                        .ifPresent(field -> checkType("input:" + field.name(), "输入 " + field.name(), field.type(),
                                input.getInputExpression().getTypeRef(), errors));
            }
        }
        for (String name : table.inputNames()) {
            if (!read.contains(name)) {
                errors.add("input:" + name, "缺少输入 " + name + "（没有输入列读取它）");
            }
        }
    }

    private static void outputs(RuleTable table, Collection<Output> outputs, FieldErrors errors) {
        List<String> present = new ArrayList<>();
        for (Output output : outputs) {
            String name = output.getName();
            if (isBlank(name)) {
                errors.add("output:" + columnName(output), "输出列“" + columnName(output) + "”缺少输出名称（name）");
                continue;
            }
            present.add(name);
            table.outputs().stream().filter(field -> field.name().equals(name)).findFirst().ifPresentOrElse(
                    field -> checkType("output:" + name, "输出 " + name, field.type(), output.getTypeRef(), errors),
                    () -> errors.add("output:" + name, "输出 " + name + " 不存在（" + table.key() + " 的输出为 "
                            + String.join("、", table.outputs().stream().map(RuleField::name).toList()) + "）"));
        }
        for (RuleField field : table.outputs()) {
            if (!present.contains(field.name())) {
                errors.add("output:" + field.name(), "缺少输出 " + field.name());
            }
        }
    }

    private static void checkType(String field, String what, ContractType type, String typeRef, FieldErrors errors) {
        if (!type.acceptsTypeRef(typeRef)) {
            errors.add(field, what + " 的类型应为 " + type.expected() + "，文件中为 "
                    + (isBlank(typeRef) ? "（未声明类型）" : typeRef));
        }
    }

    private static String expressionOf(Input input) {
        if (input.getInputExpression() == null || input.getInputExpression().getText() == null) {
            return null;
        }
        return input.getInputExpression().getText().getTextContent();
    }

    private static String columnName(Input input) {
        return isBlank(input.getLabel()) ? input.getId() : input.getLabel();
    }

    private static String columnName(Output output) {
        return isBlank(output.getLabel()) ? output.getId() : output.getLabel();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
