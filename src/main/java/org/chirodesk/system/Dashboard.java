package org.chirodesk.system;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The home page's figures, counted in the database on every visit with one query. */
@Named
@RequestScoped
public class Dashboard {

    private static final String COUNTS = "SELECT"
            + " (SELECT COUNT(*) FROM patient WHERE archived = FALSE),"
            + " (SELECT COUNT(*) FROM exercise),"
            + " (SELECT COUNT(*) FROM staff_account WHERE enabled = TRUE)";

    @PersistenceContext
    private EntityManager em;

    private long patients;
    private long exercises;
    private long activeStaff;

    @PostConstruct
    void count() {
        var row = (Object[]) em.createNativeQuery(COUNTS).getSingleResult();
        patients = ((Number) row[0]).longValue();
        exercises = ((Number) row[1]).longValue();
        activeStaff = ((Number) row[2]).longValue();
    }

    public long getPatients() {
        return patients;
    }

    public long getExercises() {
        return exercises;
    }

    public long getActiveStaff() {
        return activeStaff;
    }
}
