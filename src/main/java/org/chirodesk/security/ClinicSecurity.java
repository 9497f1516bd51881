package org.chirodesk.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles the server checks. Staff sign in through {@link StaffSignInMechanism}; the URL rules
 * (which role sees which folder) are in web.xml, and every service action checks its own roles.
 */
@DeclareRoles({"ADMIN", "CHIROPRACTOR", "RECEPTION"})
@ApplicationScoped
public class ClinicSecurity {}
