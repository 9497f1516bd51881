package org.chirodesk.browser;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, on the clinic under test. Fields are found the way a
 * person finds them: by their visible label.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = setting("CHROMIUM_BIN", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = setting("CHROMEDRIVER", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final URL base;

    public Browser(URL base) {
        this.base = base;
        this.driver = start();
    }

    private static WebDriver start() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("The browser tests need Chromium and ChromeDriver (" + CHROMIUM + ", "
                    + CHROMEDRIVER + "). On Debian: apt-get install chromium chromium-driver");
        }
        try {
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1280,900",
                    "--user-data-dir=" + Files.createTempDirectory("chirodesk-chromium"));
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .build();
            return new ChromeDriver(service, options);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public void open(String path) {
        driver.get(base.toString().replaceFirst("/$", "") + "/" + path.replaceFirst("^/", ""));
    }

    public WebDriver driver() {
        return driver;
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public Optional<WebElement> maybe(By by) {
        return driver.findElements(by).stream().findFirst();
    }

    public String text(By by) {
        return find(by).getText();
    }

    /** The input that the visible label names, inside the given part of the page. */
    public WebElement fieldLabelled(SearchContext within, String label) {
        var forId = within.findElement(By.xpath(labelled(label))).getAttribute("for");
        return driver.findElement(By.id(forId));
    }

    /** A label by its text, whether plain or PrimeFaces' (text in a span, then a required mark). */
    static String labelled(String label) {
        return ".//label[normalize-space(text())='" + label
                + "' or normalize-space(span[contains(@class,'ui-outputlabel-label')])='" + label + "']";
    }

    public WebElement fieldLabelled(String label) {
        return fieldLabelled(driver, label);
    }

    public void type(String label, String text) {
        var field = fieldLabelled(label);
        field.clear();
        field.sendKeys(text);
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        // an ajax update may replace what the condition is reading: read again
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Clicks what the locator finds, finding it again if an ajax update has just replaced it. */
    public void click(By by) {
        waitFor(driver -> {
            driver.findElement(by).click();
            return true;
        });
    }

    /** Clicks, then waits until what the page shows has changed: the ajax answer or the next page. */
    public void clickAndAwaitChange(By button, Supplier<String> shown) {
        var before = shown.get();
        click(button);
        waitFor(driver -> !shown.get().equals(before));
    }

    public String pageText() {
        return find(By.tagName("body")).getText();
    }

    /** The texts of the messages shown under form fields, one a line. */
    public String fieldMessages() {
        return driver.findElements(By.cssSelector(".field .ui-message")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .reduce("", (a, b) -> a + b + "\n");
    }

    public String heading() {
        return text(By.tagName("h1"));
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(driver.manage().getCookieNamed(name)).map(cookie -> cookie.getValue());
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String setting(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).orElse(fallback);
    }
}
