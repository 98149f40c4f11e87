package nl.keukentafel.gui.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.logic.plan.PlanChecks;
import nl.keukentafel.logic.plan.PlanComparison;
import nl.keukentafel.logic.plan.PlanDiff;
import nl.keukentafel.logic.plan.PlanProblem;
import nl.keukentafel.logic.plan.PlanService;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.PlanSnapshot;
import nl.keukentafel.model.plan.PlanVersion;

/**
 * One dossier's werkplan on screen: the plan and the intake as last read, which version is shown (the draft or an
 * agreed one), and the requests the view answers by moving the keyboard focus. Every typed value goes to
 * {@link PlanService#edit} at once (the autosaver coalesces); a read follows once typing pauses, so the overview and
 * the problems follow the fields. FX thread only.
 */
public final class PlanViewModel {
    static final Duration DEBOUNCE = Duration.millis(400);

    /** One read: the plan, the intake it builds on (domains, self-reliance), and what the plan's checks find wrong. */
    public record Reading(PlanState plan, IntakeState intake, List<PlanProblem> problems) {
    }

    private final PlanService service;
    private final IntakeService intake;
    private final UUID dossierId;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final int evaluationWeeks;
    private final ReadOnlyObjectWrapper<Reading> reading = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<UUID> shownVersion = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RecordRef> focusRequest = new ReadOnlyObjectWrapper<>();
    private final PauseTransition pause = new PauseTransition(DEBOUNCE);

    public PlanViewModel(PlanService service, IntakeService intake, UUID dossierId, TaskExecutor tasks, Clock clock,
                         int evaluationWeeks) {
        this.service = service;
        this.intake = intake;
        this.dossierId = dossierId;
        this.tasks = tasks;
        this.clock = clock;
        this.evaluationWeeks = evaluationWeeks;
        pause.setOnFinished(event -> refresh());
    }

    /** Reads the plan and the intake. */
    public void load() {
        refresh();
    }

    /** Reads again now. */
    public void refresh() {
        pause.stop();
        run(this::read, this::show, "planscreen.error.read");
    }

    /** Reads again now (what was typed is committed first), then runs {@code after} with the fresh plan shown. */
    public void refreshThen(Runnable after) {
        pause.stop();
        run(this::read, read -> {
            show(read);
            after.run();
        }, "planscreen.error.read");
    }

    /** Reads again once the typing pauses. */
    public void refreshSoon() {
        pause.playFromStart();
    }

    /** No reads after the screen is gone. */
    public void stop() {
        pause.stop();
    }

    private Reading read() {
        PlanState plan = service.read(dossierId);
        IntakeState read = intake.read(dossierId);
        return new Reading(plan, read, plan.started() ? PlanChecks.problems(plan, read, today()) : List.of());
    }

    private void show(Reading read) {
        error.set(null);
        if (shownVersion.get() != null && read.plan().numberOf(shownVersion.get()).isEmpty()) {
            shownVersion.set(null);
        }
        reading.set(read);
    }

    private <T> void run(Callable<T> work, java.util.function.Consumer<T> done, String failureKey) {
        tasks.execute(work, done, failure -> error.set(new UiText(failureKey)));
    }

    /** Starts the plan (Ctrl+Enter); the analysis gets the keyboard. */
    public void start() {
        if (started()) {
            return;
        }
        run(() -> {
            service.start(dossierId).join();
            return read();
        }, read -> {
            show(read);
            focusRequest.set(new RecordRef(RecordKind.PLAN, read.plan().plan().map(plan -> plan.id()).orElse(null), dossierId));
        }, "planscreen.error.start");
    }

    /** A new goal at the end of the list; its text gets the keyboard. */
    public void addGoal() {
        if (!editable()) {
            return;
        }
        addAndFocus(() -> service.addGoal(dossierId, "").join());
    }

    /** A new "wie doet wat" line under a goal; its owner gets the keyboard. */
    public void addAction(UUID goalId) {
        if (editable()) {
            addAndFocus(() -> service.addAction(dossierId, goalId).join());
        }
    }

