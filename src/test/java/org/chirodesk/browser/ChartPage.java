package org.chirodesk.browser;

import org.openqa.selenium.By;

/** A patient's clinical chart. */
public final class ChartPage {

    private final Browser browser;

    public ChartPage(Browser browser) {
        this.browser = browser;
    }

    public ChartPage write(String soapPart, String text) {
        var field = browser.fieldLabelled(browser.find(By.id("visit")), soapPart);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public ChartPage signNote() {
        return submit(By.id("visit:signNote"));
    }

    public ChartPage answer(String redFlag, String answer) {
        browser.click(By.xpath("//div[contains(@class,'red-flag')][.//label[normalize-space(.)='" + redFlag
                + "' or normalize-space(span)='" + redFlag + "']]//label[normalize-space(.)='" + answer + "']"));
        return this;
    }

    public ChartPage actionTaken(String text) {
        browser.fieldLabelled(browser.find(By.id("redFlags")), "Action taken").sendKeys(text);
        return this;
    }

    public ChartPage saveScreening() {
        return submit(By.id("redFlags:saveScreening"));
    }

    public boolean caudaEquinaAlertShown() {
        return browser.maybe(By.id("caudaEquinaAlert")).isPresent();
    }

    public String notes() {
        return browser.text(By.id("notes"));
    }

    public String message() {
        return browser.text(By.id("messages"));
    }

    private ChartPage submit(By button) {
        browser.clickAndAwaitChange(button, this::message);
        return this;
    }
}
