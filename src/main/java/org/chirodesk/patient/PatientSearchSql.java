package org.chirodesk.patient;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a patient search, made of fixed fragments only: what was typed is always a bound
 * parameter. A name search starts from the name-word index (the words' patients first, then their
 * records), so it reads the matching patients and not the whole register.
 */
final class PatientSearchSql {

    /** Counting stops here: a search matching more patients than this asks for more typing. */
    static final int MOST_COUNTED = 1000;

    private static final String FIRST_WORD =
            "(SELECT DISTINCT w0.patient_id FROM patient_name_token w0 WHERE w0.token LIKE ?";
    private static final String MORE_WORD = " AND EXISTS (SELECT 1 FROM patient_name_token w%1$d"
            + " WHERE w%1$d.patient_id = w0.patient_id AND w%1$d.token LIKE ?)";

    private final String from;
    private final String where;
    private final List<Object> parameters;

    private PatientSearchSql(String from, String where, List<Object> parameters) {
        this.from = from;
        this.where = where;
        this.parameters = parameters;
    }

    static PatientSearchSql of(PatientQuery query) {
        var parameters = new ArrayList<Object>();
        var from = "FROM patient p";
        var conditions = new ArrayList<String>();
        if (!query.includeArchived()) {
            conditions.add("p.archived = FALSE");
        }
        switch (query.kind()) {
            case NUMBER -> {
                conditions.add("p.id = ?");
                parameters.add(query.number());
            }
            case BIRTH -> {
                conditions.add("p.date_of_birth = ?");
                parameters.add(query.birth());
            }
            case PHONE -> {
                conditions.add("p.phone_digits LIKE ?");
                parameters.add(query.phoneDigits() + "%");
            }
            case EMAIL -> {
                conditions.add("p.email LIKE ? ESCAPE '!'");
                parameters.add(likePrefix(query.email()));
            }
            case NAME -> {
                var words = List.copyOf(query.words());
                var matches = new StringBuilder(FIRST_WORD);
                for (int i = 1; i < words.size(); i++) {
                    matches.append(MORE_WORD.formatted(i));
                }
                from = "FROM " + matches + ") m JOIN patient p ON p.id = m.patient_id";
                words.forEach(word -> parameters.add(word + "%"));
            }
            case EVERYONE -> {
                // every patient
            }
        }
        var where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new PatientSearchSql(from, where, parameters);
    }

    String select() {
        return "SELECT p.* " + from + where;
    }

    String countUpToLimit() {
        return "SELECT COUNT(*) FROM (SELECT p.id " + from + where + " LIMIT " + (MOST_COUNTED + 1) + ") c";
    }

    /** Binds the search's parameters; returns the position of the next one. */
    int bind(Query sql) {
        for (int i = 0; i < parameters.size(); i++) {
            sql.setParameter(i + 1, parameters.get(i));
        }
        return parameters.size() + 1;
    }

    /** A LIKE pattern for text to match at the start, its own wildcards taken literally. */
    private static String likePrefix(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
