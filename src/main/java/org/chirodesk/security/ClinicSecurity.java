package org.chirodesk.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Staff sign in on the clinic's own sign-in page; a page asked for while signed out is shown
 * after signing in. The URL rules (which role sees which folder) are in web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"ADMIN", "CHIROPRACTOR", "RECEPTION"})
@ApplicationScoped
public class ClinicSecurity {}
