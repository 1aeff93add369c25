package io.baobei.platform.engine;

import javax.xml.datatype.DatatypeFactory;

/**
 * Names the JDK's own {@link DatatypeFactory} in its system property, unless the JVM was started with another.
 * The engine parses a timer's ISO duration with a new {@code DatatypeFactory} each time ({@code DurationHelper}),
 * and without the property {@code DatatypeFactory.newInstance()} first searches every jar of the class path for a
 * provider through the service loader: 6 % of a filing's request CPU (four timers), to find none and fall back to
 * this same class. No jar of the application provides one ({@code EngineTuningTest}).
 */
final class DatatypeFactoryWithoutLookup {

    private DatatypeFactoryWithoutLookup() {
    }

    static void install() {
        if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
            System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        }
    }
}
