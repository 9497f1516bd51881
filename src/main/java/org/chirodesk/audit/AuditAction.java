package org.chirodesk.audit;

/** What was done, or tried, with a patient's record. */
public enum AuditAction {
    REGISTER,
    VIEW_DETAILS,
    UPDATE_DETAILS,
    ARCHIVE,
    RESTORE,
    VIEW_CHART,
    UPDATE_HISTORY,
    SCREEN_RED_FLAGS,
    WRITE_NOTE,
    SIGN_NOTE,
    AMEND_NOTE,
    RECORD_CONSENT,
    WITHDRAW_CONSENT,
    EXPORT,
    ERASE
}
