package org.chirodesk.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.chirodesk.audit.AuditAction;
import org.chirodesk.audit.AuditTrail;
import org.chirodesk.security.AllowedFor;
import org.chirodesk.staff.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Records and withdraws patients' consents. Any member of staff may; each entry is audited. */
@ApplicationScoped
@Transactional
@AllowedFor({Role.ADMIN, Role.CHIROPRACTOR, Role.RECEPTION})
public class ConsentLedger {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private HttpServletRequest request;

    /** The version of the consent wording the clinic uses now, as set in its configuration. */
    @Inject
    @ConfigProperty(name = "chirodesk.consent.wording-version", defaultValue = "1")
    private String currentWording;

    public String currentWording() {
        return currentWording;
    }

    public Consent record(long patientId, Consent.Kind kind, LocalDate givenOn, String wordingVersion) {
        var consent = new Consent(patientId, kind, givenOn, wordingVersion, request.getRemoteUser());
        em.persist(consent);
        audit.done(AuditAction.RECORD_CONSENT, patientId);
        return consent;
    }

    public void withdraw(long consentId, long seenVersion, LocalDate on) {
        var consent = em.find(Consent.class, consentId);
        if (consent.getVersion() != seenVersion) {
            throw new OptimisticLockException(consent);
        }
        consent.withdraw(on, request.getRemoteUser());
        audit.done(AuditAction.WITHDRAW_CONSENT, consent.getPatientId());
    }

    /** Newest first, withdrawn ones included. */
    public List<Consent> of(long patientId) {
        return em.createQuery(
                        "select c from Consent c where c.patientId = :patient order by c.givenOn desc, c.id desc",
                        Consent.class)
                .setParameter("patient", patientId)
                .getResultList();
    }
}