    public void addAgreement() {
        if (editable()) {
            addAndFocus(() -> service.addAgreement(dossierId).join());
        }
    }

    public void addReferral() {
        if (editable()) {
            addAndFocus(() -> service.addReferral(dossierId).join());
        }
    }

    private void addAndFocus(Callable<RecordRef> add) {
        run(() -> {
            RecordRef added = add.call();
            return new Object[] {added, read()};
        }, result -> {
            show((Reading) result[1]);
            focusRequest.set((RecordRef) result[0]);
        }, "planscreen.error.add");
    }

    /** Moves a goal one place up ({@code -1}) or down ({@code +1}) in priority. */
    public void moveGoal(UUID goalId, int step) {
        if (!editable()) {
            return;
        }
        run(() -> {
            service.moveGoal(dossierId, goalId, step).join();
            return read();
        }, this::show, "planscreen.error.move");
    }

    public void delete(RecordRef ref) {
        if (!editable()) {
            return;
        }
        run(() -> {
            service.delete(ref).join();
            return read();
        }, this::show, "planscreen.error.delete");
    }

    /** Keeps a typed or chosen value; the overview follows once the typing pauses. */
    public void edit(RecordRef ref, String field, Object value) {
        if (!editable()) {
            return;
        }
        service.edit(ref, field, value);
        refreshSoon();
    }

    /** Agreeing happened elsewhere (the agree panel): show the new version's draft again. */
    void agreed() {
        shownVersion.set(null);
        refresh();
    }

    public boolean started() {
        return reading.get() != null && reading.get().plan().started();
    }

    /** The draft is shown and the dossier is open: fields can be typed in. */
    public boolean editable() {
        return started() && shownVersion.get() == null && !reading.get().plan().closed();
    }

    /** What is shown: the draft, or the agreed version chosen. */
    public PlanSnapshot shownSnapshot() {
        PlanState state = reading.get().plan();
        return shownVersionRecord().map(PlanVersion::snapshot).orElse(state.draft());
    }

    public Optional<PlanVersion> shownVersionRecord() {
        UUID id = shownVersion.get();
        if (id == null || reading.get() == null) {
            return Optional.empty();
        }
        return reading.get().plan().versions().stream().filter(version -> version.id().equals(id)).findFirst();
    }

    /**
     * The plan as it was in {@code snapshot}, with today's dossier: what an agreed version's overview is made from.
     */
    static PlanState stateOf(PlanState live, PlanSnapshot snapshot) {
        return new PlanState(live.dossier(), Optional.ofNullable(snapshot.plan()), snapshot.goals(), snapshot.actions(),
                snapshot.agreements(), snapshot.referrals(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Optional.empty(), List.of());
    }

    /** An agreed version's snapshot, or the draft for {@code null}. */
    public PlanSnapshot snapshotOf(UUID versionId) {
        PlanState state = reading.get().plan();
        return versionId == null ? state.draft() : state.versions().stream().filter(version -> version.id().equals(versionId))
                .findFirst().map(PlanVersion::snapshot).orElse(state.draft());
    }

    /** What changed from {@code older} to {@code newer} (version ids; {@code null} is the draft). */
    public PlanDiff compare(UUID older, UUID newer) {
        return PlanComparison.compare(snapshotOf(older), snapshotOf(newer));
    }

    public List<PlanVersion> versions() {
        return reading.get() == null ? List.of() : reading.get().plan().versions();
    }

    public PlanService service() {
        return service;
    }

    public TaskExecutor tasks() {
        return tasks;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public int evaluationWeeks() {
        return evaluationWeeks;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ReadOnlyObjectProperty<Reading> readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** The agreed version shown read-only; null shows the draft. */
    public ObjectProperty<UUID> shownVersionProperty() {
        return shownVersion;
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** A record just added or started: the view puts the keyboard in its first field. */
    public ReadOnlyObjectProperty<RecordRef> focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
    }

    void reportError(UiText text) {
        error.set(text);
    }
}
