package io.baobei.platform.dmn;

import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.spi.el.DmnScriptEngineResolver;
import org.camunda.bpm.dmn.engine.impl.spi.el.ElProvider;

/**
 * A DMN engine that evaluates FEEL and nothing else: FEEL is the default language everywhere, and an
 * expression that still names JUEL or a script language (a table stored before the deployment checks, or
 * changed in the database) fails instead of running. The process engine's expression manager and script
 * engines, which BPMN uses, are not touched.
 */
public final class FeelOnlyDmnConfiguration {

    static final ElProvider NO_JUEL = expression -> {
        throw new DmnEngineException("Decision tables may use FEEL only: JUEL is not evaluated (" + expression + ")");
    };

    static final DmnScriptEngineResolver NO_SCRIPTS = language -> {
        throw new DmnEngineException("Decision tables may use FEEL only: expression language \"" + language + "\" is not evaluated");
    };

    private FeelOnlyDmnConfiguration() {
    }

    public static DefaultDmnEngineConfiguration restrict(DefaultDmnEngineConfiguration configuration) {
        configuration.setElProvider(NO_JUEL);
        configuration.setScriptEngineResolver(NO_SCRIPTS);
        configuration.enableFeelLegacyBehavior(false);
        configuration.setDefaultInputExpressionExpressionLanguage(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE);
        configuration.setDefaultInputEntryExpressionLanguage(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE);
        configuration.setDefaultOutputEntryExpressionLanguage(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE);
        configuration.setDefaultLiteralExpressionLanguage(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE);
        return configuration;
    }
}
