package org.chirodesk.browser;

import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;
import org.chirodesk.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** A browser test: the shipped WAR on its own server, and a fresh headless Chromium per test. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTest {

    @Deployment(testable = false)
    static WebArchive clinic() {
        return Deployments.clinic();
    }

    @ArquillianResource
    protected URL base;

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(base);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** Letters no other test uses, so tests stay independent on a shared database. */
    protected static String unique() {
        var letters = new StringBuilder();
        ThreadLocalRandom.current().ints(6, 'a', 'z' + 1).forEach(c -> letters.append((char) c));
        return letters.toString();
    }
}
