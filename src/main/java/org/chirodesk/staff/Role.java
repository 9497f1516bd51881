package org.chirodesk.staff;

/** What a member of staff may do. The names are the roles the server checks. */
public enum Role {
    /** Runs the install: staff accounts, data-protection requests. */
    ADMIN,
    /** Examines and treats: the clinical chart, prescriptions, progress. */
    CHIROPRACTOR,
    /** Runs the front desk: registration, appointments. Never sees clinical content. */
    RECEPTION
}
