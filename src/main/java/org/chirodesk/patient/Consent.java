package org.chirodesk.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One consent a patient gave: to treatment, to the processing of their health data (special
 * category data under the GDPR and the Data Protection (Jersey) Law 2018), or to marketing
 * contact. It names the wording they agreed to and who recorded it; withdrawing it dates it and
 * keeps it.
 */
@Entity
@Table(name = "consent")
public class Consent {

    /** What the patient consents to. */
    public enum Kind {
        TREATMENT,
        DATA_PROCESSING,
        MARKETING
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private Long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Kind kind;

    @Column(name = "given_on", nullable = false, updatable = false)
    private LocalDate givenOn;

    @Column(name = "wording_version", nullable = false, updatable = false, length = 20)
    private String wordingVersion;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawn_by", length = 64)
    private String withdrawnBy;

    protected Consent() {}

    Consent(long patientId, Kind kind, LocalDate givenOn, String wordingVersion, String recordedBy) {
        this.patientId = patientId;
        this.kind = kind;
        this.givenOn = givenOn;
        this.wordingVersion = wordingVersion;
        this.recordedBy = recordedBy;
        this.recordedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    void withdraw(LocalDate on, String by) {
        if (withdrawnOn != null) {
            throw new IllegalStateException("Already withdrawn");
        }
        withdrawnOn = on;
        withdrawnBy = by;
    }

    public boolean isInForce() {
        return withdrawnOn == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getPatientId() {
        return patientId;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public String getWordingVersion() {
        return wordingVersion;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }
}
