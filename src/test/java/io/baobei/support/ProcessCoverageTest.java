package io.baobei.support;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import io.baobei.support.ProcessCoverage.ProcessFigure;

/**
 * The process tests together walk every flow node and sequence flow of the filing and the collision. Runs after
 * all other test classes ({@link ProcessCoverageCheckLast}); judges only a run that held every {@link ProcessTest}.
 */
class ProcessCoverageTest {

    private static final Set<String> FULLY_COVERED = Set.of("customer-filing", "collision-resolution");

    @Test
    void everyFlowNodeAndSequenceFlowOfTheFilingAndTheCollisionIsWalked() {
        Set<String> missing = new TreeSet<>(processTestClasses());
        missing.removeAll(ProcessCoverage.testClasses());
        Assumptions.assumeTrue(missing.isEmpty(), () -> "judged only with every process test in the run; not run: " + missing);

        List<ProcessFigure> figures = ProcessCoverage.figures();
        Assertions.assertThat(figures).extracting(ProcessFigure::processKey).containsAll(FULLY_COVERED);
        Assertions.assertThat(figures).filteredOn(figure -> FULLY_COVERED.contains(figure.processKey()))
                .allSatisfy(figure -> Assertions.assertThat(figure.uncovered()).as(figure.toString()).isEmpty());
    }

    private static Set<String> processTestClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ProcessTest.class));
        Set<String> names = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("io.baobei")) {
            names.add(candidate.getBeanClassName());
        }
        return names;
    }
}
