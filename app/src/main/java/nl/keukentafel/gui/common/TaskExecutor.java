package nl.keukentafel.gui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the screen and reports back on the FX thread. The app uses
 * {@link BackgroundTaskExecutor}; tests use {@link CurrentThreadTaskExecutor} so they need no waiting.
 */
public interface TaskExecutor extends AutoCloseable {
    <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    default void execute(Runnable work, Runnable onSuccess, Consumer<Exception> onFailure) {
        execute(() -> {
            work.run();
            return null;
        }, ignored -> onSuccess.run(), onFailure);
    }

    @Override
    void close();
}
