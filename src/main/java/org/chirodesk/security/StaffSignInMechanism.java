package org.chirodesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Set;

/**
 * How staff sign in: the sign-in page hands the username and password to the identity store; the
 * session then remembers who signed in with which roles, and every request tells the container
 * both, so that no request has to recover the roles on its own. A page asked for while signed out
 * is remembered and opened after signing in.
 */
@ApplicationScoped
public class StaffSignInMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String SIGNED_IN = "chirodesk.signedIn";
    private static final String ASKED_FOR = "chirodesk.askedFor";

    @Inject
    private IdentityStoreHandler identityStores;

    /** Who signed in, and their roles, as the session keeps them. */
    record SignedIn(String username, Set<String> roles) implements Serializable {}

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        var credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            var result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            var signedIn = new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
            request.getSession().setAttribute(SIGNED_IN, signedIn);
            return context.notifyContainerAboutLogin(signedIn.username(), signedIn.roles());
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.username(), signedIn.roles());
        }
        if (context.isProtected()) {
            return toSignIn(request, response);
        }
        return context.doNothing();
    }

    /** The page asked for while signed out, if any, forgotten once read. */
    public static String takeAskedFor(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null) {
            return null;
        }
        var askedFor = (String) session.getAttribute(ASKED_FOR);
        session.removeAttribute(ASKED_FOR);
        return askedFor;
    }

    private static AuthenticationStatus toSignIn(HttpServletRequest request, HttpServletResponse response) {
        var signInPage = request.getContextPath() + LOGIN_PAGE;
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter()
                        .write("<?xml version='1.0' encoding='UTF-8'?><partial-response><redirect url=\"" + signInPage
                                + "\"/></partial-response>");
            } else {
                if ("GET".equals(request.getMethod())) {
                    var query = request.getQueryString();
                    request.getSession()
                            .setAttribute(ASKED_FOR, request.getRequestURI() + (query == null ? "" : "?" + query));
                }
                response.sendRedirect(signInPage);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
