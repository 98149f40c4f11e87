package nl.keukentafel.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnlockThrottleTest {
    @Test
    void threeAttemptsAreFreeThenTheDelayDoublesUpToAMinute() {
        UnlockThrottle throttle = new UnlockThrottle();
        List<Long> delays = new ArrayList<>();
        for (int failure = 0; failure < 10; failure++) {
            delays.add(throttle.delayBeforeNextAttempt().toSeconds());
            throttle.failed();
        }
        assertThat(delays).containsExactly(0L, 0L, 0L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
        assertThat(throttle.failures()).isEqualTo(10);
    }

    @Test
    void aSuccessResetsTheCount() {
        UnlockThrottle throttle = new UnlockThrottle();
        for (int failure = 0; failure < 5; failure++) {
            throttle.failed();
        }
        throttle.succeeded();
        assertThat(throttle.failures()).isZero();
        assertThat(throttle.delayBeforeNextAttempt()).isEqualTo(Duration.ZERO);
    }

    @Test
    void manyFailuresStayAtTheMaximum() {
        UnlockThrottle throttle = new UnlockThrottle();
        for (int failure = 0; failure < 1000; failure++) {
            throttle.failed();
        }
        assertThat(throttle.delayBeforeNextAttempt()).isEqualTo(Duration.ofSeconds(60));
    }
}
