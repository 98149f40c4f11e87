package nl.keukentafel.sync.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void growsWithJitterUpToTheCap() {
        Backoff backoff = new Backoff(new Random(7));
        for (int attempt = 1; attempt <= 20; attempt++) {
            long ceiling = Math.min(Backoff.CAP.toMillis(), 1000L << Math.min(20, attempt - 1));
            Duration delay = backoff.nextDelay(Optional.empty());
            assertThat(delay.toMillis()).isBetween(ceiling / 2, ceiling);
        }
        backoff.reset();
        assertThat(backoff.nextDelay(Optional.empty()).toMillis()).isBetween(500L, 1000L);
    }

    @Test
    void retryAfterWinsWhenLongerButNeverBeyondTheCap() {
        Backoff backoff = new Backoff(new Random(7));
        assertThat(backoff.nextDelay(Optional.of(Duration.ofSeconds(30)))).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.nextDelay(Optional.of(Duration.ofHours(2)))).isEqualTo(Backoff.CAP);
    }
}
