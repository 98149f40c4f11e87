package nl.keukentafel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.Function;

/**
 * ADR 0001: every write goes through the one writer thread. SQLite itself reports the thread: triggers in the
 * vault's schema call a Java function registered on the writer's connection only, so a write on any other
 * connection fails and a write on any other thread is recorded.
 */
class WriterThreadTest {
    @TempDir
    Path directory;

    @Test
    void everyRecordOutboxAuditAndIndexWriteRunsOnTheVaultWriterThread() throws Exception {
        List<String> writingThreads = new CopyOnWriteArrayList<>();
        try (Vault vault = TestVaults.create(new VaultLocation(directory))) {
            vault.database().write("watch the writes", handle -> {
                Function.create(handle, "note_writer", new Function() {
                    @Override
                    protected void xFunc() throws SQLException {
                        writingThreads.add(Thread.currentThread().getName());
                        result(0);
                    }
                });
                try (Statement statement = handle.createStatement()) {
                    for (String table : List.of("record", "outbox", "audit_log", "dossier_index")) {
                        for (String event : List.of("insert", "update", "delete")) {
                            statement.execute("create trigger watch_" + table + "_" + event + " after " + event
                                    + " on " + table + " begin select note_writer(); end");
                        }
                    }
                }
                return null;
            }).join();

            ExecutorService callers = Executors.newFixedThreadPool(4);
            try {
                List<CompletableFuture<TestVaults.Household>> households = List.of(
                        CompletableFuture.supplyAsync(() -> TestVaults.writeHousehold(vault), callers),
                        CompletableFuture.supplyAsync(() -> TestVaults.writeHousehold(vault), callers),
                        CompletableFuture.supplyAsync(() -> TestVaults.writeHousehold(vault), callers));
                for (CompletableFuture<TestVaults.Household> household : households) {
                    RecordRef child = household.join().child();
                    vault.records().patch(child, Map.of(Member.Field.EMAIL, "kind@example.org")).join();
                    vault.records().delete(child).join();
                    vault.records().restore(child).join();
                }
                vault.audit().record("export", households.get(0).join().family(), "", "ok").join();
            } finally {
                callers.shutdown();
            }
            assertThatThrownBy(() -> {
                try (Connection other = vault.database().newConnection(); Statement statement = other.createStatement()) {
                    statement.executeUpdate("update record set local_rev = local_rev");
                }
            }).as("the watch also covers other connections").hasMessageContaining("no such function");
        }
        assertThat(writingThreads).hasSizeGreaterThan(50).containsOnly("vault-writer");
    }
}
