package org.chirodesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Staff sign in, see their role's menu, are refused other roles' pages by address, and sign out;
 * an administrator opens and disables an account, which is signed out at once. Driven through
 * headless Chromium against the shipped WAR.
 */
class StaffSignInIT extends BrowserTest {

    @Test
    void administratorSeesEverything() {
        var page = SignInPage.open(browser).signInAs("admin");
        assertEquals("Dashboard", page.heading());
        assertEquals(List.of("Dashboard", "Patients", "Exercise catalogue", "Staff accounts"), page.menu());
        assertEquals("Alex Admin", page.signedInUser());
        assertEquals("Administrator", page.signedInRoles());
        assertTrue(Integer.parseInt(page.figure("figurePatients")) >= 4, "the demo patients at least");
        assertEquals("5", page.figure("figureExercises"));
        page.follow("Staff accounts");
        assertEquals("Staff accounts", page.heading());
    }

    @Test
    void chiropractorSeesTheCatalogueButNotStaffAccounts() {
        var page = SignInPage.open(browser).signInAs("chiro");
        assertEquals(List.of("Dashboard", "Patients", "Exercise catalogue"), page.menu());
        assertEquals("Chiropractor", page.signedInRoles());
        page.follow("Exercise catalogue");
        assertEquals("Exercise catalogue", page.heading());
        var catCamel = browser.find(By.id("exercise-cat-camel")).getText();
        assertTrue(catCamel.contains("Start on all fours."), catCamel);
        assertTrue(catCamel.contains("8–12 reps, up to once an hour"), catCamel);
        assertTrue(catCamel.contains("Stop if it increases your pain."), catCamel);
        var lunge = browser.find(By.id("exercise-lunge-stretch")).getText();
        assertTrue(lunge.contains("Standing lunge stretch"), lunge);
        assertTrue(lunge.contains("Hold up to 2 minutes, 2–5 times a day"), lunge);
        assertEquals(
                5,
                browser.driver()
                        .findElements(By.cssSelector("article.exercise"))
                        .size());
    }

    @Test
    void receptionIsRefusedTheStaffPageTypedIntoTheAddressBar() {
        var page = SignInPage.open(browser).signInAs("reception");
        assertEquals(List.of("Dashboard", "Patients", "Exercise catalogue"), page.menu());
        assertEquals("Reception", page.signedInRoles());
        browser.open("admin/staff.xhtml");
        assertEquals("Not available to you", browser.heading());
        assertFalse(browser.pageText().contains("Alex Admin"));
        assertTrue(browser.maybe(By.id("list:accounts")).isEmpty());
    }

    @Test
    void signingOutEndsTheSession() {
        var signIn = SignInPage.open(browser).signInAs("chiro").signOut();
        assertTrue(signIn.isShown());
        assertTrue(browser.pageText().contains("You have signed out."));
        browser.open("index.xhtml");
        assertTrue(new SignInPage(browser).isShown());
    }

    @Test
    void wrongPasswordIsRefusedOnThePage() {
        SignInPage.open(browser).signInAs("admin", "not-the-password");
        assertTrue(new SignInPage(browser).isShown());
        assertTrue(browser.pageText().contains("Sign-in refused"));
    }

    @Test
    void pageAskedForWhileSignedOutOpensAfterSignInWithANewSessionId() {
        browser.open("admin/staff.xhtml");
        var signIn = new SignInPage(browser);
        assertTrue(signIn.isShown());
        var before = browser.cookie("JSESSIONID").orElseThrow();
        var page = signIn.signInAs("admin");
        assertEquals("Staff accounts", page.heading());
        assertNotEquals(before, browser.cookie("JSESSIONID").orElseThrow());
    }

    @Test
    void disabledAccountIsSignedOutAtOnce() {
        var staff = StaffPage.open(withAdmin());
        staff.openAccount("temp.desk", "Temporary Desk", "Reception", "a long first password");
        assertTrue(staff.message().contains("Account temp.desk opened."), staff.message());

        try (var colleague = new Browser(base)) {
            var colleaguePage = SignInPage.open(colleague).signInAs("temp.desk", "a long first password");
            assertEquals("Temporary Desk", colleaguePage.signedInUser());

            staff.select("temp.desk").disable();
            assertTrue(staff.message().contains("Account temp.desk disabled"), staff.message());

            colleague.open("catalogue/exercises.xhtml");
            var signIn = new SignInPage(colleague);
            assertTrue(signIn.isShown());
            assertTrue(colleague.pageText().contains("Your account has been disabled"));
            signIn.signInAs("temp.desk", "a long first password");
            assertTrue(colleague.pageText().contains("Sign-in refused"));
        }
    }

    @Test
    void concurrentRoleChangesNeverOverwriteEachOther() {
        var first = StaffPage.open(withAdmin());
        first.openAccount("shared.desk", "Shared Desk", "Reception", "a long first password");
        first.select("shared.desk");
        try (var other = new Browser(base)) {
            SignInPage.open(other).signInAs("admin");
            var second = StaffPage.open(other).select("shared.desk");

            first.toggleRole("Chiropractor").saveRoles();
            assertTrue(first.message().contains("Roles of shared.desk saved."), first.message());

            second.toggleRole("Administrator").saveRoles();
            assertTrue(second.message().contains("Someone else changed shared.desk"), second.message());
        }
        var roles = browser.find(By.xpath("//tbody[@id='list:accounts_data']/tr[td[contains(., 'shared.desk')]]"))
                .getText();
        assertTrue(roles.contains("Chiropractor") && !roles.contains("Administrator"), roles);
    }

    @Test
    void openingAnAccountWithBadInputSaysWhatIsWrong() {
        var staff = StaffPage.open(withAdmin());
        staff.openAccount("bad name!", "", "Chiropractor", "short");
        var messages = staff.fieldMessages();
        assertTrue(messages.contains("letters, digits"), messages);
        assertTrue(messages.contains("must not be blank"), messages);
        assertTrue(messages.contains("at least 10 characters"), messages);
        assertEquals(
                "bad name!",
                browser.fieldLabelled(browser.find(By.id("open")), "Username").getAttribute("value"));
    }

    @Test
    void signInPageHealthAndResourcesOpenNoSession() throws Exception {
        var http = HttpClient.newHttpClient();
        for (var path : List.of("login.xhtml", "health/ready", "jakarta.faces.resource/chirodesk/app.css.xhtml")) {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), path + " opened a session");
            if (path.startsWith("health")) {
                assertTrue(response.body().contains("\"database\""), response.body());
                assertTrue(response.body().contains("\"UP\""), response.body());
            }
        }
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "index.xhtml")).build(),
                        HttpResponse.BodyHandlers.discarding());
        var cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("JSESSIONID="), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
    }

    @Test
    void unknownPageIsAFriendlyPage() {
        SignInPage.open(browser).signInAs("chiro");
        browser.open("no-such-page.xhtml");
        assertEquals("Page not found", browser.heading());
        assertFalse(browser.pageText().contains("Exception"));
    }

    private Browser withAdmin() {
        SignInPage.open(browser).signInAs("admin");
        return browser;
    }
}
