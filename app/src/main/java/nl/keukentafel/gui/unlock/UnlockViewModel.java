package nl.keukentafel.gui.unlock;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.store.VaultException;

/**
 * State of the create-or-unlock screen. Messages are i18n keys with arguments, so the view decides the
 * language. Passphrase fields are cleared as soon as they are handed over. FX thread only.
 */
public final class UnlockViewModel {
    private final SessionManager sessions;
    private final TaskExecutor tasks;
    private final Consumer<Session> onOpened;
    private final boolean createMode;
    private final StringProperty consultantName = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<UiText> busyMessage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UiText> hint = new ReadOnlyObjectWrapper<>();

    public UnlockViewModel(SessionManager sessions, TaskExecutor tasks, Consumer<Session> onOpened) {
        this.sessions = sessions;
        this.tasks = tasks;
        this.onOpened = onOpened;
        this.createMode = !sessions.vaultExists();
    }

    /** True on first start: no vault file exists yet. */
    public boolean createMode() {
        return createMode;
    }

    public String vaultDirectory() {
        return sessions.location().directory().toString();
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        error.set(null);
        hint.set(null);
        if (createMode) {
            create();
        } else {
            unlock();
        }
    }

    private void create() {
        String name = consultantName.get() == null ? "" : consultantName.get().strip();
        if (name.isEmpty()) {
            error.set(new UiText("unlock.error.nameMissing"));
            return;
        }
        char[] typed = takePassphrase(passphrase);
        char[] repeated = takePassphrase(confirmation);
        start(new UiText("unlock.busy.create"));
        tasks.execute(() -> sessions.create(typed, repeated, name), this::opened, this::failed);
    }

    private void unlock() {
        char[] typed = takePassphrase(passphrase);
        long waitSeconds = sessions.throttle().delayBeforeNextAttempt().toSeconds();
        start(waitSeconds > 0 ? new UiText("unlock.busy.wait", waitSeconds) : new UiText("unlock.busy.unlock"));
        tasks.execute(() -> sessions.unlock(typed), this::opened, this::failed);
    }

    private void start(UiText message) {
        busyMessage.set(message);
        busy.set(true);
    }

    private void opened(Session session) {
        busy.set(false);
        hint.set(null);
        onOpened.accept(session);
    }

    private void failed(Exception failure) {
        busy.set(false);
        busyMessage.set(null);
        if (failure instanceof SessionManager.WeakPassphraseException weak) {
            error.set(new UiText(weak.weakness().messageKey()));
        } else if (failure instanceof VaultException vaultFailure) {
            error.set(new UiText(vaultFailure.reason().messageKey(), vaultDirectory()));
            hint.set(vaultFailure.reason() == VaultException.Reason.WRONG_PASSPHRASE ? throttleHint() : null);
        } else {
            error.set(new UiText("unlock.error.unexpected"));
        }
    }

    private UiText throttleHint() {
        long waitSeconds = sessions.throttle().delayBeforeNextAttempt().toSeconds();
        if (waitSeconds > 0) {
            return new UiText("unlock.throttle.wait", waitSeconds);
        }
        return new UiText("unlock.throttle.info");
    }

    private static char[] takePassphrase(StringProperty field) {
        char[] typed = field.get() == null ? new char[0] : field.get().toCharArray();
        field.set("");
        return typed;
    }

    public StringProperty consultantNameProperty() {
        return consultantName;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> busyMessageProperty() {
        return busyMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> hintProperty() {
        return hint.getReadOnlyProperty();
    }
}
