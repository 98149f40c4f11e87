package nl.keukentafel.gui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs work on one daemon thread, in order, and hands the outcome to the FX thread. One thread is enough:
 * the vault has one writer anyway, and ordered tasks keep "lock" after "save" without extra locking.
 * Thread-safe.
 */
public final class BackgroundTaskExecutor implements TaskExecutor {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ui-task");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        worker.execute(() -> {
            try {
                T result = work.call();
                UiThread.run(() -> onSuccess.accept(result));
            } catch (Exception failure) {
                UiThread.run(() -> onFailure.accept(failure));
            }
        });
    }

    @Override
    public void close() {
        worker.shutdown();
    }
}
