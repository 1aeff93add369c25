package io.baobei.platform.dmn;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.api.EvaluationFailure;
import org.camunda.feel.api.EvaluationFailureType;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.EvaluationFailureCollector;
import org.camunda.feel.impl.interpreter.FeelInterpreter;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValFatalError;

import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;

/**
 * Camunda's FEEL engine with its two costs per evaluation taken out: feel-scala 1.19 parses the expression again
 * and builds its table of built-in functions again each time it evaluates one (a third of a filing's request
 * CPU went there: three decision tables, every input entry of every rule). Here each expression text is parsed
 * and validated once, and the built-in functions are built once; evaluation is the feel-scala interpreter's own,
 * with a fresh failure collector each time, and its results and failures read as {@code FeelEngine.evaluate}
 * reads them (an exception inside an expression becomes the same {@link FeelException}). Only the process
 * engine's DMN engine uses it, so only deployed decisions fill it; a new table version brings new texts, parsed on
 * first use. The cache is bounded by the length of the texts it holds: a text longer than
 * {@value #LONGEST_CACHED_TEXT} characters is parsed each time, and the cache starts over when its texts would
 * exceed {@value #CACHED_TEXT_BUDGET} characters (the tables of {@code dmn/} hold about 10,000).
 */
final class ParsedOnceFeelEngine extends ScalaFeelEngine {

    static final int LONGEST_CACHED_TEXT = 2_000;
    static final int CACHED_TEXT_BUDGET = 500_000;
    private static final String INPUT_VARIABLE = "inputVariableName";

    private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
    private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();
    private final FeelInterpreter interpreter;
    private final FunctionProvider functions;
    private long cachedText;

    ParsedOnceFeelEngine(List<FeelCustomFunctionProvider> customFunctions) {
        super(customFunctions);
        interpreter = new FeelInterpreter(feelEngine.valueMapper());
        functions = new FunctionProvider.CompositeFunctionProvider(scalaList(
                new BuiltinFunctions(feelEngine.clock(), feelEngine.valueMapper()), feelEngine.functionProvider()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
        ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
        return (T) evaluate(parsed, new VariablesOnly(new ContextVariableWrapper(variableContext)));
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
        ParsedExpression parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
        VariableProvider variables = new VariableProvider.CompositeVariableProvider(scalaList(
                new VariableProvider.StaticVariableProvider(
                        new camundajar.impl.scala.collection.immutable.Map.Map1<>(INPUT_VARIABLE, inputVariable)),
                new ContextVariableWrapper(variableContext)));
        return BoxesRunTime.unboxToBoolean(evaluate(parsed, new VariablesOnly(variables)));
    }

    private ParsedExpression parsed(Map<String, ParsedExpression> cache, String expression,
            Function<String, Either<Failure, ParsedExpression>> parser) {
        ParsedExpression parsed = cache.get(expression);
        if (parsed != null) {
            return parsed;
        }
        Either<Failure, ParsedExpression> result = parser.apply(expression);
        if (result instanceof Left<Failure, ParsedExpression> failure) {
            throw failed(failure.value().message());
        }
        parsed = result.toOption().get();
        if (expression.length() <= LONGEST_CACHED_TEXT) {
            remember(cache, expression, parsed);
        }
        return parsed;
    }

    /** On a miss only: evaluations of cached texts never wait here. */
    private synchronized void remember(Map<String, ParsedExpression> cache, String expression, ParsedExpression parsed) {
        if (cachedText + expression.length() > CACHED_TEXT_BUDGET) {
            expressions.clear();
            unaryTests.clear();
            cachedText = 0;
        }
        if (cache.putIfAbsent(expression, parsed) == null) {
            cachedText += expression.length();
        }
    }

    /** How many characters of expression text the cache holds (a test's view on the bound). */
    long cachedTextLength() {
        return expressions.keySet().stream().mapToLong(String::length).sum()
                + unaryTests.keySet().stream().mapToLong(String::length).sum();
    }

    private Object evaluate(ParsedExpression parsed, Context variables) {
        EvalContext context = new EvalContext(feelEngine.valueMapper(), VariableProvider.EmptyVariableProvider$.MODULE$,
                functions, new EvaluationFailureCollector()).merge(variables);
        Val result;
        try {
            result = interpreter.eval(parsed.expression(), context);
        } catch (Exception e) {
            throw failed("failed to evaluate expression '" + parsed.text() + "' : " + e);
        }
        String assertion = assertionFailure(context);
        if (assertion != null) {
            throw failed("Assertion failure on evaluate the expression '" + parsed.text() + "': " + assertion);
        }
        String error = evaluationError(result);
        if (error != null) {
            throw failed("failed to evaluate expression '" + parsed.text() + "': " + error);
        }
        return feelEngine.valueMapper().unpackVal(result);
    }

    private static String evaluationError(Val result) {
        if (result instanceof ValError error) {
            return error.error();
        }
        if (result instanceof ValFatalError error) {
            return error.error();
        }
        return null;
    }

    private static String assertionFailure(EvalContext context) {
        var failures = context.failureCollector().failures();
        for (var it = failures.iterator(); it.hasNext(); ) {
            EvaluationFailure failure = it.next();
            if (failure.failureType() == EvaluationFailureType.ASSERT_FAILURE$.MODULE$) {
                return failure.failureMessage();
            }
        }
        return null;
    }

    private static FeelException failed(String message) {
        return LOGGER.evaluationException(message);
    }

    @SafeVarargs
    private static <T> camundajar.impl.scala.collection.immutable.List<T> scalaList(T... elements) {
        return camundajar.impl.scala.jdk.javaapi.CollectionConverters.asScala(java.util.Arrays.asList(elements)).toList();
    }

    /** The variables of one evaluation; functions come from the engine's root context. */
    private static final class VariablesOnly extends CustomContext {

        private final VariableProvider variables;

        VariablesOnly(VariableProvider variables) {
            this.variables = variables;
        }

        @Override
        public VariableProvider variableProvider() {
            return variables;
        }
    }

    /** Builds the engine with the custom functions the DMN configuration holds when the DMN engine is built. */
    static final class Factory implements FeelEngineFactory {

        private final DefaultDmnEngineConfiguration configuration;

        Factory(DefaultDmnEngineConfiguration configuration) {
            this.configuration = configuration;
        }

        @Override
        public FeelEngine createInstance() {
            List<FeelCustomFunctionProvider> custom = configuration.getFeelCustomFunctionProviders();
            return new ParsedOnceFeelEngine(custom == null ? List.of() : custom);
        }
    }
}
