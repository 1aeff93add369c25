package io.baobei.platform.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds the models that the pom copies from the top-level bpmn/, dmn/ and forms/ folders.
 * Names are the same whether the classpath is a directory ({@code spring-boot:run}) or a jar.
 */
public class ClasspathModels {

    private static final Map<String, String> EXTENSION_BY_FOLDER = Map.of(
            "bpmn", "bpmn",
            "dmn", "dmn",
            "forms", "form");

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    public List<ModelResource> load() {
        List<ModelResource> models = new ArrayList<>();
        EXTENSION_BY_FOLDER.forEach((folder, extension) -> models.addAll(load(folder, extension)));
        models.sort(Comparator.comparing(ModelResource::name));
        return models;
    }

    private List<ModelResource> load(String folder, String extension) {
        try {
            List<ModelResource> found = new ArrayList<>();
            for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/*." + extension)) {
                try (InputStream in = resource.getInputStream()) {
                    found.add(new ModelResource(stableName(resource.getURL().toString(), folder), in.readAllBytes()));
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read models from classpath folder " + folder, e);
        }
    }

    /** {@code file:/x/target/classes/dmn/a.dmn} and {@code jar:file:/app.jar!/BOOT-INF/classes!/dmn/a.dmn} both give {@code dmn/a.dmn}. */
    static String stableName(String url, String folder) {
        int at = url.lastIndexOf("/" + folder + "/");
        if (at < 0) {
            throw new IllegalArgumentException("Model " + url + " is not inside a " + folder + "/ folder");
        }
        return url.substring(at + 1);
    }
}
