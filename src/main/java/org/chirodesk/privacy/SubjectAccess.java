package org.chirodesk.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.chirodesk.audit.AuditAction;
import org.chirodesk.audit.AuditEvent;
import org.chirodesk.audit.AuditTrail;
import org.chirodesk.chart.CaseHistory;
import org.chirodesk.chart.RedFlagScreening;
import org.chirodesk.chart.VisitNote;
import org.chirodesk.patient.ConsentLedger;
import org.chirodesk.patient.Patient;
import org.chirodesk.security.AllowedFor;
import org.chirodesk.staff.Role;
import org.chirodesk.system.ClinicMessages;

/** Answers a patient's data-protection requests. Only an administrator may; each answer is audited. */
@ApplicationScoped
@Transactional
@AllowedFor(Role.ADMIN)
public class SubjectAccess {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private ConsentLedger consents;

    public String exportJson(long patientId) {
        return PatientFileJson.of(fileOf(patientId));
    }

    public byte[] exportPdf(long patientId, Locale locale) {
        return PatientFilePdf.of(fileOf(patientId), ResourceBundle.getBundle(ClinicMessages.BUNDLE, locale));
    }

    /** Anonymises the patient's identifying details; returns the details that were removed. */
    public List<String> erase(long patientId) {
        var erased = em.find(Patient.class, patientId).erase();
        audit.done(AuditAction.ERASE, patientId);
        return erased;
    }

    public List<AuditEvent> accessReport(long patientId) {
        return audit.about(patientId);
    }

    private PatientFile fileOf(long patientId) {
        audit.done(AuditAction.EXPORT, patientId);
        return new PatientFile(
                em.find(Patient.class, patientId),
                consents.of(patientId),
                em.find(CaseHistory.class, patientId),
                em.createQuery(
                                "select s from RedFlagScreening s where s.patientId = :p order by s.screenedAt",
                                RedFlagScreening.class)
                        .setParameter("p", patientId)
                        .getResultList(),
                em.createQuery("select n from VisitNote n where n.patientId = :p order by n.visitDate", VisitNote.class)
                        .setParameter("p", patientId)
                        .getResultList(),
                audit.about(patientId));
    }
}
