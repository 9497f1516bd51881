package org.chirodesk.patient;

/**
 * The orders a patient list can be sorted in. A sort asked for by a page is mapped onto one of
 * these, so nothing a user sends ever becomes part of a query.
 */
public enum PatientOrder {
    NAME("p.family_name %1$s, p.given_names %1$s, p.id %1$s"),
    BIRTH("p.date_of_birth %1$s, p.id %1$s"),
    NUMBER("p.id %1$s");

    private final String clause;

    PatientOrder(String clause) {
        this.clause = clause;
    }

    String clause(boolean ascending) {
        return clause.formatted(ascending ? "asc" : "desc");
    }

    /** The order for a table column's field name; the name order for anything else. */
    public static PatientOrder forField(String field) {
        return switch (field == null ? "" : field) {
            case "dateOfBirth" -> BIRTH;
            case "number", "id" -> NUMBER;
            default -> NAME;
        };
    }
}
