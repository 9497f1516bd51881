package org.chirodesk.browser;

import org.openqa.selenium.By;

/** The administrator's staff accounts page. */
public final class StaffPage {

    private final Browser browser;

    public StaffPage(Browser browser) {
        this.browser = browser;
    }

    public static StaffPage open(Browser browser) {
        browser.open("admin/staff.xhtml");
        return new StaffPage(browser);
    }

    public StaffPage openAccount(String username, String fullName, String role, String password) {
        var form = browser.find(By.id("open"));
        browser.fieldLabelled(form, "Username").sendKeys(username);
        browser.fieldLabelled(form, "Full name").sendKeys(fullName);
        form.findElement(By.xpath(".//label[normalize-space(text())='" + role + "']"))
                .click();
        browser.fieldLabelled(form, "First password").sendKeys(password);
        submit(By.id("open:openAccount"));
        return this;
    }

    public StaffPage select(String username) {
        browser.click(By.xpath("//tbody[@id='list:accounts_data']/tr[td[contains(., '" + username + "')]]/td[2]"));
        browser.waitFor(
                driver -> !driver.findElements(By.id("account:saveRoles")).isEmpty());
        return this;
    }

    /** Ticks or unticks a role of the selected account. */
    public StaffPage toggleRole(String role) {
        browser.find(By.id("account"))
                .findElement(By.xpath(Browser.labelled(role)))
                .click();
        return this;
    }

    public StaffPage saveRoles() {
        submit(By.id("account:saveRoles"));
        return this;
    }

    public StaffPage disable() {
        submit(By.id("account:disable"));
        return this;
    }

    public String message() {
        return browser.text(By.id("messages"));
    }

    public String fieldMessages() {
        return browser.fieldMessages();
    }

    /** Clicks and waits for the ajax answer: a new page message or a field message. */
    private void submit(By button) {
        browser.clickAndAwaitChange(button, () -> message() + fieldMessages());
    }
}
