package io.baobei.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Numbered PNGs of each step under {@code target/e2e/<test>/}, so a failure can be looked at. */
final class Screenshots {

    static final Path ROOT = Path.of("target", "e2e");

    private final Path dir;
    private int step;

    Screenshots(String test) {
        this.dir = ROOT.resolve(test);
        try {
            Files.createDirectories(dir);
            try (var old = Files.list(dir)) {
                for (Path p : old.toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path take(WebDriver driver, String name) {
        Path file = dir.resolve("%02d-%s.png".formatted(++step, name.replaceAll("[^A-Za-z0-9_-]", "_")));
        try {
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // a dead browser cannot be photographed; the test's own failure says more
            return null;
        }
        return file;
    }

    /** The page's HTML beside the screenshots (for a failure). */
    void html(WebDriver driver, String name) {
        try {
            Files.writeString(dir.resolve("%02d-%s.html".formatted(++step, name)), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }
}
