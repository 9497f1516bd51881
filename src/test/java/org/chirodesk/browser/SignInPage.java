package org.chirodesk.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The sign-in page. */
public final class SignInPage {

    public static final String DEMO_PASSWORD = "chirodesk-demo";

    private final Browser browser;

    public SignInPage(Browser browser) {
        this.browser = browser;
    }

    public static SignInPage open(Browser browser) {
        browser.open("login.xhtml");
        return new SignInPage(browser);
    }

    public ClinicPage signInAs(String username, String password) {
        browser.type("Username", username);
        browser.type("Password", password);
        var page = browser.find(By.tagName("html"));
        browser.find(By.id("signIn:signInButton")).click();
        browser.waitFor(ExpectedConditions.stalenessOf(page)); // the next page, whichever it is
        browser.waitFor(driver -> !driver.findElements(By.tagName("h1")).isEmpty());
        return new ClinicPage(browser);
    }

    public ClinicPage signInAs(String username) {
        return signInAs(username, DEMO_PASSWORD);
    }

    public boolean isShown() {
        return browser.heading().equals("Sign in")
                && browser.maybe(By.id("signIn:username")).isPresent();
    }
}
