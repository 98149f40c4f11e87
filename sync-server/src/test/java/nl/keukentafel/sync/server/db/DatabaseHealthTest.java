package nl.keukentafel.sync.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DatabaseHealthTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    private final AtomicLong nanos = new AtomicLong(-5_000_000_000L);
    private final DatabaseHealth health = new DatabaseHealth(nanos::get);

    private void later(long millis) {
        nanos.addAndGet(millis * 1_000_000);
    }

    @Test
    void nothingCommittedYetVouchesForNothing() {
        assertThat(health.committedWithin(SECOND)).isFalse();
    }

    @Test
    void aRecentCommitVouchesUntilItIsOlderThanTheWindow() {
        health.committed();
        later(1000);
        assertThat(health.committedWithin(SECOND)).isTrue();
        later(1);
        assertThat(health.committedWithin(SECOND)).isFalse();
    }

    @Test
    void aLostConnectionAfterTheCommitWithdrawsItUntilTheNextCommit() {
        health.committed();
        later(10);
        health.connectionLost();
        assertThat(health.committedWithin(SECOND)).isFalse();
        later(10);
        health.committed();
        assertThat(health.committedWithin(SECOND)).isTrue();
    }

    @Test
    void connectionFailuresAreToldFromFailingStatements() {
        assertThat(DatabaseHealth.isConnectionFailure(new SQLTransientConnectionException("pool wait over"))).isTrue();
        assertThat(DatabaseHealth.isConnectionFailure(new RuntimeException(new SQLException("gone", "08006")))).isTrue();
        assertThat(DatabaseHealth.isConnectionFailure(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseHealth.isConnectionFailure(new SQLException("unique violation", "23505"))).isFalse();
        assertThat(DatabaseHealth.isConnectionFailure(new SQLException("no state"))).isFalse();
    }
}
