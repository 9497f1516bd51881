package org.chirodesk.privacy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.chirodesk.audit.AuditEvent;
import org.chirodesk.patient.EditPatient;
import org.chirodesk.staff.Role;
import org.chirodesk.system.ClinicMessages;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The administrator's data-protection section of the patient page. */
@Named
@ViewScoped
public class DataProtection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SubjectAccess subjectAccess;

    @Inject
    private EditPatient page;

    @Inject
    private HttpServletRequest request;

    private List<AuditEvent> accessReport = List.of();

    /** Runs after the page has loaded its patient; only an administrator sees the report. */
    public void load() {
        if (request.isUserInRole(Role.ADMIN.name())
                && page.getPatient() != null
                && page.getPatient().getId() != null) {
            accessReport = subjectAccess.accessReport(patientId());
        }
    }

    public void downloadJson() throws IOException {
        var json = subjectAccess.exportJson(patientId()).getBytes(StandardCharsets.UTF_8);
        Faces.sendFile(json, page.getPatient().getNumber() + ".json", true);
    }

    public void downloadPdf() throws IOException {
        Faces.sendFile(
                subjectAccess.exportPdf(patientId(), Faces.getLocale()),
                page.getPatient().getNumber() + ".pdf",
                true);
    }

    public void erase() {
        var erased = subjectAccess.erase(patientId());
        var words = ResourceBundle.getBundle(ClinicMessages.BUNDLE, Faces.getLocale());
        var details = erased.stream()
                .map(field ->
                        words.getString("patient." + (field.equals("sittingHoursPerDay") ? "sittingHours" : field)))
                .collect(Collectors.joining(", "));
        Messages.addFlashGlobalInfo(erased.isEmpty() ? "privacy.erasedNothing" : "privacy.erased", details);
        Faces.redirect("patients/edit.xhtml?patient=%s", page.getPatient().getPublicId());
    }

    private long patientId() {
        return page.getPatient().getId();
    }

    public List<AuditEvent> getAccessReport() {
        return accessReport;
    }
}
