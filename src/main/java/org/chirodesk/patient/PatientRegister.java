package org.chirodesk.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chirodesk.audit.AuditAction;
import org.chirodesk.audit.AuditTrail;
import org.chirodesk.security.AllowedFor;
import org.chirodesk.staff.Role;

/** Registers, finds, changes and archives patients. Every member of staff may; each change is audited. */
@ApplicationScoped
@Transactional
@AllowedFor({Role.ADMIN, Role.CHIROPRACTOR, Role.RECEPTION})
public class PatientRegister {

    private static final int MOST_DUPLICATES = 5;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    public Patient register(Patient patient) {
        em.persist(patient);
        em.flush();
        audit.done(AuditAction.REGISTER, patient.getId());
        return patient;
    }

    /**
     * Saves the patient as edited. If someone else saved it since it was loaded, nothing is saved
     * and {@link OptimisticLockException} says so.
     */
    public Patient update(Patient edited) {
        var saved = em.merge(edited);
        em.flush();
        audit.done(AuditAction.UPDATE_DETAILS, saved.getId());
        return saved;
    }

    public Optional<Patient> details(String publicId) {
        var patient = em.createQuery("select p from Patient p where p.publicId = :id", Patient.class)
                .setParameter("id", publicId)
                .getResultStream()
                .findFirst();
        patient.ifPresent(found -> audit.done(AuditAction.VIEW_DETAILS, found.getId()));
        return patient;
    }

    public Patient archive(long patientId, long seenVersion) {
        var patient = current(patientId, seenVersion);
        patient.archive();
        audit.done(AuditAction.ARCHIVE, patientId);
        return patient;
    }

    public Patient restore(long patientId, long seenVersion) {
        var patient = current(patientId, seenVersion);
        patient.restore();
        audit.done(AuditAction.RESTORE, patientId);
        return patient;
    }

    /** Patients who may be this one: same name and date of birth, or same phone, or same email. */
    public List<Patient> possibleDuplicates(Patient patient) {
        var query = em.createQuery(
                        "select p from Patient p where p.id <> :self and ("
                                + "(p.dateOfBirth = :birth and lower(p.familyName) = lower(:family)"
                                + " and lower(p.givenNames) = lower(:given))"
                                + " or p.phoneDigits = :phone or p.email = :email) order by p.id",
                        Patient.class)
                .setParameter("self", patient.getId() == null ? -1L : patient.getId())
                .setParameter("birth", patient.getDateOfBirth())
                .setParameter("family", patient.getFamilyName())
                .setParameter("given", patient.getGivenNames())
                .setParameter(
                        "phone", Optional.ofNullable(patient.getPhoneDigits()).orElse("-"))
                .setParameter("email", Optional.ofNullable(patient.getEmail()).orElse("-"));
        return query.setMaxResults(MOST_DUPLICATES).getResultList();
    }

    public List<Patient> find(PatientQuery query, PatientOrder order, boolean ascending, int first, int count) {
        var jpql = "select p from Patient p where " + where(query) + " order by " + order.clause(ascending);
        return bind(em.createQuery(jpql, Patient.class), query)
                .setFirstResult(first)
                .setMaxResults(count)
                .getResultList();
    }

    public long count(PatientQuery query) {
        return bind(em.createQuery("select count(p) from Patient p where " + where(query), Long.class), query)
                .getSingleResult();
    }

    private Patient current(long patientId, long seenVersion) {
        var patient = Optional.ofNullable(em.find(Patient.class, patientId)).orElseThrow();
        if (patient.getVersion() != seenVersion) {
            throw new OptimisticLockException(patient);
        }
        return patient;
    }

    /** The condition for a query, made of fixed fragments only: what was typed goes in parameters. */
    private static String where(PatientQuery query) {
        var conditions = new ArrayList<String>();
        if (!query.includeArchived()) {
            conditions.add("p.archived = false");
        }
        switch (query.kind()) {
            case NUMBER -> conditions.add("p.id = :number");
            case BIRTH -> conditions.add("p.dateOfBirth = :birth");
            case PHONE -> conditions.add("p.phoneDigits like :phone");
            case EMAIL -> conditions.add("p.email like :email escape '\\'");
            case NAME -> {
                for (int i = 0; i < query.words().size(); i++) {
                    conditions.add(
                            "p.id in (select n.id from Patient n join n.nameWords w where w like :word" + i + ")");
                }
            }
            case EVERYONE -> conditions.add("1 = 1");
        }
        return String.join(" and ", conditions);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> jpql, PatientQuery query) {
        switch (query.kind()) {
            case NUMBER -> jpql.setParameter("number", query.number());
            case BIRTH -> jpql.setParameter("birth", query.birth());
            case PHONE -> jpql.setParameter("phone", query.phoneDigits() + "%");
            case EMAIL -> jpql.setParameter("email", likePrefix(query.email()));
            case NAME -> {
                int i = 0;
                for (var word : query.words()) {
                    jpql.setParameter("word" + i++, word + "%");
                }
            }
            case EVERYONE -> {
                // no parameters
            }
        }
        return jpql;
    }

    private static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
