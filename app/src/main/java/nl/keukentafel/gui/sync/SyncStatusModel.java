package nl.keukentafel.gui.sync;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.keukentafel.gui.common.UiThread;
import nl.keukentafel.logic.sync.SyncService;
import nl.keukentafel.sync.client.SyncStatus;

/**
 * The latest sync status of one shell, shared by the header indicator and the server screen. The service
 * reports on its own thread; each status is handed to the FX thread. {@link #deactivate()} unsubscribes; a
 * status already on its way to the FX thread is dropped by the subscription's own switch. FX thread only.
 */
public final class SyncStatusModel {
    private final SyncService service;
    private final ReadOnlyObjectWrapper<SyncStatus> status = new ReadOnlyObjectWrapper<>(SyncStatus.notConfigured());
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper received = new ReadOnlyIntegerWrapper();
    private AtomicBoolean subscribed = new AtomicBoolean(false);
    private AutoCloseable subscription;

    public SyncStatusModel(SyncService service) {
        this.service = service;
    }

    public SyncService service() {
        return service;
    }

    public void activate() {
        deactivate();
        AtomicBoolean live = new AtomicBoolean(true);
        subscribed = live;
        subscription = service.onStatus(next -> {
            if (live.get()) {
                // read here, on the service's thread: while the server cannot be reached the header says what waits
                int waiting = next != null && SyncStatusTexts.saysWaiting(next.state()) ? service.pendingCount() : 0;
                UiThread.run(() -> {
                    if (live.get()) {
                        pending.set(waiting);
                        // the service keeps the count (read here, on the FX thread, so a notice just closed stays closed)
                        received.set(receivedCount());
                    }
                    show(live, next);
                });
            }
        });
    }

    public void deactivate() {
        subscribed.set(false);
        if (subscription != null) {
            closeQuietly(subscription);
            subscription = null;
        }
    }

    /** Subscribes {@code listener} to every status, on the FX thread, until the returned handle is closed. */
    public static AutoCloseable follow(SyncService service, java.util.function.Consumer<SyncStatus> listener) {
        AtomicBoolean live = new AtomicBoolean(true);
        AutoCloseable inner = service.onStatus(next -> {
            if (live.get()) {
                UiThread.run(() -> {
                    if (live.get()) {
                        listener.accept(next);
                    }
                });
            }
        });
        return () -> {
            live.set(false);
            inner.close();
        };
    }

    static void closeQuietly(AutoCloseable handle) {
        try {
            handle.close();
        } catch (Exception ignored) {
            // unsubscribing only removes a listener from a list
        }
    }

    private void show(AtomicBoolean live, SyncStatus next) {
        if (live.get() && next != null) {
            status.set(next);
        }
    }

    /** Sets a status directly; for the view model tests, which have no service running. */
    void show(SyncStatus next) {
        status.set(next);
    }

    /** Local changes waiting to be sent, counted when the last status could not send them (offline and the like). */
    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** Families rounds brought onto this laptop, not yet closed or opened ({@link SyncService#receivedNotice()}); or 0. */
    public ReadOnlyIntegerProperty receivedProperty() {
        return received.getReadOnlyProperty();
    }

    /** The consultant closed "N gezinnen binnengehaald". */
    public void dismissReceived() {
        service.dismissReceivedNotice();
        received.set(receivedCount());
    }

    /** A dossier is opened: when it is one of the families received, the notice goes. */
    public void dossierOpened(java.util.UUID dossierId) {
        service.dossierOpened(dossierId);
        received.set(receivedCount());
    }

    private int receivedCount() {
        return service.receivedNotice().map(SyncService.Receipt::families).orElse(0);
    }

    /** Sets the waiting count directly; for tests without a service. */
    void showPending(int count) {
        pending.set(count);
    }

    public ReadOnlyObjectProperty<SyncStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public SyncStatus status() {
        return status.get();
    }


    /** Sync waits for the consultant to log in (never set up, or the server refused the tokens). */
    public boolean needsLogin() {
        SyncStatus.State state = status.get().state();
        return state == SyncStatus.State.NOT_CONFIGURED || state == SyncStatus.State.NEEDS_LOGIN;
    }
}
