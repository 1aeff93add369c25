package io.baobei.e2e;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Camunda Form (form-js 1.8.7) as Tasklist renders it inside {@code .fjs-container}: fields are found
 * by their label text, as a person finds them.
 */
final class CamundaForm {

    /** The input a form-js label points to ({@code <label for>}), matched on the label's own text (no asterisk). */
    private static final String FIELD_BY_LABEL = """
            const [root, text] = arguments;
            for (const label of root.querySelectorAll('label.fjs-form-field-label[for]')) {
              const own = Array.from(label.childNodes).filter(n => n.nodeType === Node.TEXT_NODE)
                  .map(n => n.textContent).join('').trim();
              if (own === text && label.getClientRects().length > 0) {
                return document.getElementById(label.getAttribute('for'));
              }
            }
            return null;
            """;

    private final WebDriver driver;
    private final By container;
    private final WebDriverWait wait;

    CamundaForm(WebDriver driver, By container) {
        this.driver = driver;
        this.container = container;
        // AngularJS and form-js replace elements as they re-render: an element gone stale is looked up again
        this.wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class);
        wait.withMessage(() -> "a Camunda Form in " + container).until(d -> d.findElements(container).stream()
                .anyMatch(c -> c.isDisplayed() && !c.findElements(By.cssSelector("form.fjs-form")).isEmpty()));
    }

    WebElement root() {
        return driver.findElement(container);
    }

    /** The input of the field labelled {@code label}; waits for it (conditional fields appear later). */
    WebElement field(String label) {
        return wait.withMessage(() -> "form field labelled “" + label + "”").until(d -> {
            WebElement input = (WebElement) ((JavascriptExecutor) d).executeScript(FIELD_BY_LABEL, root(), label);
            return input;
        });
    }

    /** Types into a text field, text area or number field, replacing what was there, and leaves it. */
    CamundaForm fill(String label, String value) {
        WebElement input = field(label);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
        blur(input);
        return this;
    }

    /**
     * form-js's select is a custom drop-down: open it (a searchable one: type into it), then click the
     * option's text.
     */
    CamundaForm select(String label, String option) {
        WebElement field = fieldBox(label);
        By item = By.xpath(".//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + option + "']");
        List<WebElement> search = field.findElements(By.cssSelector("input.fjs-input"));
        if (!search.isEmpty()) {
            click(search.get(0));
            search.get(0).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            search.get(0).sendKeys(option);
        } else if (field.findElements(item).isEmpty()) {
            click(field.findElement(By.cssSelector(".fjs-select-display")));
        }
        wait.withMessage(() -> "option “" + option + "” of “" + label + "”")
                .until(d -> field.findElements(item).stream().anyMatch(WebElement::isDisplayed));
        click(field.findElement(item));
        wait.withMessage(() -> "“" + label + "” showing “" + option + "”").until(d -> option.equals(selected(label)));
        return this;
    }

    /** The text a select currently shows (a searchable select shows it in its input). */
    String selected(String label) {
        WebElement field = fieldBox(label);
        List<WebElement> display = field.findElements(By.cssSelector(".fjs-select-display"));
        return display.isEmpty() ? field.findElement(By.cssSelector("input.fjs-input")).getAttribute("value").trim()
                : display.get(0).getText().trim();
    }

    CamundaForm check(String label, boolean checked) {
        WebElement box = field(label);
        if (box.isSelected() != checked) {
            click(box);
        }
        wait.withMessage(() -> "“" + label + "” " + (checked ? "checked" : "unchecked")).until(d -> box.isSelected() == checked);
        return this;
    }

    /**
     * A datetime field is two inputs with labels of their own: the date (flatpickr, typed as mm/dd/yyyy)
     * and the time (hh:mm).
     */
    CamundaForm dateTime(String dateLabel, String timeLabel, java.time.LocalDateTime value) {
        WebElement date = field(dateLabel);
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        date.sendKeys("%02d/%02d/%04d".formatted(value.getMonthValue(), value.getDayOfMonth(), value.getYear()));
        date.sendKeys(Keys.ENTER);
        blur(date);
        WebElement time = field(timeLabel);
        time.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        time.sendKeys("%02d:%02d".formatted(value.getHour(), value.getMinute()));
        blur(time);
        return this;
    }

    String value(String label) {
        return field(label).getAttribute("value");
    }

    /** The validation messages shown under the field labelled {@code label}. */
    List<String> errors(String label) {
        return fieldBox(label).findElements(By.cssSelector(".fjs-form-field-error")).stream()
                .filter(WebElement::isDisplayed).map(e -> e.getText().trim()).filter(t -> !t.isEmpty()).toList();
    }

    /** Everything the form shows as text (text views, labels, values of read-only fields not included). */
    String text() {
        return root().getText();
    }

    /** Scrolls the first element showing {@code text} to the middle of the window (for the screenshot). */
    CamundaForm scrollTo(String text) {
        root().findElements(By.xpath(".//*[contains(normalize-space(.), '" + text + "')]")).stream()
                .reduce((outer, inner) -> inner) // the innermost: the last in document order among nested matches
                .ifPresent(e -> ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e));
        return this;
    }

    /** Clicks where a person would: scrolled to the middle of the window, clear of Tasklist's footer. */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Leaves the field, as tabbing away would (form-js shows a field's validation message on blur). */
    private void blur(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].blur();", element);
    }

    private WebElement fieldBox(String label) {
        return field(label).findElement(By.xpath(
                "./ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')][1]"));
    }
}
