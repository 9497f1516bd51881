package org.chirodesk.chart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.chirodesk.audit.AuditAction;
import org.chirodesk.audit.AuditTrail;
import org.chirodesk.patient.Patient;
import org.chirodesk.security.AccessDenied;
import org.chirodesk.security.AllowedFor;
import org.chirodesk.staff.Role;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

/**
 * Opens and writes clinical charts. Chiropractors write; administrators only read; anybody else
 * is refused, and the refusal is audited like every opening of a chart.
 */
@ApplicationScoped
@Transactional
public class Charts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private HttpServletRequest request;

    /** The chart of the patient with this public id, if there is one and the caller may read it. */
    public Optional<Chart> open(String publicId) {
        var patient = em.createQuery("select p from Patient p where p.publicId = :id", Patient.class)
                .setParameter("id", publicId)
                .getResultStream()
                .findFirst();
        if (patient.isEmpty()) {
            return Optional.empty();
        }
        var patientId = patient.get().getId();
        if (!request.isUserInRole(Role.CHIROPRACTOR.name()) && !request.isUserInRole(Role.ADMIN.name())) {
            audit.refused(AuditAction.VIEW_CHART, patientId);
            throw new AccessDenied();
        }
        audit.done(AuditAction.VIEW_CHART, patientId);
        return Optional.of(chartOf(patient.get()));
    }

    /** The chart again after a change, without counting as another viewing. */
    @AllowedFor({Role.CHIROPRACTOR, Role.ADMIN})
    public Chart reload(long patientId) {
        return chartOf(em.find(Patient.class, patientId));
    }

    @AllowedFor(Role.CHIROPRACTOR)
    public CaseHistory saveHistory(CaseHistory history) {
        var first = em.find(CaseHistory.class, history.getPatientId()) == null;
        history.recordedBy(request.getRemoteUser());
        var saved = first ? persisted(history) : em.merge(history);
        em.flush();
        audit.done(AuditAction.UPDATE_HISTORY, history.getPatientId());
        return saved;
    }

    @AllowedFor(Role.CHIROPRACTOR)
    public RedFlagScreening screen(RedFlagScreening screening) {
        screening.recordedBy(request.getRemoteUser());
        em.persist(screening);
        audit.done(AuditAction.SCREEN_RED_FLAGS, screening.getPatientId());
        return screening;
    }

    @AllowedFor(Role.CHIROPRACTOR)
    public VisitNote write(VisitNote note) {
        note.writtenBy(request.getRemoteUser());
        var saved = note.getId() == null ? persisted(note) : em.merge(note);
        em.flush();
        audit.done(AuditAction.WRITE_NOTE, note.getPatientId());
        return saved;
    }

    @AllowedFor(Role.CHIROPRACTOR)
    public void sign(long noteId, long seenVersion) {
        var note = current(noteId, seenVersion);
        note.sign(request.getRemoteUser());
        audit.done(AuditAction.SIGN_NOTE, note.getPatientId());
    }

    @AllowedFor(Role.CHIROPRACTOR)
    public void amend(long noteId, String text) {
        var note = em.find(VisitNote.class, noteId);
        note.amend(text, request.getRemoteUser());
        audit.done(AuditAction.AMEND_NOTE, note.getPatientId());
    }

    /** True while the latest screening shows a cauda equina sign with no action recorded. */
    public boolean caudaEquinaUnresolved(long patientId) {
        var latest = latestScreening(patientId);
        return latest != null && latest.isUnresolved();
    }

    private Chart chartOf(Patient patient) {
        var history = Optional.ofNullable(em.find(CaseHistory.class, patient.getId()))
                .orElseGet(() -> CaseHistory.blank(patient.getId()));
        var notes = em.createQuery(
                        "select n from VisitNote n where n.patientId = :patient order by n.visitDate desc, n.id desc",
                        VisitNote.class)
                .setParameter("patient", patient.getId())
                .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
                .setHint(QueryHints.BATCH, "n.amendments")
                .getResultList();
        return new Chart(patient, history, latestScreening(patient.getId()), notes);
    }

    private RedFlagScreening latestScreening(long patientId) {
        return em.createQuery(
                        "select s from RedFlagScreening s where s.patientId = :patient order by s.screenedAt desc, s.id desc",
                        RedFlagScreening.class)
                .setParameter("patient", patientId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private VisitNote current(long noteId, long seenVersion) {
        var note = em.find(VisitNote.class, noteId);
        if (note.getVersion() != seenVersion) {
            throw new OptimisticLockException(note);
        }
        return note;
    }

    private <T> T persisted(T entity) {
        em.persist(entity);
        return entity;
    }
}
