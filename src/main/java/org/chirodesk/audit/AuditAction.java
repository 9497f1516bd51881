package org.chirodesk.audit;

/** What was done, or tried, with a patient's record. */
public enum AuditAction {
    REGISTER,
    VIEW_DETAILS,
    UPDATE_DETAILS,
    ARCHIVE,
    RESTORE
}
