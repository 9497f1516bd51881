package org.chirodesk.chart;

import java.time.LocalDate;
import java.util.List;
import org.chirodesk.patient.Patient;

/** What the chart page shows of one patient, loaded with a fixed number of queries. */
public final class Chart {

    private final Patient patient;
    private final CaseHistory history;
    private final RedFlagScreening screening;
    private final List<VisitNote> notes;

    Chart(Patient patient, CaseHistory history, RedFlagScreening screening, List<VisitNote> notes) {
        this.patient = patient;
        this.history = history;
        this.screening = screening;
        this.notes = List.copyOf(notes);
    }

    public Patient getPatient() {
        return patient;
    }

    public CaseHistory getHistory() {
        return history;
    }

    /** The latest screening, or null before the first. */
    public RedFlagScreening getScreening() {
        return screening;
    }

    /** Newest first. */
    public List<VisitNote> getNotes() {
        return notes;
    }

    public LocalDate getLastVisit() {
        return notes.isEmpty() ? null : notes.get(0).getVisitDate();
    }

    public Integer getAge() {
        return patient.ageOn(LocalDate.now());
    }

    /** A cauda equina sign without a recorded action: nothing else may be prescribed. */
    public boolean isCaudaEquinaUnresolved() {
        return screening != null && screening.isUnresolved();
    }

    public List<RedFlag> getRedFlagsPresent() {
        return screening == null ? List.of() : screening.getPresent();
    }
}
