package org.chirodesk.privacy;

import java.util.List;
import org.chirodesk.audit.AuditEvent;
import org.chirodesk.chart.CaseHistory;
import org.chirodesk.chart.RedFlagScreening;
import org.chirodesk.chart.VisitNote;
import org.chirodesk.patient.Consent;
import org.chirodesk.patient.Patient;

/** Everything the clinic holds on one patient, as a subject-access request discloses it. */
public record PatientFile(
        Patient patient,
        List<Consent> consents,
        CaseHistory history,
        List<RedFlagScreening> screenings,
        List<VisitNote> notes,
        List<AuditEvent> accessLog) {}
