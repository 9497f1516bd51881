package org.chirodesk.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.chirodesk.staff.StaffAccounts;
import org.omnifaces.util.Servlets;

/**
 * Ends the session of an account that an administrator has disabled, on its very next request,
 * and sends it to the sign-in page. Resource requests (styles, scripts) are not checked.
 */
@WebFilter(filterName = "enabledAccount", urlPatterns = "/*")
public class EnabledAccountFilter extends HttpFilter {

    @Inject
    private StaffAccounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var user = request.getRemoteUser();
        if (user == null || Servlets.isFacesResourceRequest(request) || accounts.isEnabled(user)) {
            chain.doFilter(request, response);
            return;
        }
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Servlets.facesRedirect(request, response, request.getContextPath() + "/login.xhtml?disabled=true");
    }
}
