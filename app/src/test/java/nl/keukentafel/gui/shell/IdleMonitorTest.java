package nl.keukentafel.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Auto-lock's trigger: it fires once after the idle time, and not at all once stopped (locked by hand). */
class IdleMonitorTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void firesOnceAfterTheIdleTime() throws Exception {
        AtomicInteger locks = new AtomicInteger();
        IdleMonitor[] monitor = new IdleMonitor[1];
        WaitForAsyncUtils.asyncFx(() -> {
            monitor[0] = new IdleMonitor(new StackPane(), locks::incrementAndGet);
            monitor[0].start(Duration.ofMillis(200));
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> locks.get() == 1);
        assertThat(monitor[0].isRunning()).isFalse();
    }

    @Test
    void aStoppedMonitorNeverFires() throws Exception {
        AtomicInteger locks = new AtomicInteger();
        IdleMonitor[] monitor = new IdleMonitor[1];
        WaitForAsyncUtils.asyncFx(() -> {
            monitor[0] = new IdleMonitor(new StackPane(), locks::incrementAndGet);
            monitor[0].start(Duration.ofMillis(100));
            monitor[0].stop();
        }).get(5, TimeUnit.SECONDS);
        // a second monitor started after the first was stopped proves the FX clock has moved well past 100 ms
        AtomicInteger later = new AtomicInteger();
        WaitForAsyncUtils.asyncFx(() -> new IdleMonitor(new StackPane(), later::incrementAndGet).start(Duration.ofMillis(400)))
                .get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> later.get() == 1);
        assertThat(locks.get()).isZero();
    }
}
