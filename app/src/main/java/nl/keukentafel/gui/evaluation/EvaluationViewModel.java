package nl.keukentafel.gui.evaluation;

import nl.keukentafel.model.FieldCheck;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.logic.plan.EndReportDraft;
import nl.keukentafel.logic.plan.PlanRefusal;
import nl.keukentafel.logic.plan.PlanService;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.PartnerIssue;
import nl.keukentafel.model.plan.PhaseChange;
import nl.keukentafel.model.plan.Scaling;

/**
 * The Evaluatie tab (issue 11, phases 3 and 4): evaluations newest first, the regiekaart history, scaling and partner
 * issues, and the closure. Every use case goes through {@link PlanService}; a refusal shows its Dutch sentence and
 * changes nothing. Models per record are kept across reloads so a field being typed in keeps its text. FX thread only.
 */
public final class EvaluationViewModel {
    /** A sentence for the screen in the chosen language: a {@link UiText} or a use case's refusal. */
    public interface Said {
        String in(Localization localization);
    }

    /** Everything the tab shows at one moment. Immutable lists; the models are FX-thread only. */
    public record Shown(PlanState plan, IntakeState intake, List<EvaluationItemModel> evaluations, List<PhaseModel> phases,
                        List<ScalingModel> scalings, List<IssueModel> issues, Optional<ClosureModel> closure) {
    }

    private final PlanService plan;
    private final IntakeService intake;
    private final UUID dossierId;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final IntSupplier evaluationWeeks;
    private final Localization localization;
    private final Edits edits;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Said> message = new ReadOnlyObjectWrapper<>();
    private final StringProperty newEvaluationOn = new SimpleStringProperty("");
    private final StringProperty nextEvaluationOn = new SimpleStringProperty("");
    /** The next evaluation's date as stored; the field follows it while the user has not typed over it. */
    private String storedNext = "";
    private final StringProperty closeOn = new SimpleStringProperty("");
    private final StringProperty reopenReason = new SimpleStringProperty("");
    private final Map<UUID, EvaluationItemModel> evaluations = new HashMap<>();
    private final Map<UUID, PhaseModel> phases = new HashMap<>();
    private final Map<UUID, ScalingModel> scalings = new HashMap<>();
    private final Map<UUID, IssueModel> issues = new HashMap<>();
    private ClosureModel closure;

