package org.chirodesk.exercise;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How much, how long and how often. Richer than sets and reps because active-rest advice is:
 * "8–12 reps as often as once per hour", "hold up to 2 minutes, 2–5 times a day", "get up after
 * 20–30 minutes of sitting", "a few short walks rather than one long one". Every part is optional;
 * {@link DosageWords} says the parts that are set in plain words.
 */
@Embeddable
public class Dosage {

    @Column(name = "reps_min")
    private Integer repsMin;

    @Column(name = "reps_max")
    private Integer repsMax;

    @Column(name = "sets")
    private Integer sets;

    @Column(name = "hold_seconds")
    private Integer holdSeconds;

    @Column(name = "per_day_min")
    private Integer perDayMin;

    @Column(name = "per_day_max")
    private Integer perDayMax;

    /** "As often as once per hour" is 60. */
    @Column(name = "at_most_every_minutes")
    private Integer atMostEveryMinutes;

    /** The trigger "get up after 20–30 minutes of sitting". */
    @Column(name = "sitting_minutes_min")
    private Integer sittingMinutesMin;

    @Column(name = "sitting_minutes_max")
    private Integer sittingMinutesMax;

    /** Several short bouts through the day rather than one long one. */
    @Column(name = "short_bouts", nullable = false)
    private boolean shortBouts;

    protected Dosage() {}

    public static Dosage reps(int min, int max) {
        var dosage = new Dosage();
        dosage.repsMin = min;
        dosage.repsMax = max;
        return dosage;
    }

    public static Dosage hold(int seconds) {
        var dosage = new Dosage();
        dosage.holdSeconds = seconds;
        return dosage;
    }

    public static Dosage shortBoutsThroughTheDay() {
        var dosage = new Dosage();
        dosage.shortBouts = true;
        return dosage;
    }

    public static Dosage breakSittingAfter(int minMinutes, int maxMinutes) {
        var dosage = new Dosage();
        dosage.sittingMinutesMin = minMinutes;
        dosage.sittingMinutesMax = maxMinutes;
        return dosage;
    }

    public Dosage inSets(int count) {
        sets = count;
        return this;
    }

    public Dosage timesADay(int min, int max) {
        perDayMin = min;
        perDayMax = max;
        return this;
    }

    public Dosage atMostEvery(int minutes) {
        atMostEveryMinutes = minutes;
        return this;
    }

    public Integer getRepsMin() {
        return repsMin;
    }

    public Integer getRepsMax() {
        return repsMax;
    }

    public Integer getSets() {
        return sets;
    }

    public Integer getHoldSeconds() {
        return holdSeconds;
    }

    public Integer getPerDayMin() {
        return perDayMin;
    }

    public Integer getPerDayMax() {
        return perDayMax;
    }

    public Integer getAtMostEveryMinutes() {
        return atMostEveryMinutes;
    }

    public Integer getSittingMinutesMin() {
        return sittingMinutesMin;
    }

    public Integer getSittingMinutesMax() {
        return sittingMinutesMax;
    }

    public boolean isShortBouts() {
        return shortBouts;
    }
}
