package org.chirodesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A chiropractor mid-appointment: the chart, a signed visit note, a red flag; reception kept out. */
class ChiropractorIT extends BrowserTest {

    private String family;

    @BeforeEach
    void openANewPatientsChart() {
        SignInPage.open(browser).signInAs("chiro");
        family = "Chart" + System.nanoTime();
        var page = PatientListPage.open(browser)
                .register()
                .fill("Family name", family)
                .fill("Given names", "Pat")
                .fill("Date of birth", "08/08/1972")
                .save();
        assertTrue(page.message().contains("registered"), page.message());
        browser.click(By.id("patient:openChart"));
        browser.waitFor(driver -> driver.getCurrentUrl().contains("chart/index.xhtml"));
    }

    @Test
    void writesAndSignsAVisitNote() {
        var chart = new ChartPage(browser)
                .write("Subjective", "Pain 7/10 sitting, eases walking")
                .write("Plan", "Cat-camel hourly; short walks")
                .signNote();
        assertTrue(chart.message().contains("Note signed"), chart.message());
        var notes = chart.notes();
        assertTrue(notes.contains("Signed by chiro"), notes);
        assertTrue(notes.contains("Pain 7/10 sitting, eases walking"), notes);
        assertTrue(browser.text(By.id("summary")).contains("Last visit"), "summary shows the last visit");
    }

    @Test
    void caudaEquinaSignRaisesAnAlertUntilTheActionIsRecorded() {
        var chart =
                new ChartPage(browser).answer("Bilateral sciatica", "Present").saveScreening();
        assertTrue(chart.caudaEquinaAlertShown(), chart.message());

        chart.actionTaken("Sent for same-day assessment at the General Hospital")
                .saveScreening();
        assertFalse(chart.caudaEquinaAlertShown(), chart.message());
        assertTrue(browser.text(By.id("redFlagsPresent")).contains("Bilateral sciatica"));
    }

    @Test
    void receptionIsRefusedTheChartByAddressWithoutSeeingThePatient() {
        var address = browser.driver().getCurrentUrl();
        try (var desk = new Browser(base)) {
            SignInPage.open(desk).signInAs("reception");
            desk.driver().get(address);
            assertEquals("Not available to you", desk.heading());
            assertFalse(desk.pageText().contains(family));
            assertFalse(desk.driver().getPageSource().contains(family));
        }
    }
}
