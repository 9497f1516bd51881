package org.chirodesk.patient;

import java.util.List;

/**
 * The patients a search found: their ids (at most one more than are counted), or, for the empty
 * search, none listed and the whole register meant.
 */
public record PatientMatches(PatientQuery query, List<Long> ids, long count) {

    public boolean tooBroad() {
        return count > PatientSearchSql.MOST_COUNTED;
    }
}
