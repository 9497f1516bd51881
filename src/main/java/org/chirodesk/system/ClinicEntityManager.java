package org.chirodesk.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Makes the clinic's persistence context injectable where a lazy list needs to reach it. */
@ApplicationScoped
public class ClinicEntityManager {

    @Produces
    @PersistenceContext
    private EntityManager em;
}
