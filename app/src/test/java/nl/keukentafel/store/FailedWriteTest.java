package nl.keukentafel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletionException;
import nl.keukentafel.model.Family;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write SQLite refuses as full rolls back completely, says "disk full" (not a secondary error from cleaning
 * up), and leaves the writer ready for the next write. SQLite's own page limit gives a real SQLITE_FULL on any
 * machine; DiskFullTest does the same with a really full file system where mounting is allowed.
 */
class FailedWriteTest {
    @TempDir
    Path directory;

    @Test
    void aFullDatabaseIsReportedAsDiskFullWritesNothingAndTheNextWriteWorks() throws Exception {
        try (Vault vault = TestVaults.create(new VaultLocation(directory))) {
            TestVaults.Household household = TestVaults.writeHousehold(vault);
            long outboxBefore = outboxRows(vault);
            StoredRecord before = vault.records().find(household.family().id()).orElseThrow();
            TestVaults.limitPages(vault, true);

            assertThatThrownBy(() -> vault.records().patch(household.family(), Map.of(Family.Field.REGISSEUR_NAME,
                    "x".repeat(50_000))).join())
                    .isInstanceOf(CompletionException.class)
                    .cause().isInstanceOfSatisfying(StoreException.class, failure -> {
                        assertThat(failure.diskFull()).as("the first error counts, not the cleanup's").isTrue();
                        assertThat(failure.getCause()).hasMessageContaining("SQLITE_FULL");
                        assertThat(failure.getMessage()).contains(household.family().id().toString())
                                .doesNotContain(TestVaults.HOUSEHOLD);
                    });
            assertThat(vault.records().find(household.family().id()).orElseThrow()).isEqualTo(before);
            assertThat(outboxRows(vault)).isEqualTo(outboxBefore);

            TestVaults.limitPages(vault, false);
            assertThat(vault.records().patch(household.family(), Map.of(Family.Field.REGISSEUR_NAME, "R. Regisseur")).join())
                    .isTrue();
            assertThat(outboxRows(vault)).isEqualTo(outboxBefore + 1);
        }
    }

    @Test
    void aFailingWorkUnitRollsBackAndKeepsItsOwnError() {
        try (Vault vault = TestVaults.create(new VaultLocation(directory))) {
            assertThatThrownBy(() -> vault.database().write("a failing unit", handle -> {
                handle.createStatement().execute("insert into vault_meta (key, value) values ('half', 'done')");
                throw new IllegalStateException("failed halfway");
            }).join()).hasRootCauseMessage("failed halfway");
            assertThat(vault.database().read("meta", handle -> Vault.meta(handle, "half")).isPresent()).isFalse();
            assertThat(vault.database().write("next", handle -> "ok").join()).isEqualTo("ok");
        } catch (VaultException unexpected) {
            throw new AssertionError(unexpected);
        }
    }

    private static long outboxRows(Vault vault) {
        return vault.database().read("outbox", handle -> {
            try (Statement statement = handle.createStatement(); ResultSet rows = statement.executeQuery("select count(*) from outbox")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
