package org.chirodesk.patient;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What was typed into the one search box, understood: a patient number (P42 or up to five
 * digits), a date of birth (25/12/1980 or 1980-12-25), a phone number (six digits or more), an
 * email address (has an @) or else words of a name.
 */
public record PatientQuery(Kind kind, String text, boolean includeArchived) {

    /** How the text is matched. */
    public enum Kind {
        EVERYONE,
        NUMBER,
        BIRTH,
        PHONE,
        EMAIL,
        NAME
    }

    private static final Pattern NUMBER = Pattern.compile("[Pp]\\s*0*(\\d{1,9})|0*(\\d{1,5})");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,}");
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT);

    public static PatientQuery of(String typed, boolean includeArchived) {
        var text = typed == null ? "" : typed.strip();
        return new PatientQuery(kindOf(text), text, includeArchived);
    }

    private static Kind kindOf(String text) {
        if (text.isEmpty()) {
            return Kind.EVERYONE;
        }
        if (NUMBER.matcher(text).matches()) {
            return Kind.NUMBER;
        }
        if (birth(text) != null) {
            return Kind.BIRTH;
        }
        if (PHONE.matcher(text).matches() && Patient.digits(text).length() >= 6) {
            return Kind.PHONE;
        }
        if (text.contains("@")) {
            return Kind.EMAIL;
        }
        return NameWords.ofSearch(text).isEmpty() ? Kind.EVERYONE : Kind.NAME;
    }

    public long number() {
        var matcher = NUMBER.matcher(text);
        matcher.matches();
        return Long.parseLong(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }

    public LocalDate birth() {
        return birth(text);
    }

    public String phoneDigits() {
        return Patient.digits(text);
    }

    public String email() {
        return text.toLowerCase(Locale.ROOT);
    }

    public Set<String> words() {
        return NameWords.ofSearch(text);
    }

    private static LocalDate birth(String text) {
        for (var format : new DateTimeFormatter[] {DAY_FIRST, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // not in this form
            }
        }
        return null;
    }
}
