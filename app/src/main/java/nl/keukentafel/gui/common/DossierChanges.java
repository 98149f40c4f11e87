package nl.keukentafel.gui.common;

import javafx.util.Subscription;

/**
 * Says "this dossier may have changed underneath the screen" (another laptop's work arrived with a sync round) until
 * the returned handle is closed. Injected into a screen's view model, so a test can fire it and the app wires it to
 * the sync service ({@code gui.sync.SyncRounds}).
 */
@FunctionalInterface
public interface DossierChanges {
    /** Nothing ever changes underneath (a screen shown alone, a test). */
    DossierChanges NONE = changed -> () -> { };

    AutoCloseable follow(Runnable changed);

    /** The same as a JavaFX subscription, for {@code Subscription.combine} in a view's {@code activate()}. */
    default Subscription subscribe(Runnable changed) {
        AutoCloseable handle = follow(changed);
        return () -> {
            try {
                handle.close();
            } catch (Exception ignored) {
                // unsubscribing only removes a listener from a list
            }
        };
    }
}
