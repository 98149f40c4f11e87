package nl.keukentafel.gui.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.logic.check.CheckRefusal;
import nl.keukentafel.logic.check.CheckReport;
import nl.keukentafel.logic.check.CriterionResult;
import nl.keukentafel.logic.check.DossierChecker;
import nl.keukentafel.logic.check.Finding;
import nl.keukentafel.logic.check.WaivedFinding;
import nl.keukentafel.model.Text;

/**
 * The Toets tab's state: the dossier's last check and what the consultant just did (an exception recorded or taken
 * back). Checks again when the tab is shown, after an exception and whenever the dossier changes underneath
 * ({@link Changes}: a sync round); the subscription lives from {@link #activate()} to {@link #deactivate()}. Only the
 * newest check's answer is shown. FX thread only.
 */
public final class CheckViewModel {
    /** Something that says "this dossier may have changed" until the returned handle is closed. */
    @FunctionalInterface
    public interface Changes {
        AutoCloseable follow(Runnable changed);
    }

    /** One line of the list: a criterion with its verdict, or under it an open finding or one recorded as exception. */
    public record Line(CriterionResult criterion, Finding finding, WaivedFinding waived) {
        public boolean isCriterion() {
            return finding == null && waived == null;
        }

        /** The finding the line is about (open or waived); empty on a criterion line. */
        public Optional<Finding> about() {
            return Optional.ofNullable(finding != null ? finding : waived == null ? null : waived.finding());
        }

        /** A node id that stays the same across checks, so the selection and the tests can find it again. */
        public String id() {
            return about().map(found -> "checkFinding-" + safe(found.key()))
                    .orElse("checkCriterion-" + criterion.criterion().name());
        }

        private static String safe(String key) {
            return key.replaceAll("[^A-Za-z0-9_-]", "_");
        }
    }

    private final DossierChecker checker;
    private final UUID dossierId;
    private final TaskExecutor tasks;
    private final Changes changes;
    private final ReadOnlyObjectWrapper<CheckReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();
    private AutoCloseable subscription;
    private long generation;

    public CheckViewModel(DossierChecker checker, UUID dossierId, TaskExecutor tasks, Changes changes) {
        this.checker = checker;
        this.dossierId = dossierId;
        this.tasks = tasks;
        this.changes = changes;
    }

    /** The tab is shown: check now and again whenever the dossier changes. */
    public void activate() {
        if (subscription == null) {
            subscription = changes.follow(this::refresh);
        }
        refresh();
    }

    /** The tab is left: no more checks, a late answer is dropped. */
    public void deactivate() {
        generation++;
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // closing only removes a listener
            }
            subscription = null;
        }
    }

    /** Checks the dossier again (the checker flushes pending edits first). */
    public void refresh() {
        long mine = ++generation;
        tasks.execute(() -> checker.check(dossierId), checked -> {
            if (mine == generation) {
                error.set(null);
                report.set(checked);
            }
        }, failure -> error.set(new UiText("checkscreen.error.check")));
    }

    /**
     * Records {@code finding} as a deliberate exception with {@code reason} (audited, synced); it then shows as met
     * with the reason. A blank reason is refused with the text to show; empty when the work was started.
     */
    public Optional<UiText> waive(Finding finding, String reason) {
        if (finding == null) {
            return Optional.empty();
        }
        if (Text.isBlank(reason)) {
            return Optional.of(new UiText("check.exception.reasonRequired"));
        }
        tasks.execute(() -> checker.waive(dossierId, finding.key(), reason.strip()).join(), done -> {
            message.set(new UiText("checkscreen.waive.done"));
            refresh();
        }, this::waiveFailed);
        return Optional.empty();
    }

    /** Takes an exception back: the finding is open again. */
    public void unwaive(WaivedFinding waived) {
        if (waived == null) {
            return;
        }
        tasks.execute(() -> checker.unwaive(dossierId, waived.finding().key()).join(), done -> {
            message.set(new UiText("checkscreen.unwaive.done"));
            refresh();
        }, this::waiveFailed);
    }

    private void waiveFailed(Exception failure) {
        error.set(CheckRefusal.in(failure).map(refusal -> new UiText(refusal.messageKey()))
                .orElse(new UiText("checkscreen.error.waive")));
    }

    /** The lines of the list in report order: each criterion, then its open findings, then its exceptions. */
    public static List<Line> lines(CheckReport checked) {
        List<Line> lines = new ArrayList<>();
        if (checked == null) {
            return lines;
        }
        for (CriterionResult result : checked.results()) {
            lines.add(new Line(result, null, null));
            result.open().forEach(finding -> lines.add(new Line(result, finding, null)));
            result.waived().forEach(waived -> lines.add(new Line(result, null, waived)));
        }
        return lines;
    }

    /** Where the finding is fixed. */
    public FindingPlace placeOf(Finding finding) {
        return FindingPlace.of(finding);
    }

    public ReadOnlyObjectProperty<CheckReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Clears the last outcome (a new selection). */
    public void clearMessage() {
        message.set(null);
    }
}
