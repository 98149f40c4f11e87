package nl.keukentafel.gui.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.gui.intake.common.IntakeContext;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.check.Criterion;
import nl.keukentafel.logic.check.DossierChecker;
import nl.keukentafel.logic.check.Finding;
import nl.keukentafel.logic.intake.IntakeCheck;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.logic.intake.OpenItem;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.intake.Conversation;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.IntakeMember;

/**
 * One dossier's intake on screen: the state as last read and its open items. Reads run on the task executor; after
 * typing, a read follows once the typing pauses ({@link #DEBOUNCE}), so the open items follow the fields without a
 * read per key. FX thread only.
 */
public final class IntakeViewModel {
    static final Duration DEBOUNCE = Duration.millis(400);
    /** Typing without a pause still sees the open items follow this often. */
    static final Duration MAX_WAIT = Duration.seconds(2);
    private static final long MAX_WAIT_NANOS = (long) MAX_WAIT.toMillis() * 1_000_000L;

    /**
     * The criteria the intake settles; the panel shows their findings. T7 (the regisseur) and invalid values of the
     * household and members are fixed in their own tabs, to which the panel jumps; T6 and later are the werkplan's.
     */
    static final Set<Criterion> INTAKE_CRITERIA = EnumSet.of(Criterion.T1, Criterion.T2, Criterion.T3, Criterion.T4,
            Criterion.T5, Criterion.T7, Criterion.INPUT);

    /** A read: the intake, its open items (the sections' hints) and the check's findings for the intake (the panel). */
    private record Reading(IntakeState state, List<OpenItem> openItems, List<Finding> findings) {
    }

    private final IntakeService service;
    private final UUID dossierId;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final Supplier<DomainList> activeList;
    private final ReadOnlyObjectWrapper<IntakeState> state = new ReadOnlyObjectWrapper<>();
    private final ObservableList<OpenItem> openItems = FXCollections.observableArrayList();
    private final ObservableList<OpenItem> readOnlyItems = FXCollections.unmodifiableObservableList(openItems);
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<Finding> readOnlyFindings = FXCollections.unmodifiableObservableList(findings);
    private final DossierChecker checker;
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();
    private final PauseTransition pause = new PauseTransition(DEBOUNCE);
    private long waitingSince;

    /** {@code checker}: the dossier check, whose findings for the intake's criteria the open-items panel shows. */
    public IntakeViewModel(IntakeService service, DossierChecker checker, UUID dossierId, TaskExecutor tasks, Clock clock,
                           Supplier<DomainList> activeList) {
        this.service = service;
        this.checker = checker;
        this.dossierId = dossierId;
        this.tasks = tasks;
        this.clock = clock;
        this.activeList = activeList;
        pause.setOnFinished(event -> refresh());
    }

    /** Reads the intake; members added to the dossier since the start get their line (starting again changes nothing else). */
    public void load() {
        tasks.execute(() -> {
            IntakeState read = service.read(dossierId);
            if (read.intake().isPresent() && membersWithoutLine(read)) {
                service.start(dossierId, read.intake().get().domainList(), today()).join();
                read = service.read(dossierId);
            }
            return reading(read);
        }, this::show, failure -> error.set(new UiText("intake.error.read")));
    }

    private static boolean membersWithoutLine(IntakeState read) {
        Set<UUID> lined = read.members().stream().map(IntakeMember::memberId).collect(Collectors.toSet());
        return read.dossier().members().stream().map(Member::id).anyMatch(id -> !lined.contains(id));
    }

    /** Starts the intake with the active domain list and opens conversation 1, dated today. */
    public void start() {
        if (started()) {
            return;
        }
        tasks.execute(() -> {
            service.start(dossierId, activeList.get(), today()).join();
            service.addConversation(dossierId, 1, today()).join();
            return reading(service.read(dossierId));
        }, this::show, failure -> error.set(new UiText("intake.error.start")));
    }

    /** Adds the next conversation (up to three), dated today. */
    public void addConversation() {
        IntakeState current = state.get();
        int next = current == null ? 1 : current.conversations().stream().mapToInt(Conversation::number).max().orElse(0) + 1;
        if (next > Conversation.MAX_PER_INTAKE) {
            return;
        }
        tasks.execute(() -> service.addConversation(dossierId, next, today()).join(), ref -> refresh(),
                failure -> error.set(new UiText("intake.error.add")));
    }

    /** Reads again now (after a record was added or deleted). */
    public void refresh() {
        pause.stop();
        tasks.execute(() -> reading(service.read(dossierId)), this::show, failure -> error.set(new UiText("intake.error.read")));
    }

    /** Reads again once the typing pauses, and at least every {@link #MAX_WAIT} while it goes on. */
    public void refreshSoon() {
        long now = System.nanoTime();
        if (pause.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            waitingSince = now;
        }
        if (now - waitingSince < MAX_WAIT_NANOS) {
            pause.playFromStart();
        }
    }

    /** No reads after the screen is gone. */
    public void stop() {
        pause.stop();
    }

    /** Background thread: what the sections and the panel show of this read. */
    private Reading reading(IntakeState read) {
        List<Finding> open = checker.check(dossierId).open().stream()
                .filter(finding -> INTAKE_CRITERIA.contains(finding.criterion())).toList();
        return new Reading(read, IntakeCheck.check(read, LocalDate.now(clock)), open);
    }

    private void show(Reading reading) {
        error.set(null);
        state.set(reading.state());
        if (!openItems.equals(reading.openItems())) {
            openItems.setAll(reading.openItems());
        }
        if (!findings.equals(reading.findings())) {
            findings.setAll(reading.findings());
        }
    }

    private String today() {
        return FieldCheck.write(LocalDate.now(clock));
    }

    /** Shows a failure of a section's own work. */
    public void report(UiText problem) {
        error.set(problem);
    }

    public boolean started() {
        return state.get() != null && state.get().intake().isPresent();
    }

    /** The context the intake's sections share. */
    public IntakeContext context(Localization localization) {
        return new IntakeContext(dossierId, service, tasks, localization, clock, this::refresh);
    }

    public UUID dossierId() {
        return dossierId;
    }

    public IntakeService service() {
        return service;
    }

    public TaskExecutor tasks() {
        return tasks;
    }

    public LocalDate todayDate() {
        return LocalDate.now(clock);
    }

    public ReadOnlyObjectProperty<IntakeState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ObservableList<OpenItem> openItems() {
        return readOnlyItems;
    }

    /** The dossier check's open findings for the intake's criteria (T1–T5, T7, invoer), in criterion order. */
    public ObservableList<Finding> findings() {
        return readOnlyFindings;
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
