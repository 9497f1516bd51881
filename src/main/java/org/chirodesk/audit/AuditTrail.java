package org.chirodesk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Optional;
import org.chirodesk.audit.AuditEvent.Outcome;
import org.chirodesk.security.AllowedFor;
import org.chirodesk.staff.Role;

/**
 * Writes and reads the audit trail. What was done is written in the transaction that did it, so
 * the line and the change stand or fall together; a refusal is written in a transaction of its
 * own, so it is recorded although nothing else is.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private HttpServletRequest request;

    @Transactional(TxType.MANDATORY)
    public void done(AuditAction action, Long patientId) {
        em.persist(new AuditEvent(caller(), patientId, action, Outcome.DONE));
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void refused(AuditAction action, Long patientId) {
        em.persist(new AuditEvent(caller(), patientId, action, Outcome.REFUSED));
    }

    @AllowedFor(Role.ADMIN)
    public List<AuditEvent> about(long patientId) {
        return em.createQuery(
                        "select e from AuditEvent e where e.patientId = :patient order by e.occurredAt desc, e.id desc",
                        AuditEvent.class)
                .setParameter("patient", patientId)
                .setMaxResults(1000)
                .getResultList();
    }

    private String caller() {
        return Optional.ofNullable(request.getRemoteUser()).orElse("anonymous");
    }
}
