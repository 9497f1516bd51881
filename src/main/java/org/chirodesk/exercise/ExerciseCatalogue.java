package org.chirodesk.exercise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

/** Reads the catalogue. */
@ApplicationScoped
public class ExerciseCatalogue {

    @PersistenceContext
    private EntityManager em;

    /**
     * Every exercise with its steps, mistakes and variations: four queries, however many
     * exercises there are.
     */
    public List<Exercise> all() {
        return em.createQuery("select e from Exercise e order by e.category, e.name", Exercise.class)
                .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
                .setHint(QueryHints.BATCH, "e.steps")
                .setHint(QueryHints.BATCH, "e.commonMistakes")
                .setHint(QueryHints.BATCH, "e.variations")
                .getResultList();
    }
}
