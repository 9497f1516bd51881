package org.chirodesk.chart;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chirodesk.chart.RedFlag.Answer;
import org.chirodesk.staff.Role;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The chart page, opened by the patient's public id: the summary, case history, red-flag
 * screening and visit notes. A chiropractor writes; an administrator reads.
 */
@Named
@ViewScoped
public class OpenChart implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Charts charts;

    @Inject
    private HttpServletRequest request;

    private String publicId;
    private Chart chart;
    private CaseHistory history;
    private RedFlagScreening screening;
    private VisitNote draft;
    private final Map<Long, String> amendments = new HashMap<>();

    public void load() throws IOException {
        var opened = charts.open(publicId == null ? "" : publicId);
        if (opened.isEmpty()) {
            Faces.responseSendError(404, "not found");
            return;
        }
        show(opened.get());
    }

    private void show(Chart loaded) {
        chart = loaded;
        history = chart.getHistory();
        screening = RedFlagScreening.following(chart.getPatient().getId(), chart.getScreening());
        draft = chart.getNotes().stream()
                .filter(note -> !note.isSigned())
                .findFirst()
                .orElseGet(() -> VisitNote.today(chart.getPatient().getId()));
        amendments.clear();
    }

    private void reload() {
        show(charts.reload(chart.getPatient().getId()));
    }

    public void saveHistory() {
        try {
            history = charts.saveHistory(history);
            Messages.addGlobalInfo("chart.historySaved");
            chart = charts.reload(chart.getPatient().getId());
        } catch (OptimisticLockException e) {
            Messages.addGlobalWarn("chart.conflict");
        }
    }

    public void saveScreening() {
        charts.screen(screening);
        reload();
        Messages.addGlobalInfo(chart.isCaudaEquinaUnresolved() ? "chart.caudaEquinaAlert" : "chart.screeningSaved");
    }

    public void saveNote() {
        try {
            draft = charts.write(draft);
            Messages.addGlobalInfo("chart.noteSaved");
            chart = charts.reload(chart.getPatient().getId());
        } catch (OptimisticLockException e) {
            Messages.addGlobalWarn("chart.conflict");
        }
    }

    public void signNote() {
        try {
            draft = charts.write(draft);
            charts.sign(draft.getId(), draft.getVersion());
            Messages.addGlobalInfo("chart.noteSigned");
            reload();
        } catch (OptimisticLockException e) {
            Messages.addGlobalWarn("chart.conflict");
        }
    }

    public void amend(VisitNote note) {
        var text = amendments.get(note.getId());
        if (text == null || text.isBlank()) {
            Messages.addGlobalError("chart.amendmentEmpty");
            return;
        }
        charts.amend(note.getId(), text);
        Messages.addGlobalInfo("chart.amended");
        reload();
    }

    public boolean isWriter() {
        return request.isUserInRole(Role.CHIROPRACTOR.name());
    }

    public List<RedFlag> getCaudaEquinaSigns() {
        return RedFlag.caudaEquinaSigns();
    }

    public List<RedFlag> getSeriousPathologyFlags() {
        return RedFlag.seriousPathologyFlags();
    }

    public Answer[] getAnswers() {
        return Answer.values();
    }

    public String getPublicId() {
        return publicId;
    }

    public void setPublicId(String publicId) {
        this.publicId = publicId;
    }

    public Chart getChart() {
        return chart;
    }

    public CaseHistory getHistory() {
        return history;
    }

    public RedFlagScreening getScreening() {
        return screening;
    }

    public VisitNote getDraft() {
        return draft;
    }

    public Map<Long, String> getAmendments() {
        return amendments;
    }
}
