package org.chirodesk.patient;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Messages;

/** The consent ledger on the patient's page: what is in force, what was withdrawn, a new entry. */
@Named
@ViewScoped
public class RecordConsent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsentLedger ledger;

    @Inject
    private EditPatient page;

    private List<Consent> consents = List.of();

    @NotNull
    private Consent.Kind kind;

    @NotNull
    @PastOrPresent
    private LocalDate givenOn;

    @NotBlank
    @Size(max = 20, message = "{text.tooLong}")
    private String wordingVersion;

    @PostConstruct
    void init() {
        givenOn = LocalDate.now();
        wordingVersion = ledger.currentWording();
    }

    /** Runs after the page has loaded its patient. */
    public void load() {
        var patient = page.getPatient();
        consents = patient == null || patient.getId() == null ? List.of() : ledger.of(patient.getId());
    }

    public void record() {
        ledger.record(page.getPatient().getId(), kind, givenOn, wordingVersion);
        Messages.addGlobalInfo("consent.recorded");
        kind = null;
        load();
    }

    public void withdraw(Consent consent) {
        try {
            ledger.withdraw(consent.getId(), consent.getVersion(), LocalDate.now());
            Messages.addGlobalInfo("consent.withdrawn");
        } catch (OptimisticLockException e) {
            Messages.addGlobalWarn("consent.changedMeanwhile");
        }
        load();
    }

    public Consent.Kind[] getKinds() {
        return Consent.Kind.values();
    }

    public List<Consent> getConsents() {
        return consents;
    }

    public Consent.Kind getKind() {
        return kind;
    }

    public void setKind(Consent.Kind kind) {
        this.kind = kind;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public String getWordingVersion() {
        return wordingVersion;
    }

    public void setWordingVersion(String wordingVersion) {
        this.wordingVersion = wordingVersion;
    }
}
