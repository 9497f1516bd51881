package org.chirodesk.privacy;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The machine-readable export: one JSON document, every value as held. */
final class PatientFileJson {

    private PatientFileJson() {}

    static String of(PatientFile file) {
        var patient = file.patient();
        var details = object().add("number", patient.getNumber())
                .add("familyName", text(patient.getFamilyName()))
                .add("givenNames", text(patient.getGivenNames()))
                .add("dateOfBirth", text(patient.getDateOfBirth()))
                .add("sex", text(patient.getSex()))
                .add("mobilePhone", text(patient.getMobilePhone()))
                .add("otherPhone", text(patient.getOtherPhone()))
                .add("email", text(patient.getEmail()))
                .add("addressLine1", text(patient.getAddressLine1()))
                .add("addressLine2", text(patient.getAddressLine2()))
                .add("town", text(patient.getTown()))
                .add("postcode", text(patient.getPostcode()))
                .add("emergencyContactName", text(patient.getEmergencyContactName()))
                .add("emergencyContactPhone", text(patient.getEmergencyContactPhone()))
                .add("gp", text(patient.getGp()))
                .add("referrer", text(patient.getReferrer()))
                .add("occupation", text(patient.getOccupation()))
                .add("sittingHoursPerDay", text(patient.getSittingHoursPerDay()))
                .add("contactByPhone", patient.isContactByPhone())
                .add("contactBySms", patient.isContactBySms())
                .add("contactByEmail", patient.isContactByEmail())
                .add("contactByPost", patient.isContactByPost())
                .add("archived", patient.isArchived())
                .add("registeredAt", text(patient.getCreatedAt()));
        var history = file.history();
        var root = object().add("patient", details)
                .add(
                        "consents",
                        array(
                                file.consents(),
                                consent -> object().add(
                                                "kind", consent.getKind().name())
                                        .add("givenOn", text(consent.getGivenOn()))
                                        .add("wordingVersion", consent.getWordingVersion())
                                        .add("recordedBy", consent.getRecordedBy())
                                        .add("withdrawnOn", text(consent.getWithdrawnOn()))))
                .add(
                        "caseHistory",
                        history == null
                                ? object()
                                : object().add("presentingComplaint", text(history.getPresentingComplaint()))
                                        .add("onset", text(history.getOnset()))
                                        .add("history", text(history.getHistory()))
                                        .add("medicalHistory", text(history.getMedicalHistory()))
                                        .add("medications", text(history.getMedications()))
                                        .add("goals", text(history.getGoals())))
                .add(
                        "redFlagScreenings",
                        array(
                                file.screenings(),
                                screening -> object().add("screenedAt", text(screening.getScreenedAt()))
                                        .add("screenedBy", screening.getScreenedBy())
                                        .add("answers", answers(screening.getAnswers()))
                                        .add("actionTaken", text(screening.getActionTaken()))
                                        .add("safetyNetAdvice", text(screening.getSafetyNetAdvice()))))
                .add(
                        "visitNotes",
                        array(
                                file.notes(),
                                note -> object().add("visitDate", text(note.getVisitDate()))
                                        .add("subjective", text(note.getSubjective()))
                                        .add("objective", text(note.getObjective()))
                                        .add("assessment", text(note.getAssessment()))
                                        .add("plan", text(note.getPlan()))
                                        .add("writtenBy", text(note.getWrittenBy()))
                                        .add("signedBy", text(note.getSignedBy()))
                                        .add("signedAt", text(note.getSignedAt()))
                                        .add(
                                                "amendments",
                                                array(
                                                        note.getAmendments(),
                                                        amendment -> object().add("text", amendment.getText())
                                                                .add("writtenBy", amendment.getWrittenBy())
                                                                .add("writtenAt", text(amendment.getWrittenAt()))))))
                .add(
                        "accessLog",
                        array(
                                file.accessLog(),
                                event -> object().add("at", text(event.getOccurredAt()))
                                        .add("purpose", event.getAction().name())
                                        .add("outcome", event.getOutcome().name())));
        var out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.writeObject(root.build());
        }
        return out.toString();
    }

    private static JsonObjectBuilder object() {
        return Json.createObjectBuilder();
    }

    private static <T> JsonArrayBuilder array(List<T> items, Function<T, JsonObjectBuilder> each) {
        var array = Json.createArrayBuilder();
        items.forEach(item -> array.add(each.apply(item)));
        return array;
    }

    private static JsonObjectBuilder answers(Map<?, ?> answers) {
        var object = object();
        answers.forEach((flag, answer) -> object.add(flag.toString(), answer.toString()));
        return object;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
