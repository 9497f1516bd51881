package org.chirodesk.exercise;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;

/** Says a dosage in plain words, in the bundle's language: "8–12 reps, up to once an hour". */
public final class DosageWords {

    private final ResourceBundle words;

    public DosageWords(ResourceBundle words) {
        this.words = words;
    }

    public String of(Dosage dosage) {
        List<String> parts = new ArrayList<>();
        range(parts, "dosage.reps", dosage.getRepsMin(), dosage.getRepsMax());
        if (dosage.getSets() != null) {
            parts.add(say("dosage.sets", dosage.getSets()));
        }
        if (dosage.getHoldSeconds() != null) {
            parts.add(say("dosage.holdUpTo", duration(dosage.getHoldSeconds())));
        }
        range(parts, "dosage.perDay", dosage.getPerDayMin(), dosage.getPerDayMax());
        if (dosage.getAtMostEveryMinutes() != null) {
            parts.add(
                    dosage.getAtMostEveryMinutes() == 60
                            ? say("dosage.upToHourly")
                            : say("dosage.upToEveryMinutes", dosage.getAtMostEveryMinutes()));
        }
        range(parts, "dosage.sittingBreak", dosage.getSittingMinutesMin(), dosage.getSittingMinutesMax());
        if (dosage.isShortBouts()) {
            parts.add(say("dosage.shortBouts"));
        }
        return capitalised(String.join(", ", parts));
    }

    private void range(List<String> parts, String key, Integer min, Integer max) {
        if (min == null && max == null) {
            return;
        }
        var low = Objects.requireNonNullElse(min, max);
        var high = Objects.requireNonNullElse(max, min);
        parts.add(say(key, low.equals(high) ? String.valueOf(low) : say("dosage.range", low, high)));
    }

    private String duration(int seconds) {
        if (seconds % 60 != 0) {
            return say("dosage.seconds", seconds);
        }
        return say("dosage.minutes", seconds / 60);
    }

    private String say(String key, Object... arguments) {
        return MessageFormat.format(words.getString(key), arguments);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
