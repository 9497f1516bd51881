package org.chirodesk.security;

/** The caller lacks the role for what was asked. Shown as the refusal page, with no details. */
public class AccessDenied extends RuntimeException {
    public AccessDenied() {
        super("access denied");
    }
}
