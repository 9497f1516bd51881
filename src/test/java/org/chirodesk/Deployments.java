package org.chirodesk;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application as it ships: the WAR that Maven just built, deployed whole. */
public final class Deployments {

    private static final String PUBLIC_PAGE = "<url-pattern>/login.xhtml</url-pattern>";

    private Deployments() {}

    /** Deployed as ROOT, at "/", where the clinic runs and where Payara serves /health. */
    public static WebArchive clinic() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("chirodesk.war", "target/chirodesk.war")))
                .as(WebArchive.class);
    }

    /**
     * The shipped WAR with one more public address: the one through which Arquillian runs tests
     * inside the server. Everything else keeps the shipped security constraints.
     */
    public static WebArchive clinicWithTestRunner() {
        var war = clinic();
        var webXml = read(war, "WEB-INF/web.xml");
        if (!webXml.contains(PUBLIC_PAGE)) {
            throw new IllegalStateException("web.xml no longer lists the sign-in page as public");
        }
        war.delete("WEB-INF/web.xml");
        return war.setWebXML(new StringAsset(
                webXml.replace(PUBLIC_PAGE, PUBLIC_PAGE + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>")));
    }

    private static String read(WebArchive war, String path) {
        try (var in = war.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
