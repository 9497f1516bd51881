package org.chirodesk.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The sign-in form. A page asked for while signed out opens after signing in; otherwise the
 * dashboard does. The session id changes at sign-in, so an id seen before cannot be reused.
 */
@Named
@RequestScoped
public class SignIn {

    @Inject
    private SecurityContext security;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void signIn() throws IOException {
        var request = Faces.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var status = security.authenticate(
                request,
                Faces.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username, password)));
        if (status != AuthenticationStatus.SUCCESS) {
            Messages.addGlobalError("signIn.refused");
            return;
        }
        var askedFor = StaffSignInMechanism.takeAskedFor(request);
        Faces.redirect(askedFor != null ? askedFor : request.getContextPath() + "/index.xhtml");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
