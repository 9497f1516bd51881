package org.chirodesk.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Any page of the signed-in clinic: its top bar, menu and content. */
public final class ClinicPage {

    private final Browser browser;

    public ClinicPage(Browser browser) {
        this.browser = browser;
    }

    public List<String> menu() {
        return browser.driver().findElements(By.cssSelector("nav.menu a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public String signedInUser() {
        return browser.text(By.id("signedInUser"));
    }

    public String signedInRoles() {
        return browser.text(By.id("signedInRoles"));
    }

    public String heading() {
        return browser.heading();
    }

    public ClinicPage follow(String menuItem) {
        browser.find(By.linkText(menuItem)).click();
        return this;
    }

    public String figure(String id) {
        return browser.find(By.cssSelector("#" + id + " .number")).getText();
    }

    public SignInPage signOut() {
        browser.find(By.id("signOut:signOutButton")).click();
        browser.waitFor(driver -> driver.getCurrentUrl().contains("login.xhtml"));
        return new SignInPage(browser);
    }
}
