package org.chirodesk;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Signs a test running inside the server in as a demo member of staff, through the application's
 * own sign-in mechanism and identity store, for the request that runs the test. The filter keeps
 * that request's response at hand, which signing in needs.
 */
@WebFilter("/ArquillianServletRunnerEE9")
public class TestCaller extends HttpFilter {

    private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();
    private static final ThreadLocal<HttpServletResponse> RESPONSE = new ThreadLocal<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        REQUEST.set(request);
        RESPONSE.set(response);
        try {
            chain.doFilter(request, response);
        } finally {
            REQUEST.remove();
            RESPONSE.remove();
        }
    }

    /** Signs in a demo login. Once per test: a request keeps the first identity it signed in with. */
    public static void signInAs(String username) {
        signInAs(username, "chirodesk-demo");
    }

    public static void signInAs(String username, String password) {
        var status = CDI.current()
                .select(SecurityContext.class)
                .get()
                .authenticate(
                        REQUEST.get(),
                        RESPONSE.get(),
                        withParams()
                                .credential(new UsernamePasswordCredential(username, password))
                                .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + status);
        }
    }
}
