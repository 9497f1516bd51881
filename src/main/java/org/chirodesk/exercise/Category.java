package org.chirodesk.exercise;

/** What an exercise does for the patient. */
public enum Category {
    ACTIVE_REST,
    MOBILITY,
    STRETCH,
    STRENGTHENING,
    ERGONOMICS
}
