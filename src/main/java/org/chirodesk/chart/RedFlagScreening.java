package org.chirodesk.chart;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.chirodesk.chart.RedFlag.Answer;

/**
 * One red-flag screening of a patient. Any cauda equina sign present makes it unresolved until
 * the chiropractor records the action taken (such as sending the patient for same-day
 * assessment); while the latest screening is unresolved nothing else may be prescribed. The
 * safety-net advice given is recorded with it.
 */
@Entity
@Table(name = "red_flag_screening")
public class RedFlagScreening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private Long patientId;

    @Column(name = "screened_at", nullable = false, updatable = false)
    private LocalDateTime screenedAt;

    @Column(name = "screened_by", nullable = false, updatable = false, length = 64)
    private String screenedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "red_flag_answer", joinColumns = @JoinColumn(name = "screening_id"))
    @MapKeyColumn(name = "flag")
    @MapKeyEnumerated(EnumType.STRING)
    @Enumerated(EnumType.STRING)
    @Column(name = "answer", nullable = false)
    private Map<RedFlag, Answer> answers = new EnumMap<>(RedFlag.class);

    @Size(max = 2000, message = "{text.tooLong}")
    @Column(name = "action_taken")
    private String actionTaken;

    @Size(max = 2000, message = "{text.tooLong}")
    @Column(name = "safety_net_advice")
    private String safetyNetAdvice;

    protected RedFlagScreening() {}

    /** A new screening that starts from the answers of the previous one, or from "not asked". */
    public static RedFlagScreening following(long patientId, RedFlagScreening previous) {
        var screening = new RedFlagScreening();
        screening.patientId = patientId;
        for (var flag : RedFlag.values()) {
            screening.answers.put(flag, previous == null ? Answer.NOT_ASKED : previous.answer(flag));
        }
        if (previous != null) {
            screening.safetyNetAdvice = previous.safetyNetAdvice;
        }
        return screening;
    }

    void recordedBy(String username) {
        screenedBy = username;
        screenedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Answer answer(RedFlag flag) {
        return answers.getOrDefault(flag, Answer.NOT_ASKED);
    }

    public void answer(RedFlag flag, Answer answer) {
        answers.put(flag, answer);
    }

    public boolean caudaEquinaSignPresent() {
        return RedFlag.caudaEquinaSigns().stream().anyMatch(flag -> answer(flag) == Answer.PRESENT);
    }

    /** A cauda equina sign is present and no action taken is recorded. */
    public boolean isUnresolved() {
        return caudaEquinaSignPresent() && (actionTaken == null || actionTaken.isBlank());
    }

    public List<RedFlag> getPresent() {
        return answers.entrySet().stream()
                .filter(entry -> entry.getValue() == Answer.PRESENT)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    public Long getId() {
        return id;
    }

    public Long getPatientId() {
        return patientId;
    }

    public LocalDateTime getScreenedAt() {
        return screenedAt;
    }

    public String getScreenedBy() {
        return screenedBy;
    }

    /** For the form: a live view of the answers, one per red flag. */
    public Map<RedFlag, Answer> getAnswers() {
        return answers;
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public void setActionTaken(String actionTaken) {
        this.actionTaken = actionTaken;
    }

    public String getSafetyNetAdvice() {
        return safetyNetAdvice;
    }

    public void setSafetyNetAdvice(String safetyNetAdvice) {
        this.safetyNetAdvice = safetyNetAdvice;
    }
}
