package org.chirodesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One line of the audit trail. Written once and never changed: it has no setters and every column
 * is not updatable.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** Whether what was asked for was done or refused. */
    public enum Outcome {
        DONE,
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** UTC. */
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String username;

    @Column(name = "patient_id", updatable = false)
    private Long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Outcome outcome;

    protected AuditEvent() {}

    AuditEvent(String username, Long patientId, AuditAction action, Outcome outcome) {
        this.occurredAt = LocalDateTime.now(ZoneOffset.UTC);
        this.username = username;
        this.patientId = patientId;
        this.action = action;
        this.outcome = outcome;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public Long getPatientId() {
        return patientId;
    }

    public AuditAction getAction() {
        return action;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}
