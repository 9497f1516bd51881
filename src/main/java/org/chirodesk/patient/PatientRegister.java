package org.chirodesk.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
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
        var self = patient.getId() == null ? -1L : patient.getId();
        var found = new LinkedHashMap<Long, Patient>();
        em.createQuery(
                        "select p from Patient p where p.dateOfBirth = :birth and p.id <> :self"
                                + " and lower(p.familyName) = lower(:family) and lower(p.givenNames) = lower(:given)",
                        Patient.class)
                .setParameter("birth", patient.getDateOfBirth())
                .setParameter("self", self)
                .setParameter("family", patient.getFamilyName())
                .setParameter("given", patient.getGivenNames())
                .setMaxResults(MOST_DUPLICATES)
                .getResultStream()
                .forEach(match -> found.put(match.getId(), match));
        // one indexed lookup each, rather than an OR that no index serves
        sameAs("phoneDigits", patient.getPhoneDigits(), self).forEach(match -> found.putIfAbsent(match.getId(), match));
        sameAs("email", patient.getEmail(), self).forEach(match -> found.putIfAbsent(match.getId(), match));
        return found.values().stream().limit(MOST_DUPLICATES).toList();
    }

    private List<Patient> sameAs(String field, String value, long self) {
        if (value == null) {
            return List.of();
        }
        var jpql = switch (field) {
            case "phoneDigits" -> "select p from Patient p where p.phoneDigits = :value and p.id <> :self";
            default -> "select p from Patient p where p.email = :value and p.id <> :self";
        };
        return em.createQuery(jpql, Patient.class)
                .setParameter("value", value)
                .setParameter("self", self)
                .setMaxResults(MOST_DUPLICATES)
                .getResultList();
    }

    /** The patients matching what was typed, without loading them. */
    @SuppressWarnings("unchecked")
    public PatientMatches search(PatientQuery query) {
        var sql = new PatientSearchSql(query);
        if (sql.everyone()) {
            var counting = em.createNativeQuery(sql.countEveryone());
            sql.bind(counting);
            return new PatientMatches(query, null, ((Number) counting.getSingleResult()).longValue());
        }
        var finding = em.createNativeQuery(sql.ids());
        sql.bind(finding);
        var ids = ((List<Number>) finding.getResultList())
                .stream().map(Number::longValue).toList();
        return new PatientMatches(query, ids, ids.size());
    }

    /** One page of what a search found, in one of the allowed orders. */
    @SuppressWarnings("unchecked")
    public List<Patient> page(PatientMatches matches, PatientOrder order, boolean ascending, int first, int count) {
        Query page;
        int next;
        if (matches.ids() == null) {
            var sql = new PatientSearchSql(matches.query());
            page = em.createNativeQuery(sql.pageOfEveryone(order, ascending), Patient.class);
            next = sql.bind(page);
        } else if (matches.ids().isEmpty()) {
            return List.of();
        } else {
            page = em.createNativeQuery(PatientSearchSql.pageOf(matches.ids().size(), order, ascending), Patient.class);
            next = 1;
            for (var id : matches.ids()) {
                page.setParameter(next++, id);
            }
        }
        return page.setParameter(next, count).setParameter(next + 1, first).getResultList();
    }

    public List<Patient> find(PatientQuery query, PatientOrder order, boolean ascending, int first, int count) {
        return page(search(query), order, ascending, first, count);
    }

    public long count(PatientQuery query) {
        return search(query).count();
    }

    private Patient current(long patientId, long seenVersion) {
        var patient = Optional.ofNullable(em.find(Patient.class, patientId)).orElseThrow();
        if (patient.getVersion() != seenVersion) {
            throw new OptimisticLockException(patient);
        }
        return patient;
    }
}
