package org.chirodesk.patient;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The front desk's patient search: one box for a name, number, date of birth, phone or email;
 * results as a lazy, paged, sortable list that loads one page with two queries.
 */
@Named
@ViewScoped
public class FindPatient implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PatientRegister register;

    private String text;
    private boolean includeArchived;
    private LazyDataModel<Patient> results;
    private PatientMatches matches;

    @PostConstruct
    void init() {
        results = new Results();
    }

    public LazyDataModel<Patient> getResults() {
        return results;
    }

    /** More patients match than are worth paging through. */
    public boolean isTooBroad() {
        return matches != null && matches.tooBroad();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isIncludeArchived() {
        return includeArchived;
    }

    public void setIncludeArchived(boolean includeArchived) {
        this.includeArchived = includeArchived;
    }

    /** What the current text finds, looked up once however often the table asks. */
    private PatientMatches matches() {
        var query = PatientQuery.of(text, includeArchived);
        if (matches == null || !matches.query().equals(query)) {
            matches = register.search(query);
        }
        return matches;
    }

    /** The page of patients the table shows, sorted by one of the {@link PatientOrder}s. */
    private class Results extends LazyDataModel<Patient> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            matches = null; // a new search: the register may have changed since
            return Math.toIntExact(matches().count());
        }

        @Override
        public List<Patient> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
            var sort = sortBy.values().stream().findFirst();
            var order = PatientOrder.forField(sort.map(SortMeta::getField).orElse(null));
            var ascending = sort.map(s -> s.getOrder() != SortOrder.DESCENDING).orElse(true);
            return register.page(matches(), order, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(Patient patient) {
            return patient.getPublicId();
        }

        @Override
        public Patient getRowData(String rowKey) {
            return getWrappedData().stream()
                    .filter(patient -> patient.getPublicId().equals(rowKey))
                    .findFirst()
                    .orElse(null);
        }
    }
}
