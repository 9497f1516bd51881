package org.chirodesk.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class DosageWordsTest {

    private final DosageWords words =
            new DosageWords(ResourceBundle.getBundle("org.chirodesk.messages", Locale.ENGLISH));

    @Test
    void repsAsOftenAsHourly() {
        assertEquals(
                "8–12 reps, up to once an hour", words.of(Dosage.reps(8, 12).atMostEvery(60)));
    }

    @Test
    void holdInMinutesSeveralTimesADay() {
        assertEquals(
                "Hold up to 2 minutes, 2–5 times a day",
                words.of(Dosage.hold(120).timesADay(2, 5)));
    }

    @Test
    void holdInSecondsAndSingularMinute() {
        assertEquals("Hold up to 45 seconds", words.of(Dosage.hold(45)));
        assertEquals("Hold up to 1 minute", words.of(Dosage.hold(60)));
    }

    @Test
    void equalBoundsAreOneNumber() {
        assertEquals("10 reps, 3 sets", words.of(Dosage.reps(10, 10).inSets(3)));
    }

    @Test
    void otherIntervalsInMinutes() {
        assertEquals(
                "5 reps, up to once every 30 minutes",
                words.of(Dosage.reps(5, 5).atMostEvery(30)));
    }

    @Test
    void sittingTrigger() {
        assertEquals("Get up after 20–30 minutes of sitting", words.of(Dosage.breakSittingAfter(20, 30)));
    }

    @Test
    void shortBouts() {
        assertEquals(
                "A few short sessions through the day rather than one long one",
                words.of(Dosage.shortBoutsThroughTheDay()));
    }
}
