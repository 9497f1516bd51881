package org.chirodesk.patient;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The SQL of a patient search, made of fixed fragments only: what was typed is always a bound
 * parameter. A search first collects the ids of at most {@link #MOST_COUNTED} + 1 matching
 * patients along the most selective index (a name search walks the name-word index), stopping as
 * soon as it has them; the page is then sorted from those ids alone. Only the empty search pages
 * through the whole register, along the name index.
 */
final class PatientSearchSql {

    /** A search matching more patients than this asks for more typing. */
    static final int MOST_COUNTED = 1000;

    private static final String NAME_IDS = "SELECT DISTINCT w0.patient_id FROM patient_name_token w0"
            + " JOIN patient p ON p.id = w0.patient_id WHERE w0.token LIKE ?";
    private static final String MORE_WORD = " AND EXISTS (SELECT 1 FROM patient_name_token w%1$d"
            + " WHERE w%1$d.patient_id = w0.patient_id AND w%1$d.token LIKE ?)";

    private final PatientQuery query;
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    PatientSearchSql(PatientQuery query) {
        this.query = query;
        switch (query.kind()) {
            case NUMBER -> condition("p.id = ?", query.number());
            case BIRTH -> condition("p.date_of_birth = ?", query.birth());
            case PHONE -> condition("p.phone_digits LIKE ?", query.phoneDigits() + "%");
            case EMAIL -> condition("p.email LIKE ? ESCAPE '!'", likePrefix(query.email()));
            case NAME ->
                query.words().stream()
                        // the longest word is likely the rarest: the search walks its matches
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .forEach(word -> parameters.add(word + "%"));
            case EVERYONE -> {
                // every patient
            }
        }
        if (!query.includeArchived()) {
            conditions.add("p.archived = FALSE");
        }
    }

    boolean everyone() {
        return query.kind() == PatientQuery.Kind.EVERYONE;
    }

    /** The ids of the first matching patients, one more than are counted. */
    String ids() {
        var limit = " LIMIT " + (MOST_COUNTED + 1);
        if (query.kind() != PatientQuery.Kind.NAME) {
            return "SELECT p.id FROM patient p" + where(" WHERE ") + limit;
        }
        var sql = new StringBuilder(NAME_IDS);
        for (int i = 1; i < parameters.size(); i++) {
            sql.append(MORE_WORD.formatted(i));
        }
        return sql + where(" AND ") + limit;
    }

    /** For the empty search: how many patients, counting no further than one past the most counted. */
    String countEveryone() {
        return "SELECT COUNT(*) FROM (SELECT p.id FROM patient p" + where(" WHERE ") + " LIMIT " + (MOST_COUNTED + 1)
                + ") c";
    }

    /** For the empty search: one page of the whole register. */
    String pageOfEveryone(PatientOrder order, boolean ascending) {
        return "SELECT p.* FROM patient p" + where(" WHERE ") + " ORDER BY " + order.clause(ascending)
                + " LIMIT ? OFFSET ?";
    }

    /** One page of the patients with these ids, one placeholder per id. */
    static String pageOf(int ids, PatientOrder order, boolean ascending) {
        return "SELECT p.* FROM patient p WHERE p.id IN (" + String.join(", ", Collections.nCopies(ids, "?"))
                + ") ORDER BY " + order.clause(ascending) + " LIMIT ? OFFSET ?";
    }

    /** Binds the search's parameters; returns the position of the next one. */
    int bind(Query sql) {
        for (int i = 0; i < parameters.size(); i++) {
            sql.setParameter(i + 1, parameters.get(i));
        }
        return parameters.size() + 1;
    }

    private void condition(String sql, Object parameter) {
        conditions.add(sql);
        parameters.add(parameter);
    }

    private String where(String keyword) {
        return conditions.isEmpty() ? "" : keyword + String.join(" AND ", conditions);
    }

    /** A LIKE pattern for text to match at the start, its own wildcards taken literally. */
    private static String likePrefix(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
