package io.baobei.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The same model gets the same name under {@code spring-boot:run} (a directory) and {@code java -jar}. */
class ClasspathModelsTest {

    @Test
    void aDirectoryClasspathAndAFatJarGiveTheSameName() {
        assertThat(ClasspathModels.stableName("file:/home/dev/customer-filing/target/classes/dmn/protection-period.dmn", "dmn"))
                .isEqualTo("dmn/protection-period.dmn");
        assertThat(ClasspathModels.stableName(
                "jar:nested:/opt/app/customer-filing.jar/!BOOT-INF/classes/!/dmn/protection-period.dmn", "dmn"))
                .isEqualTo("dmn/protection-period.dmn");
        assertThat(ClasspathModels.stableName("jar:file:/opt/app.jar!/BOOT-INF/classes!/forms/follow-up.form", "forms"))
                .isEqualTo("forms/follow-up.form");
    }

    @Test
    void aCheckoutInsideAFolderNamedLikeAModelFolderStillGetsTheInnerName() {
        assertThat(ClasspathModels.stableName("file:/srv/bpmn/app/target/classes/bpmn/customer-filing.bpmn", "bpmn"))
                .isEqualTo("bpmn/customer-filing.bpmn");
    }

    @Test
    void aFileOutsideTheModelFolderIsRefused() {
        assertThatThrownBy(() -> ClasspathModels.stableName("file:/x/target/classes/other/a.dmn", "dmn"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loadsEveryModelOfTheThreeFolders() {
        assertThat(new ClasspathModels().load()).extracting(ModelResource::name)
                .contains("bpmn/customer-filing.bpmn", "dmn/approval-routing.dmn", "dmn/filing-deadlines.dmn",
                        "forms/filing-start.form")
                .allMatch(name -> name.matches("(bpmn|dmn|forms)/[a-z-]+\\.(bpmn|dmn|form)"));
    }
}