    public EvaluationViewModel(PlanService plan, IntakeService intake, UUID dossierId, TaskExecutor tasks, Clock clock,
                               IntSupplier evaluationWeeks, Localization localization) {
        this.plan = plan;
        this.intake = intake;
        this.dossierId = dossierId;
        this.tasks = tasks;
        this.clock = clock;
        this.evaluationWeeks = evaluationWeeks;
        this.localization = localization;
        this.edits = new Edits(plan, intake, this::writeLine);
        String today = FieldCheck.write(today());
        newEvaluationOn.set(today);
        closeOn.set(today);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Reads the plan and the intake; the closure record is made the first time a started plan is shown. */
    public void load() {
        tasks.execute(() -> {
            PlanState state = plan.read(dossierId);
            if (state.started() && state.closure().isEmpty()) {
                plan.prepareClosure(dossierId).join();
                state = plan.read(dossierId);
            }
            return new Read(state, intake.read(dossierId));
        }, this::show, this::failed);
    }

    private record Read(PlanState plan, IntakeState intake) {
    }

    private void show(Read read) {
        LocalDate today = today();
        String next = read.plan().plan().map(stored -> stored.nextEvaluationOn() == null ? "" : stored.nextEvaluationOn().strip())
                .orElse("");
        if (nextEvaluationOn.get().equals(storedNext)) {
            nextEvaluationOn.set(next);
        }
        storedNext = next;
        List<EvaluationItemModel> newestFirst = new ArrayList<>();
        for (Evaluation stored : read.plan().evaluations().reversed()) {
            EvaluationItemModel model = evaluations.computeIfAbsent(stored.id(), id -> new EvaluationItemModel(stored, edits, today));
            model.show(stored, read.plan(), read.intake());
            newestFirst.add(model);
        }
        List<PhaseModel> phaseModels = new ArrayList<>();
        for (PhaseChange stored : read.plan().phases()) {
            PhaseModel model = phases.get(stored.id());
            if (model == null) {
                model = new PhaseModel(stored, plan, today);
                phases.put(stored.id(), model);
            } else {
                model.showStored(stored);
            }
            phaseModels.add(model);
        }
        List<ScalingModel> scalingModels = new ArrayList<>();
        for (Scaling stored : read.plan().scalings()) {
            ScalingModel model = scalings.get(stored.id());
            if (model == null) {
                model = new ScalingModel(stored, plan, today);
                scalings.put(stored.id(), model);
            } else {
                model.showStored(stored);
            }
            scalingModels.add(model);
        }
        List<IssueModel> issueModels = new ArrayList<>();
        for (PartnerIssue stored : read.plan().partnerIssues()) {
            IssueModel model = issues.get(stored.id());
            if (model == null) {
                model = new IssueModel(stored, plan, today);
                issues.put(stored.id(), model);
            } else {
                model.showStored(stored);
            }
            issueModels.add(model);
        }
        if (read.plan().closure().isPresent() && read.plan().plan().isPresent()) {
            if (closure == null) {
                closure = new ClosureModel(read.plan().closure().get(), read.plan().plan().get(), edits, today);
            }
            closure.show(read.plan());
        }
        shown.set(new Shown(read.plan(), read.intake(), List.copyOf(newestFirst), List.copyOf(phaseModels),
                List.copyOf(scalingModels), List.copyOf(issueModels), Optional.ofNullable(closure)));
    }

    /** A new evaluation on the date typed (refused more than a day ahead), with a new safety assessment per child. */
    public void startEvaluation() {
        run(() -> plan.startEvaluation(dossierId, newEvaluationOn.get(), evaluationWeeks.getAsInt()), "evalscreen.started", () -> { });
    }

    /** Plans or moves the next evaluation to the date typed, when it differs from the stored one. */
    public void planNextEvaluation() {
        String typed = nextEvaluationOn.get() == null ? "" : nextEvaluationOn.get().strip();
        if (typed.equals(storedNext)) {
            return;
        }
        run(() -> plan.planNextEvaluation(dossierId, typed), "evalscreen.next.saved", () -> { });
    }

    public void addPhase() {
        run(() -> plan.addPhaseChange(dossierId), null, () -> { });
    }

    public void addScaling() {
        run(() -> plan.addScaling(dossierId), null, () -> { });
    }

    public void addIssue() {
        run(() -> plan.addPartnerIssue(dossierId), null, () -> { });
    }

    /** Closes on the date typed (the banner then says so); refused, naming them, while anyone involved is not marked. */
    public void close() {
        run(() -> plan.close(dossierId, closeOn.get()), null, () -> { });
    }

    public void reopen() {
        run(() -> plan.reopen(dossierId, reopenReason.get()), "evalscreen.reopened", () -> reopenReason.set(""));
    }

    /** Fills an empty end report with a draft made from the dossier; a report with text is left alone. */
    public void draftEndReport() {
        Shown now = shown.get();
        if (now == null || now.closure().isEmpty()) {
            return;
        }
        if (!Text.isBlank(now.closure().get().endReport().text())) {
            message.set(new UiText("evalscreen.report.notEmpty")::in);
            return;
        }
        tasks.execute(() -> EndReportDraft.draft(plan.read(dossierId), intake.read(dossierId), localization), draft -> {
            now.closure().get().endReport().textProperty().set(draft);
            message.set(new UiText("evalscreen.report.drafted")::in);
        }, this::failed);
    }

    /** Runs a use case; when it is done, says {@code doneKey} (null: nothing), runs {@code after} and reads again. */
    private void run(Supplier<CompletableFuture<?>> useCase, String doneKey, Runnable after) {
        tasks.execute(() -> useCase.get().join(), done -> {
            message.set(doneKey == null ? null : new UiText(doneKey)::in);
            after.run();
            load();
        }, this::failed);
    }

    private void writeLine(Supplier<CompletableFuture<?>> write) {
        tasks.execute(() -> write.get().join(), done -> { }, this::failed);
    }

    private void failed(Exception failure) {
        Optional<PlanRefusal> refusal = PlanRefusal.in(failure);
        message.set(refusal.<Said>map(found -> found::text).orElse(new UiText("evalscreen.error")::in));
        if (refusal.isEmpty()) {
            load();
        }
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The last use case's outcome or refusal; null when there is nothing to say. */
    public ReadOnlyObjectProperty<Said> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public StringProperty newEvaluationOnProperty() {
        return newEvaluationOn;
    }

    public StringProperty nextEvaluationOnProperty() {
        return nextEvaluationOn;
    }

    public StringProperty closeOnProperty() {
        return closeOn;
    }

    public StringProperty reopenReasonProperty() {
        return reopenReason;
    }
}
