package io.baobei.platform.validation;

/**
 * An exception that is the answer to a request (bad input, a caller who may not do this, something already done),
 * thrown on purpose, also inside engine commands (a start's first step, a task listener). The engine logs it like
 * its own {@code BadUserRequestException}, not as a failure ({@code platform.engine.BusinessRefusalLogging}).
 */
public interface BusinessRefusal {
}
