package org.chirodesk.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The front desk's patient search. */
public final class PatientListPage {

    private final Browser browser;

    public PatientListPage(Browser browser) {
        this.browser = browser;
    }

    public static PatientListPage open(Browser browser) {
        browser.open("patients/index.xhtml");
        return new PatientListPage(browser);
    }

    public PatientPage register() {
        browser.click(By.id("find:register"));
        browser.waitFor(driver -> driver.getCurrentUrl().contains("patients/edit.xhtml"));
        return new PatientPage(browser);
    }

    public PatientListPage find(String text) {
        var box = browser.fieldLabelled("Find a patient");
        box.clear();
        box.sendKeys(text);
        return submit(By.id("find:search"));
    }

    public PatientListPage includeArchived() {
        return submit(By.cssSelector("#find\\:includeArchived .ui-chkbox-box"));
    }

    private PatientListPage submit(By by) {
        browser.clickAndAwaitChange(by, this::rowsText);
        return this;
    }

    private String rowsText() {
        return browser.text(By.id("find:patients_data"));
    }

    public List<String> names() {
        return browser.driver().findElements(By.cssSelector("#find\\:patients_data a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public PatientPage openPatient(String name) {
        browser.click(By.linkText(name));
        browser.waitFor(driver -> driver.getCurrentUrl().contains("patients/edit.xhtml"));
        return new PatientPage(browser);
    }
}
