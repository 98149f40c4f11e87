package nl.keukentafel.gui.shell;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.keukentafel.gui.common.UiThread;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.logic.SaveStatus;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;

/**
 * The header's state: who works, and what the autosave last did. Listens to the session manager only while
 * active. FX thread only (save events arrive on the autosave thread and are handed over).
 */
public final class ShellViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final SessionManager sessions;
    private final Session session;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<UiText> saveText = new ReadOnlyObjectWrapper<>(new UiText("save.idle"));
    private final ReadOnlyObjectWrapper<SaveStatus.State> saveState = new ReadOnlyObjectWrapper<>(SaveStatus.State.SAVED);

    public ShellViewModel(SessionManager sessions, Session session, Clock clock) {
        this.sessions = sessions;
        this.session = session;
        this.clock = clock;
    }

    public String consultantName() {
        return session.consultantName();
    }

    public void activate() {
        sessions.onSaveStatus(status -> UiThread.run(() -> show(status)));
    }

    public void deactivate() {
        sessions.onSaveStatus(status -> { });
    }

    void show(SaveStatus status) {
        saveState.set(status.state());
        saveText.set(switch (status.state()) {
            case PENDING -> new UiText("save.pending");
            case SAVED -> new UiText("save.saved", TIME.format(status.at().atZone(clock.getZone())));
            case FAILED -> new UiText(status.diskFull() ? "save.failed.diskFull" : "save.failed");
            case READ_ONLY -> new UiText("save.readOnly");
        });
    }

    public ReadOnlyObjectProperty<UiText> saveTextProperty() {
        return saveText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveStatus.State> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }
}
