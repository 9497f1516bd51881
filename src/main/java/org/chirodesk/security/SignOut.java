package org.chirodesk.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** Ends the signed-in session and returns to the sign-in page. */
@Named
@RequestScoped
public class SignOut {

    public void signOut() throws ServletException, IOException {
        Faces.logout();
        Faces.invalidateSession();
        Faces.redirect("login.xhtml?signedOut=true");
    }
}
