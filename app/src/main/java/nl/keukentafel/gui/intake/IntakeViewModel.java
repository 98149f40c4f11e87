package nl.keukentafel.gui.intake;

import java.time.Clock;
import java.time.LocalDate;
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

    /** A read: the intake and what is open in it. */
    private record Reading(IntakeState state, List<OpenItem> openItems) {
    }

    private final IntakeService service;
    private final UUID dossierId;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final Supplier<DomainList> activeList;
    private final ReadOnlyObjectWrapper<IntakeState> state = new ReadOnlyObjectWrapper<>();
    private final ObservableList<OpenItem> openItems = FXCollections.observableArrayList();
    private final ObservableList<OpenItem> readOnlyItems = FXCollections.unmodifiableObservableList(openItems);
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();
    private final PauseTransition pause = new PauseTransition(DEBOUNCE);
    private long waitingSince;

    public IntakeViewModel(IntakeService service, UUID dossierId, TaskExecutor tasks, Clock clock, Supplier<DomainList> activeList) {
        this.service = service;
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
            return new Reading(read, check(read));
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
            IntakeState read = service.read(dossierId);
            return new Reading(read, check(read));
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
        tasks.execute(() -> {
            IntakeState read = service.read(dossierId);
            return new Reading(read, check(read));
        }, this::show, failure -> error.set(new UiText("intake.error.read")));
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

    private List<OpenItem> check(IntakeState read) {
        return IntakeCheck.check(read, LocalDate.now(clock));
    }

    private void show(Reading reading) {
        error.set(null);
        state.set(reading.state());
        if (!openItems.equals(reading.openItems())) {
            openItems.setAll(reading.openItems());
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

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
