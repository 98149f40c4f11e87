package nl.keukentafel.gui.sync;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Subscription;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.logic.sync.SyncService;

/**
 * The server screen: address, user name and password for a login; who is logged in; logging out. The
 * password is taken out of its field before the login starts and wiped after it. FX thread only.
 */
public final class ServerLoginViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");
    private final SyncStatusModel status;
    private final TaskExecutor tasks;
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper addressLocked = new ReadOnlyBooleanWrapper(false);
    private String lockReason = "";
    private final ReadOnlyObjectWrapper<UiText> account = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper linked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper linkedServer = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<UiText> lastSync = new ReadOnlyObjectWrapper<>();
    private final ZoneId zone;
    private final Subscription statusWatch;

    public ServerLoginViewModel(SyncStatusModel status, TaskExecutor tasks) {
        this(status, tasks, ZoneId.systemDefault());
    }

    /** {@code zone}: where the last sync's time is told. */
    public ServerLoginViewModel(SyncStatusModel status, TaskExecutor tasks, ZoneId zone) {
        this.status = status;
        this.tasks = tasks;
        this.zone = zone;
        settings().ifPresent(known -> {
            address.set(known.serverUrl() == null ? "" : known.serverUrl().toString());
            username.set(known.username() == null ? "" : known.username());
        });
        showAccount();
        statusWatch = status.statusProperty().subscribe(next -> showAccount());
    }

    private Optional<SyncService.Settings> settings() {
        return status.service().settings();
    }

    /** Logged in means: an account is known and the server has not asked for a new login. */
    private void showAccount() {
        Optional<SyncService.Settings> known = settings().filter(settings -> settings.serverUrl() != null);
        account.set(known.isPresent() && !status.needsLogin()
                ? new UiText("sync.login.account", known.get().username(), known.get().serverUrl().getHost())
                : null);
        linked.set(account.get() != null);
        linkedServer.set(known.map(settings -> settings.serverUrl().toString()).orElse(""));
        Instant synced = status.status().lastSynced();
        lastSync.set(synced == null ? new UiText("sync.link.neverSynced")
                : new UiText("sync.link.lastSynced", WHEN.format(synced.atZone(zone))));
    }

    public void login() {
        ServerAddress server = ServerAddress.parse(address.get());
        if (!server.valid()) {
            fail(server.problem());
            return;
        }
        String user = username.get() == null ? "" : username.get().strip();
        if (user.isEmpty()) {
            fail(new UiText("sync.login.error.usernameMissing"));
            return;
        }
        if (password.get() == null || password.get().isEmpty()) {
            fail(new UiText("sync.login.error.passwordMissing"));
            return;
        }
        char[] secret = password.get().toCharArray();
        password.set("");
        busy.set(true);
        failed.set(false);
        message.set(new UiText("sync.login.busy"));
        tasks.execute(() -> {
            try {
                status.service().login(server.uri(), user, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
            return true;
        }, done -> {
            busy.set(false);
            message.set(new UiText("sync.login.done"));
            showAccount();
        }, failure -> {
            busy.set(false);
            fail(SyncStatusTexts.failure(failure));
        });
    }

    /** The screen leaves: stop following the shell's status. */
    public void dispose() {
        statusWatch.unsubscribe();
    }

    public void logout() {
        tasks.execute(() -> status.service().logout(), () -> {
            failed.set(false);
            message.set(new UiText("sync.logout.done"));
            // the service's new status may still be on its way to this thread
            account.set(null);
            linked.set(false);
        }, failure -> fail(SyncStatusTexts.failure(failure)));
    }

    private void fail(UiText problem) {
        failed.set(true);
        message.set(problem);
    }

    /**
     * The IT department set the server address and locked it: it is shown, and cannot be changed here; {@code reason}
     * is IT's own explanation (may be empty), shown under it.
     */
    public void lockAddress(String preset, String reason) {
        address.set(preset);
        lockReason = reason == null ? "" : reason;
        addressLocked.set(true);
    }

    /** IT's reason for the locked address; empty when none was given or the address is not locked. */
    public String lockReason() {
        return lockReason;
    }

    public ReadOnlyBooleanProperty addressLockedProperty() {
        return addressLocked.getReadOnlyProperty();
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the message says what went wrong (rather than what went right). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * Linked: this laptop is logged in at a server, so the screens show the link (address, account, last sync,
     * Afmelden) instead of the login form. False after logging out, and when the server asks for a new login.
     */
    public ReadOnlyBooleanProperty linkedProperty() {
        return linked.getReadOnlyProperty();
    }

    /** The server's full address, when one is known. */
    public ReadOnlyStringProperty serverProperty() {
        return linkedServer.getReadOnlyProperty();
    }

    /** "Laatst gesynchroniseerd: 5-12-2026 10:14", or that it has not synced yet. */
    public ReadOnlyObjectProperty<UiText> lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }

    /** "Logged in as … at …", or null when nobody is. */
    public ReadOnlyObjectProperty<UiText> accountProperty() {
        return account.getReadOnlyProperty();
    }
}
