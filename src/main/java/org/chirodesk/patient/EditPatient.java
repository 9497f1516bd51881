package org.chirodesk.patient;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Registers a new patient or edits one, opened by its public id. A new patient who looks like
 * one already registered is saved only once the user has seen the possible duplicates. A save
 * that would overwrite someone else's is refused, keeping what was typed.
 */
@Named
@ViewScoped
public class EditPatient implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PatientRegister register;

    private String publicId;
    private Patient patient;
    private List<Patient> duplicates = List.of();
    private boolean conflict;

    /** Loads the patient named in the address, or starts a new one. */
    public void load() throws IOException {
        if (publicId == null || publicId.isBlank()) {
            patient = new Patient();
            return;
        }
        patient = register.details(publicId).orElse(null);
        if (patient == null) {
            Faces.responseSendError(404, "not found");
        }
    }

    public void save() throws IOException {
        if (patient.getId() == null) {
            registerUnlessDuplicate(false);
            return;
        }
        try {
            patient = register.update(patient);
            Messages.addGlobalInfo("patient.saved", patient.getNumber());
            conflict = false;
        } catch (OptimisticLockException e) {
            conflict = true;
            Messages.addGlobalWarn("patient.conflict");
        }
    }

    public void registerAnyway() throws IOException {
        registerUnlessDuplicate(true);
    }

    private void registerUnlessDuplicate(boolean confirmed) throws IOException {
        if (!confirmed) {
            duplicates = register.possibleDuplicates(patient);
            if (!duplicates.isEmpty()) {
                Messages.addGlobalWarn("patient.possibleDuplicates");
                return;
            }
        }
        var registered = register.register(patient);
        Messages.addFlashGlobalInfo("patient.registered", registered.getNumber());
        Faces.redirect("patients/edit.xhtml?patient=%s", registered.getPublicId());
    }

    public void archive() {
        try {
            patient = register.archive(patient.getId(), patient.getVersion());
            Messages.addGlobalInfo("patient.archived", patient.getNumber());
        } catch (OptimisticLockException e) {
            conflict = true;
            Messages.addGlobalWarn("patient.conflict");
        }
    }

    public void restore() {
        try {
            patient = register.restore(patient.getId(), patient.getVersion());
            Messages.addGlobalInfo("patient.restored", patient.getNumber());
        } catch (OptimisticLockException e) {
            conflict = true;
            Messages.addGlobalWarn("patient.conflict");
        }
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public String getPublicId() {
        return publicId;
    }

    public void setPublicId(String publicId) {
        this.publicId = publicId;
    }

    public Patient getPatient() {
        return patient;
    }

    public List<Patient> getDuplicates() {
        return duplicates;
    }

    public boolean isConflict() {
        return conflict;
    }
}
