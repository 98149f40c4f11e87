package nl.keukentafel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ADR 0001, Durability: only a refetchable write (a pulled page) commits without waiting for the disk; every
 * ordinary write — everything typed — commits with synchronous=FULL, also right after a refetchable one and after
 * one that failed. SQLite reports the level on the writer's own connection.
 */
class RefetchableWriteTest {
    private static final int NORMAL = 1;
    private static final int FULL = 2;

    @TempDir
    Path directory;

    @Test
    void onlyARefetchableWriteCommitsWithoutWaitingForTheDisk() throws Exception {
        try (Vault vault = TestVaults.create(new VaultLocation(directory))) {
            Database database = vault.database();
            assertThat(database.write("level", RefetchableWriteTest::level).join()).isEqualTo(FULL);
            assertThat(database.writeRefetchable("level", RefetchableWriteTest::level).join()).isEqualTo(NORMAL);
            assertThat(database.writeRefetchable("level", RefetchableWriteTest::level).join()).isEqualTo(NORMAL);
            assertThat(database.write("level", RefetchableWriteTest::level).join()).as("typed after a pull").isEqualTo(FULL);

            assertThatThrownBy(() -> database.writeRefetchable("a page that fails", handle -> {
                throw new SQLException("refused page");
            }).join()).hasRootCauseMessage("refused page");
            assertThat(database.write("level", RefetchableWriteTest::level).join()).as("typed after a failed pull").isEqualTo(FULL);
        }
    }

    @Test
    void pulledPagesLeaveTheCheckpointToTheNextOrdinaryWrite() throws Exception {
        try (Vault vault = TestVaults.create(new VaultLocation(directory))) {
            Database database = vault.database();
            assertThat(database.write("pages", RefetchableWriteTest::checkpointPages).join()).isEqualTo(Database.CHECKPOINT_PAGES);
            assertThat(database.writeRefetchable("pages", RefetchableWriteTest::checkpointPages).join())
                    .isEqualTo(Database.PULL_CHECKPOINT_PAGES);
            assertThat(database.write("pages", RefetchableWriteTest::checkpointPages).join()).as("typed after a pull")
                    .isEqualTo(Database.CHECKPOINT_PAGES);
        }
    }

    @Test
    void aRefetchableWriteIsCommittedAndSeenLikeAnyOther() throws Exception {
        try (Vault vault = TestVaults.create(new VaultLocation(directory))) {
            vault.database().writeRefetchable("cursor", handle -> {
                Vault.setMeta(handle, "refetchable_probe", "page-3");
                return null;
            }).join();
            java.util.Optional<String> stored = vault.database().read("cursor", handle -> Vault.meta(handle, "refetchable_probe"));
            assertThat(stored).contains("page-3");
        }
    }

    private static int checkpointPages(Connection handle) throws SQLException {
        try (Statement statement = handle.createStatement(); ResultSet rows = statement.executeQuery("pragma wal_autocheckpoint")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int level(Connection handle) throws SQLException {
        try (Statement statement = handle.createStatement(); ResultSet rows = statement.executeQuery("pragma synchronous")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
