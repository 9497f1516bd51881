package org.chirodesk.privacy;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.ResourceBundle;

/** The readable export: a PDF a patient can read, with the same content as the JSON. */
final class PatientFilePdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);

    private PatientFilePdf() {}

    static byte[] of(PatientFile file, ResourceBundle words) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.open();
        var patient = file.patient();
        document.add(new Paragraph(words.getString("export.title"), TITLE));
        document.add(new Paragraph(patient.getNumber() + " · " + patient.getFullName(), BODY));

        heading(document, words.getString("export.details"));
        document.add(table(List.of(
                row(words, "patient.familyName", patient.getFamilyName()),
                row(words, "patient.givenNames", patient.getGivenNames()),
                row(words, "patient.dateOfBirth", patient.getDateOfBirth()),
                row(words, "patient.mobilePhone", patient.getMobilePhone()),
                row(words, "patient.otherPhone", patient.getOtherPhone()),
                row(words, "patient.email", patient.getEmail()),
                row(words, "patient.addressLine1", patient.getAddressLine1()),
                row(words, "patient.addressLine2", patient.getAddressLine2()),
                row(words, "patient.town", patient.getTown()),
                row(words, "patient.postcode", patient.getPostcode()),
                row(words, "patient.emergencyContactName", patient.getEmergencyContactName()),
                row(words, "patient.emergencyContactPhone", patient.getEmergencyContactPhone()),
                row(words, "patient.gp", patient.getGp()),
                row(words, "patient.referrer", patient.getReferrer()),
                row(words, "patient.occupation", patient.getOccupation()),
                row(words, "patient.sittingHours", patient.getSittingHoursPerDay()))));

        heading(document, words.getString("export.consents"));
        document.add(table(file.consents().stream()
                .map(consent -> new String[] {
                    words.getString("consent.kind." + consent.getKind()),
                    consent.getGivenOn() + " (" + consent.getWordingVersion() + ")"
                            + (consent.isInForce()
                                    ? ""
                                    : " · " + words.getString("consent.withdrawnOn") + " " + consent.getWithdrawnOn())
                })
                .toList()));

        var history = file.history();
        if (history != null) {
            heading(document, words.getString("chart.history"));
            document.add(table(List.of(
                    row(words, "chart.history.presentingComplaint", history.getPresentingComplaint()),
                    row(words, "chart.history.onset", history.getOnset()),
                    row(words, "chart.history.history", history.getHistory()),
                    row(words, "chart.history.medicalHistory", history.getMedicalHistory()),
                    row(words, "chart.history.medications", history.getMedications()),
                    row(words, "chart.history.goals", history.getGoals()))));
        }

        heading(document, words.getString("chart.redFlags"));
        for (var screening : file.screenings()) {
            document.add(new Paragraph(screening.getScreenedAt() + " · " + screening.getScreenedBy(), BODY));
            document.add(table(screening.getPresent().stream()
                    .map(flag -> new String[] {words.getString("redFlag." + flag), words.getString("answer.PRESENT")})
                    .toList()));
        }

        heading(document, words.getString("chart.notes"));
        for (var note : file.notes()) {
            document.add(new Paragraph(String.valueOf(note.getVisitDate()), HEADING));
            document.add(table(List.of(
                    row(words, "chart.soap.subjective", note.getSubjective()),
                    row(words, "chart.soap.objective", note.getObjective()),
                    row(words, "chart.soap.assessment", note.getAssessment()),
                    row(words, "chart.soap.plan", note.getPlan()))));
            for (var amendment : note.getAmendments()) {
                document.add(new Paragraph(words.getString("chart.amendment") + ": " + amendment.getText(), BODY));
            }
        }

        heading(document, words.getString("export.accessLog"));
        document.add(table(file.accessLog().stream()
                .map(event -> new String[] {
                    event.getOccurredAt().withNano(0) + " UTC",
                    words.getString("audit.action." + event.getAction()) + " · "
                            + words.getString("audit.outcome." + event.getOutcome())
                })
                .toList()));
        document.close();
        return out.toByteArray();
    }

    private static void heading(Document document, String text) {
        var heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static String[] row(ResourceBundle words, String key, Object value) {
        return new String[] {words.getString(key), value == null ? "" : value.toString()};
    }

    private static PdfPTable table(List<String[]> rows) {
        var table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (var row : rows) {
            table.addCell(new Paragraph(row[0], BODY));
            table.addCell(new Paragraph(row[1], BODY));
        }
        if (rows.isEmpty()) {
            table.addCell(new Paragraph("—", BODY));
            table.addCell(new Paragraph("", BODY));
        }
        return table;
    }
}
