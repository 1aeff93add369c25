package io.baobei.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The table of capabilities (docs/architecture.md): which capability may use which, no cycles between capabilities
 * or packages, a repository used only inside its own package, an entity made only inside its capability, and no
 * capability reaching into another's process package.
 */
class CapabilityBoundariesTest {

    private static final String ROOT = "io.baobei";

    /**
     * Who may use whom. Subscribing to another capability's events counts as using it (the event types are
     * imported): that is how notification, audit, conduct and operations hear about filings and collisions.
     */
    private static final Map<String, Set<String>> MAY_USE = table(
            "platform", Set.of(),
            "customer", Set.of("platform"),
            "filing", Set.of("customer", "platform"),
            "attachment", Set.of("filing", "customer", "platform"),
            "collision", Set.of("filing", "customer", "platform"),
            "conduct", Set.of("collision", "filing", "platform"),
            "datarequest", Set.of("filing", "customer", "platform"),
            "notification", Set.of("collision", "conduct", "filing", "platform"),
            "audit", Set.of("filing", "platform"),
            "rules", Set.of("platform"),
            "reporting", Set.of("collision", "conduct", "filing", "customer", "platform"),
            "home", Set.of("collision", "filing", "customer", "platform"),
            "operations", Set.of("notification", "collision", "filing", "customer", "platform"));

    /** Two capabilities call into {@code filing.process}, each to one class only. */
    private static final Map<String, String> CALLS_INTO_FILING_PROCESS = Map.of(
            "io.baobei.collision.process.InformFilingDelegate", "io.baobei.filing.process.FilingReinstatement",
            "io.baobei.reporting.FilingSampleReviewService", "io.baobei.filing.process.FalseFilingInReview");

    /** Read from a table, but a value the capability takes from others too: collision hands the new shares in. */
    private static final Set<String> VALUES_OTHERS_GIVE = Set.of("io.baobei.filing.OwnerShare");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static Stream<Arguments> capabilities() {
        return MAY_USE.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} uses only {1}")
    @MethodSource("capabilities")
    void aCapabilityUsesOnlyWhatTheTableAllows(String capability, Set<String> mayUse) {
        String[] others = MAY_USE.keySet().stream()
                .filter(c -> !c.equals(capability) && !mayUse.contains(c))
                .map(c -> ROOT + "." + c + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage(ROOT + "." + capability + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("the table of capabilities lets " + capability + " use only " + new TreeSet<>(mayUse))
                .check(CLASSES);
    }

    @Test
    void everyCapabilityIsInTheTable() {
        classes().that().resideInAPackage(ROOT + "..").and().resideOutsideOfPackage(ROOT)
                .should(resideInACapabilityOfTheTable())
                .check(CLASSES);
    }

    @Test
    void noCyclesBetweenCapabilities() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** Finer: no package, a capability's process package included, depends back on one that depends on it. */
    @Test
    void noCyclesBetweenPackages() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void aRepositoryIsUsedOnlyInItsOwnPackage() {
        classes().that().haveSimpleNameEndingWith("Repository").and().resideInAPackage(ROOT + "..")
                .should().notBePublic().andShould(beUsedOnlyFromTheirOwnPackage())
                .check(CLASSES);
    }

    /**
     * An entity (what a repository maps its rows into) is made only inside its capability. Others may read one
     * that a service hands them ({@code Collision} on the home page, {@code ConductEntry} in notices and
     * reports); those only their package reads are package-private.
     */
    @Test
    void anEntityIsMadeOnlyInsideItsCapability() {
        Set<JavaClass> entities = entities();
        assertThat(entities).extracting(JavaClass::getSimpleName).contains("Filing", "Collision", "ConductEntry");
        for (JavaClass entity : entities) {
            String capability = capabilityOf(entity);
            noClasses().that().resideOutsideOfPackage(ROOT + "." + capability + "..")
                    .should().callConstructorWhere(DescribedPredicate.describe("a constructor of " + entity.getName(),
                            call -> call.getTargetOwner().equals(entity)))
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    private static Set<JavaClass> entities() {
        Set<JavaClass> entities = new HashSet<>();
        for (JavaClass repository : CLASSES) {
            if (repository.getSimpleName().endsWith("Repository") && repository.getPackageName().startsWith(ROOT + ".")) {
                repository.getConstructorCallsFromSelf().stream().map(call -> call.getTargetOwner())
                        .filter(target -> target.getPackageName().equals(repository.getPackageName()))
                        .filter(target -> !target.getSimpleName().endsWith("Exception")) // "not found", not a row
                        .filter(target -> !VALUES_OTHERS_GIVE.contains(target.getName()))
                        .forEach(entities::add);
            }
        }
        return entities;
    }

    private static String capabilityOf(JavaClass type) {
        return type.getPackageName().substring(ROOT.length() + 1).split("\\.")[0];
    }

    /** A capability's process package (delegates, listeners) is its own: others use the capability's services. */
    @Test
    void noOtherCapabilityUsesAProcessPackage() {
        for (String capability : MAY_USE.keySet()) {
            noClasses().that().resideOutsideOfPackage(ROOT + "." + capability + "..")
                    .and(notOneOf(CALLS_INTO_FILING_PROCESS.keySet()))
                    .should().dependOnClassesThat().resideInAPackage(ROOT + "." + capability + ".process..")
                    .check(CLASSES);
        }
        CALLS_INTO_FILING_PROCESS.forEach((caller, callee) -> noClasses().that().haveFullyQualifiedName(caller)
                .should().dependOnClassesThat(processClassOtherThan(callee))
                .check(CLASSES));
    }

    private static DescribedPredicate<JavaClass> notOneOf(Set<String> names) {
        return DescribedPredicate.describe("not one of " + new TreeSet<>(names), c -> !names.contains(c.getName()));
    }

    private static DescribedPredicate<JavaClass> processClassOtherThan(String allowed) {
        return DescribedPredicate.describe("a process class other than " + allowed,
                c -> c.getPackageName().startsWith(ROOT + ".") && c.getPackageName().endsWith(".process")
                        && !c.getName().equals(allowed));
    }

    private static ArchCondition<JavaClass> resideInACapabilityOfTheTable() {
        return new ArchCondition<>("reside in a capability of the table " + MAY_USE.keySet()) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String capability = capabilityOf(item);
                if (!MAY_USE.containsKey(capability)) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " is in " + capability
                            + ", which the table of capabilities does not list"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be used only from their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (Dependency use : repository.getDirectDependenciesToSelf()) {
                    if (!use.getOriginClass().getPackageName().equals(repository.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        };
    }

    private static Map<String, Set<String>> table(Object... rows) {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        for (int i = 0; i < rows.length; i += 2) {
            @SuppressWarnings("unchecked")
            Set<String> uses = (Set<String>) rows[i + 1];
            table.put((String) rows[i], uses);
        }
        return table;
    }
}
