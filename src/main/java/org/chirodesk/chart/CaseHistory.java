package org.chirodesk.chart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The patient's case history: one per patient, kept up to date by the chiropractor. */
@Entity
@Table(name = "case_history")
public class CaseHistory {

    @Id
    @Column(name = "patient_id")
    private Long patientId;

    @Version
    private long version;

    @Size(max = 2000, message = "{text.tooLong}")
    @Column(name = "presenting_complaint")
    private String presentingComplaint;

    @Size(max = 2000, message = "{text.tooLong}")
    private String onset;

    @Size(max = 4000, message = "{text.tooLong}")
    private String history;

    @Size(max = 4000, message = "{text.tooLong}")
    @Column(name = "medical_history")
    private String medicalHistory;

    @Size(max = 2000, message = "{text.tooLong}")
    private String medications;

    @Size(max = 2000, message = "{text.tooLong}")
    private String goals;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected CaseHistory() {}

    public static CaseHistory blank(long patientId) {
        var history = new CaseHistory();
        history.patientId = patientId;
        return history;
    }

    void recordedBy(String username) {
        updatedBy = username;
        updatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getPatientId() {
        return patientId;
    }

    public String getPresentingComplaint() {
        return presentingComplaint;
    }

    public void setPresentingComplaint(String presentingComplaint) {
        this.presentingComplaint = presentingComplaint;
    }

    public String getOnset() {
        return onset;
    }

    public void setOnset(String onset) {
        this.onset = onset;
    }

    public String getHistory() {
        return history;
    }

    public void setHistory(String history) {
        this.history = history;
    }

    public String getMedicalHistory() {
        return medicalHistory;
    }

    public void setMedicalHistory(String medicalHistory) {
        this.medicalHistory = medicalHistory;
    }

    public String getMedications() {
        return medications;
    }

    public void setMedications(String medications) {
        this.medications = medications;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
