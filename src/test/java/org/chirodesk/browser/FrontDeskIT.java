package org.chirodesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reception registers, finds and opens patients; duplicates, bad input and concurrent edits. */
class FrontDeskIT extends BrowserTest {

    @BeforeEach
    void signInAsReception() {
        SignInPage.open(browser).signInAs("reception");
    }

    private PatientPage registered(String family, String given, String born) {
        var page = PatientListPage.open(browser)
                .register()
                .fill("Family name", family)
                .fill("Given names", given)
                .fill("Date of birth", born)
                .save();
        assertTrue(page.message().matches("(?s).*Patient P\\d{6} registered.*"), page.message() + page.fieldMessages());
        return page;
    }

    @Test
    void receptionRegistersFindsAndOpensAPatient() {
        var family = "Ó Súilleabháin" + unique();
        registered(family, "Zoë", "14/03/1979");
        assertEquals("Zoë " + family, browser.heading());

        var list = PatientListPage.open(browser).find("zoe suilleabhain" + family.substring(14));
        assertEquals(List.of(family + ", Zoë"), list.names());
        var page = list.openPatient(family + ", Zoë");
        assertEquals(family, page.value("Family name"));
        assertEquals("14/03/1979", page.value("Date of birth"));
    }

    @Test
    void possibleDuplicateIsShownBeforeRegistering() {
        var page = PatientListPage.open(browser)
                .register()
                .fill("Family name", "Kowalski")
                .fill("Given names", "Zoë")
                .fill("Date of birth", "21/07/1965")
                .save();
        assertTrue(page.duplicates().contains("P000003: Zoë Kowalski"), page.duplicates());
        assertTrue(page.message().contains("may already be registered"), page.message());

        page.registerAnyway();
        assertTrue(page.message().matches("(?s).*Patient P\\d{6} registered.*"), page.message());
    }

    @Test
    void badInputIsExplainedAndNothingTypedIsLost() {
        var tomorrow = LocalDate.now().plusDays(1);
        var page = PatientListPage.open(browser)
                .register()
                .fill("Family name", "Future")
                .fill("Given names", "<script>alert(1)</script>")
                .fill(
                        "Date of birth",
                        "%02d/%02d/%d"
                                .formatted(tomorrow.getDayOfMonth(), tomorrow.getMonthValue(), tomorrow.getYear()))
                .fill("Email", "not-an-email")
                .save();
        var messages = page.fieldMessages();
        assertTrue(messages.contains("cannot be today or in the future"), messages);
        assertTrue(messages.contains("not an email address"), messages);
        assertEquals("<script>alert(1)</script>", page.value("Given names"));
        assertEquals("not-an-email", page.value("Email"));
    }

    @Test
    void secondOfTwoConcurrentSavesIsRefusedKeepingWhatWasTyped() {
        var family = "Locke" + unique();
        registered(family, "Jon", "03/03/1960");
        var address = browser.driver().getCurrentUrl();
        try (var colleague = new Browser(base)) {
            SignInPage.open(colleague).signInAs("chiro");
            colleague.driver().get(address);
            var theirs = new PatientPage(colleague).fill("Occupation", "Builder");

            new PatientPage(browser).fill("Occupation", "Baker").save();
            theirs.save();
            assertTrue(theirs.message().contains("Someone else saved this patient"), theirs.message());
            assertEquals("Builder", theirs.value("Occupation"));
        }
        browser.driver().get(address);
        assertEquals("Baker", new PatientPage(browser).value("Occupation"));
    }

    @Test
    void archivedPatientLeavesTheSearchUntilAskedFor() {
        var family = "Archer" + unique();
        var page = registered(family, "Ann", "01/01/1970").archive();
        assertTrue(page.message().contains("archived"), page.message());

        var list = PatientListPage.open(browser).find(family);
        assertTrue(list.names().isEmpty());
        assertEquals(List.of(family + ", Ann"), list.includeArchived().names());
    }
}
