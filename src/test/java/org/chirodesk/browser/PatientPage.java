package org.chirodesk.browser;

import org.openqa.selenium.By;

/** Registering or editing one patient. */
public final class PatientPage {

    private final Browser browser;

    public PatientPage(Browser browser) {
        this.browser = browser;
    }

    public PatientPage fill(String label, String text) {
        var field = browser.fieldLabelled(browser.find(By.id("patient")), label);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public String value(String label) {
        return browser.fieldLabelled(browser.find(By.id("patient")), label).getAttribute("value");
    }

    /** Saves; waits for the page's answer, whether a message or a new page. */
    public PatientPage save() {
        return submit(By.id("patient:save"));
    }

    public PatientPage registerAnyway() {
        return submit(By.id("patient:registerAnyway"));
    }

    public PatientPage archive() {
        return submit(By.id("patient:archive"));
    }

    private PatientPage submit(By button) {
        browser.clickAndAwaitChange(button, this::state);
        return this;
    }

    private String state() {
        return browser.driver().getCurrentUrl() + browser.text(By.id("messages")) + fieldMessages();
    }

    public String message() {
        return browser.text(By.id("messages"));
    }

    public String fieldMessages() {
        return browser.fieldMessages();
    }

    public String duplicates() {
        return browser.maybe(By.id("duplicates"))
                .map(element -> element.getText())
                .orElse("");
    }
}
