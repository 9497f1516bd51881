package org.chirodesk.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.chirodesk.patient.PatientQuery.Kind;
import org.junit.jupiter.api.Test;

class PatientQueryTest {

    private static PatientQuery typed(String text) {
        return PatientQuery.of(text, false);
    }

    @Test
    void patientNumbers() {
        assertEquals(Kind.NUMBER, typed("P000042").kind());
        assertEquals(42, typed("P000042").number());
        assertEquals(42, typed("p42").number());
        assertEquals(1234, typed("1234").number());
    }

    @Test
    void datesOfBirth() {
        assertEquals(LocalDate.of(1979, 3, 14), typed("14/03/1979").birth());
        assertEquals(LocalDate.of(1979, 3, 14), typed("14/3/1979").birth());
        assertEquals(LocalDate.of(1979, 3, 14), typed("1979-03-14").birth());
    }

    @Test
    void phonesAndEmails() {
        assertEquals(Kind.PHONE, typed("07797 123").kind());
        assertEquals("07797123", typed("07797 123").phoneDigits());
        assertEquals(Kind.PHONE, typed("+44 1534 733162").kind());
        assertEquals(Kind.EMAIL, typed("Zoe@Example.org").kind());
        assertEquals("zoe@example.org", typed("Zoe@Example.org").email());
    }

    @Test
    void namesAndEveryone() {
        assertEquals(Kind.NAME, typed("o'brien").kind());
        assertEquals(Set.of("obrien"), typed("o'brien").words());
        assertEquals(Kind.EVERYONE, typed("   ").kind());
        assertEquals(Kind.EVERYONE, typed(null).kind());
        assertEquals(Kind.EVERYONE, typed("%%").kind());
    }
}
