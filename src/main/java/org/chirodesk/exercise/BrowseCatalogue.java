package org.chirodesk.exercise;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.ResourceBundle;
import org.chirodesk.system.ClinicMessages;
import org.omnifaces.util.Faces;

/** The catalogue page: every exercise, read-only, with its dosage in plain words. */
@Named
@RequestScoped
public class BrowseCatalogue {

    @Inject
    private ExerciseCatalogue catalogue;

    private List<Exercise> exercises;
    private DosageWords words;

    @PostConstruct
    void load() {
        exercises = catalogue.all();
        words = new DosageWords(ResourceBundle.getBundle(ClinicMessages.BUNDLE, Faces.getLocale()));
    }

    public List<Exercise> getExercises() {
        return exercises;
    }

    public String dosageOf(Exercise exercise) {
        return words.of(exercise.getDosage());
    }
}
