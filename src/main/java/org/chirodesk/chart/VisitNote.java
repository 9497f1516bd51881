package org.chirodesk.chart;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The note of one visit in SOAP form, written during the appointment. A draft can be changed;
 * once signed the note is locked, and a correction is an amendment added below it, so that the
 * original stays as it was signed.
 */
@Entity
@Table(name = "visit_note")
public class VisitNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private Long patientId;

    @NotNull
    @PastOrPresent
    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Size(max = 4000, message = "{text.tooLong}")
    private String subjective;

    @Size(max = 4000, message = "{text.tooLong}")
    private String objective;

    @Size(max = 4000, message = "{text.tooLong}")
    private String assessment;

    @Size(max = 4000, message = "{text.tooLong}")
    private String plan;

    @Column(name = "written_by", nullable = false, length = 64)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    @Column(name = "signed_by", length = 64)
    private String signedBy;

    @Column(name = "signed_at")
    private LocalDateTime signedAt;

    @ElementCollection
    @CollectionTable(name = "visit_note_amendment", joinColumns = @JoinColumn(name = "note_id"))
    @OrderColumn(name = "amendment_no")
    private List<Amendment> amendments = new ArrayList<>();

    protected VisitNote() {}

    public static VisitNote today(long patientId) {
        var note = new VisitNote();
        note.patientId = patientId;
        note.visitDate = LocalDate.now();
        return note;
    }

    void writtenBy(String username) {
        requireDraft();
        writtenBy = username;
        writtenAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    void sign(String username) {
        requireDraft();
        signedBy = username;
        signedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    void amend(String text, String username) {
        if (!isSigned()) {
            throw new IllegalStateException("A draft is changed, not amended");
        }
        amendments.add(new Amendment(text, username));
    }

    private void requireDraft() {
        if (isSigned()) {
            throw new NoteLocked();
        }
    }

    public boolean isSigned() {
        return signedAt != null;
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

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(LocalDate visitDate) {
        requireDraft();
        this.visitDate = visitDate;
    }

    public String getSubjective() {
        return subjective;
    }

    public void setSubjective(String subjective) {
        requireDraft();
        this.subjective = subjective;
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        requireDraft();
        this.objective = objective;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        requireDraft();
        this.assessment = assessment;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        requireDraft();
        this.plan = plan;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public LocalDateTime getWrittenAt() {
        return writtenAt;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public LocalDateTime getSignedAt() {
        return signedAt;
    }

    public List<Amendment> getAmendments() {
        return List.copyOf(amendments);
    }

    /** A signed note cannot change. */
    public static class NoteLocked extends IllegalStateException {
        NoteLocked() {
            super("The note is signed and locked");
        }
    }

    /** A correction to a signed note, by whom and when. */
    @Embeddable
    public static class Amendment {

        @Column(name = "text", nullable = false, length = 4000)
        private String text;

        @Column(name = "written_by", nullable = false, length = 64)
        private String writtenBy;

        @Column(name = "written_at", nullable = false)
        private LocalDateTime writtenAt;

        protected Amendment() {}

        Amendment(String text, String writtenBy) {
            this.text = text;
            this.writtenBy = writtenBy;
            this.writtenAt = LocalDateTime.now(ZoneOffset.UTC);
        }

        public String getText() {
            return text;
        }

        public String getWrittenBy() {
            return writtenBy;
        }

        public LocalDateTime getWrittenAt() {
            return writtenAt;
        }
    }
}
