package org.chirodesk.patient;

/** As the patient states it. */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    NOT_STATED
}
