package io.baobei.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.community.process_test_coverage.core.model.Collector;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The flow nodes and sequence flows the {@link ProcessTest} classes of this JVM walked: one suite per class
 * (its report in {@value #REPORT_DIRECTORY}/&lt;class&gt;/report.html), one run per test, and the union over
 * all classes per process ({@value #REPORT_DIRECTORY}/{@value #SUMMARY}).
 */
final class ProcessCoverage {

    static final String REPORT_DIRECTORY = "target/process-test-coverage";

    /** All process test classes of the run so far, one line per process. */
    static final String SUMMARY = "summary.txt";

    private static final Logger LOG = LoggerFactory.getLogger(ProcessCoverage.class);

    /** Flow node and sequence flow ids per model XML. */
    private static final Map<String, Set<String>> ELEMENTS = new HashMap<>();

    private static final DefaultCollector COLLECTOR = new DefaultCollector(new ExecutionContextModelProvider());

    /** What the engine reports outside a process test (other tests share the engine) is not coverage. */
    static final Collector OUTSIDE_PROCESS_TESTS = event -> {
    };

    private ProcessCoverage() {
    }

    static synchronized void startSuite(ProcessEngine engine, Class<?> testClass) {
        Suite suite = COLLECTOR.createSuite(new Suite(testClass.getName(), testClass.getName()));
        COLLECTOR.activateSuite(suite.getId());
        new ProcessEngineAdapter(engine, COLLECTOR).initializeListeners();
        ProcessCoverageGate.open();
    }

    static synchronized void startRun(String testName) {
        String suiteId = COLLECTOR.getActiveSuite().getId();
        Run run = COLLECTOR.createRun(new Run(UUID.randomUUID().toString(), testName), suiteId);
        COLLECTOR.activateRun(run.getId());
    }

    static synchronized void endSuite(ProcessEngine engine) {
        ProcessCoverageGate.close();
        new ProcessEngineAdapter(engine, OUTSIDE_PROCESS_TESTS).initializeListeners();
        Suite suite = COLLECTOR.getActiveSuite();
        CoverageReportUtil.createReport(COLLECTOR, REPORT_DIRECTORY);
        CoverageReportUtil.createJsonReport(COLLECTOR, REPORT_DIRECTORY);
        COLLECTOR.getModels().stream().filter(model -> !suite.getEvents(model.getKey()).isEmpty())
                .forEach(model -> LOG.info("Process-test coverage of {} by {}: {}", model.getKey(), suite.getName(),
                        percent(suite.calculateCoverage(model))));
        writeSummary();
    }

    /** The test classes that recorded coverage in this JVM. */
    static synchronized Set<String> testClasses() {
        return Set.copyOf(COLLECTOR.getSuites().keySet());
    }

    /** The union over every process test class of this JVM, per process key. */
    static synchronized List<ProcessFigure> figures() {
        return COLLECTOR.getModels().stream().map(ProcessCoverage::figure)
                .sorted(Comparator.comparing(ProcessFigure::processKey)).toList();
    }

    private static ProcessFigure figure(Model model) {
        Set<String> covered = COLLECTOR.getSuites().values().stream()
                .flatMap(suite -> suite.getEvents(model.getKey()).stream())
                .map(Event::getDefinitionKey).collect(Collectors.toCollection(TreeSet::new));
        Set<String> elements = ELEMENTS.computeIfAbsent(model.getXml(), ProcessCoverage::elements);
        Set<String> uncovered = elements.stream().filter(id -> !covered.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
        return new ProcessFigure(model.getKey(), elements.size() - uncovered.size(), elements.size(), uncovered);
    }

    private static Set<String> elements(String xml) {
        BpmnModelInstance bpmn = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return Stream.concat(
                        bpmn.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId),
                        bpmn.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void writeSummary() {
        List<String> lines = figures().stream().map(ProcessFigure::toString).toList();
        try {
            Files.write(Path.of(REPORT_DIRECTORY, SUMMARY), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String percent(double ratio) {
        return String.format("%.1f %%", ratio * 100);
    }

    /** Flow nodes and sequence flows of one process: how many the tests walked, of how many, and which not. */
    record ProcessFigure(String processKey, int covered, int total, Collection<String> uncovered) {

        double ratio() {
            return total == 0 ? 0 : (double) covered / total;
        }

        @Override
        public String toString() {
            return processKey + ": " + covered + "/" + total + " (" + percent(ratio()) + ")"
                    + (uncovered.isEmpty() ? "" : ", not walked: " + String.join(", ", uncovered));
        }
    }
}
