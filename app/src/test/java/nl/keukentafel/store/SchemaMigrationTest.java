package nl.keukentafel.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.f4b6a3.uuid.UuidCreator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vault written by the first app version (schema V1) opens in this one, keeps its data and gets its index. */
class SchemaMigrationTest {
    private static final String NOW = "2026-01-05T10:00:00Z";
    private static final String NEWEST = "8";

    @TempDir
    Path directory;

    @Test
    void aVersionOneVaultIsMigratedOnUnlockAndItsCaseloadIndexIsBuilt() throws Exception {
        VaultLocation location = new VaultLocation(directory);
        UUID family = UuidCreator.getTimeOrderedEpoch();
        UUID member = UuidCreator.getTimeOrderedEpoch();
        try (Vault vault = Vault.create(location, TestVaults.passphrase(), TestVaults.CONSULTANT, KdfParams.FAST_FOR_TESTS,
                Clock.systemUTC(), "1")) {
            assertThat(tableExists(vault, "audit_log")).as("created at V1").isFalse();
            try (Connection oldApp = vault.database().newConnection()) {
                insertV1Record(oldApp, family, RecordKind.FAMILY, family, "{\"householdName\":\"" + TestVaults.HOUSEHOLD
                        + "\",\"street\":\"" + TestVaults.STREET + "\",\"archived\":false,\"oldField\":\"kept\"}");
                insertV1Record(oldApp, member, RecordKind.MEMBER, family, "{\"givenName\":\"" + TestVaults.PARENT_GIVEN
                        + "\",\"familyName\":\"" + TestVaults.PARENT_FAMILY + "\",\"bsn\":\"" + TestVaults.BSN + "\"}");
            }
        }
        try (Vault vault = TestVaults.unlock(location)) {
            assertThat(tableExists(vault, "audit_log")).isTrue();
            assertThat(schemaVersion(vault)).isEqualTo(NEWEST);
            Optional<String> reindexNeeded = vault.database().read("meta", handle -> Vault.meta(handle, "reindex_needed"));
            assertThat(reindexNeeded).contains("false");
            StoredRecord stored = vault.records().find(member).orElseThrow();
            assertThat(RecordMapper.member(stored).bsn()).isEqualTo(TestVaults.BSN);
            assertThat(vault.records().find(family).orElseThrow().body().get("oldField").asText()).isEqualTo("kept");
            assertThat(vault.caseload().search("elsbeth caglayan", false, 10))
                    .singleElement()
                    .satisfies(row -> {
                        assertThat(row.dossierId()).isEqualTo(family);
                        assertThat(row.householdName()).isEqualTo(TestVaults.HOUSEHOLD);
                        assertThat(row.memberCount()).isEqualTo(1);
                    });
            vault.records().patch(new RecordRef(RecordKind.MEMBER, member, family), Map.of(Member.Field.GIVEN_NAME, "Els")).join();
            assertThat(vault.audit().forDossier(family)).extracting(AuditLog.Entry::action).containsExactly("update");
        }
    }

    @Test
    void aVersionThreeVaultForgetsItsPullCursorSoTheNextPullBringsTheNewKinds() throws Exception {
        VaultLocation location = new VaultLocation(directory);
        try (Vault vault = Vault.create(location, TestVaults.passphrase(), TestVaults.CONSULTANT, KdfParams.FAST_FOR_TESTS,
                Clock.systemUTC(), "3")) {
            try (Connection oldApp = vault.database().newConnection()) {
                Vault.setMeta(oldApp, "sync_cursor", "c2VxOjQy");
                Vault.setMeta(oldApp, "sync_client_id_kept", "yes");
            }
        }
        try (Vault vault = TestVaults.unlock(location)) {
            assertThat(schemaVersion(vault)).isEqualTo(NEWEST);
            Optional<String> cursor = vault.database().read("meta", handle -> Vault.meta(handle, "sync_cursor"));
            Optional<String> kept = vault.database().read("meta", handle -> Vault.meta(handle, "sync_client_id_kept"));
            assertThat(cursor).isEmpty();
            assertThat(kept).contains("yes");
        }
    }

    @Test
    void aVersionFourVaultForgetsItsPullCursorAndItsCaseloadShowsThePlansNextEvaluation() throws Exception {
        VaultLocation location = new VaultLocation(directory);
        UUID family = UuidCreator.getTimeOrderedEpoch();
        try (Vault vault = Vault.create(location, TestVaults.passphrase(), TestVaults.CONSULTANT, KdfParams.FAST_FOR_TESTS,
                Clock.systemUTC(), "4")) {
            try (Connection oldApp = vault.database().newConnection()) {
                Vault.setMeta(oldApp, "sync_cursor", "c2VxOjQy");
                insertV1Record(oldApp, family, RecordKind.FAMILY, family, "{\"householdName\":\"" + TestVaults.HOUSEHOLD
                        + "\",\"archived\":false}");
                insertV1Record(oldApp, nl.keukentafel.model.plan.PlanIds.plan(family).id(), RecordKind.PLAN, family,
                        "{\"nextEvaluationOn\":\"01-02-2027\"}");
            }
        }
        try (Vault vault = TestVaults.unlock(location)) {
            assertThat(schemaVersion(vault)).isEqualTo(NEWEST);
            Optional<String> cursor = vault.database().read("meta", handle -> Vault.meta(handle, "sync_cursor"));
            assertThat(cursor).isEmpty();
            assertThat(vault.caseload().search("", false, 10)).singleElement()
                    .satisfies(row -> assertThat(row.nextEvaluation()).isEqualTo(java.time.LocalDate.of(2027, 2, 1)));
        }
    }

    @Test
    void aVersionTwoVaultWithPendingChangesMigratesToSyncAndItsOutboxStillPushes() throws Exception {
        VaultLocation location = new VaultLocation(directory);
        UUID family = UuidCreator.getTimeOrderedEpoch();
        UUID member = UuidCreator.getTimeOrderedEpoch();
        try (Vault vault = Vault.create(location, TestVaults.passphrase(), TestVaults.CONSULTANT, KdfParams.FAST_FOR_TESTS,
                Clock.systemUTC(), "2")) {
            assertThat(tableExists(vault, "record_base")).as("created at V2").isFalse();
            try (Connection oldApp = vault.database().newConnection()) {
                insertV1Record(oldApp, family, RecordKind.FAMILY, family, "{\"householdName\":\"" + TestVaults.HOUSEHOLD
                        + "\",\"city\":\"" + TestVaults.CITY + "\",\"archived\":false}");
                insertV1Record(oldApp, member, RecordKind.MEMBER, family, "{\"givenName\":\"" + TestVaults.PARENT_GIVEN + "\"}");
                try (Statement statement = oldApp.createStatement()) {
                    statement.executeUpdate("insert into outbox (record_id, kind, dossier_id, op, fields, base_version, created_at)"
                            + " values ('" + member + "', 'member', '" + family + "', 'update', '{\"bsn\":\"" + TestVaults.BSN
                            + "\"}', 0, '" + NOW + "')");
                }
            }
        }
        try (Vault vault = TestVaults.unlock(location)) {
            assertThat(schemaVersion(vault)).isEqualTo(NEWEST);
            for (String table : new String[] {"record_base", "sync_conflict", "sync_rejected", "sync_removal"}) {
                assertThat(tableExists(vault, table)).as(table).isTrue();
            }
            var replica = new nl.keukentafel.store.sync.VaultReplica(vault.database(), vault.audit(), vault.indexer(),
                    Clock.systemUTC());
            var entries = replica.pendingEntries(100);
            assertThat(entries).as("every V2 change is still pending, in order").extracting(entry -> entry.op())
                    .containsExactly("create", "create", "update");
            assertThat(entries).allSatisfy(entry -> {
                assertThat(entry.baseFields()).as("no base before sync").isNull();
                assertThat(entry.resolves()).isEmpty();
                assertThat(entry.clientId()).isEqualTo(replica.clientId());
            });
            assertThat(entries.get(2).fields().get("bsn").asText()).isEqualTo(TestVaults.BSN);
            assertThat(vault.records().find(family).orElseThrow().body().get("city").asText()).isEqualTo(TestVaults.CITY);
            vault.records().patch(new RecordRef(RecordKind.MEMBER, member, family), Map.of(Member.Field.GIVEN_NAME, "Els")).join();
            assertThat(replica.pendingEntries(100)).hasSize(4);
        }
    }

    @Test
    void aVersionSixVaultKeepsItsBaseCopiesAndAnEditAfterTheMigrationIsBasedOnThem() throws Exception {
        VaultLocation location = new VaultLocation(directory);
        UUID family = UuidCreator.getTimeOrderedEpoch();
        UUID member = UuidCreator.getTimeOrderedEpoch();
        try (Vault vault = Vault.create(location, TestVaults.passphrase(), TestVaults.CONSULTANT, KdfParams.FAST_FOR_TESTS,
                Clock.systemUTC(), "6")) {
            try (Connection oldApp = vault.database().newConnection(); Statement statement = oldApp.createStatement()) {
                insertV1Record(oldApp, member, RecordKind.MEMBER, family, "{\"givenName\":\"" + TestVaults.PARENT_GIVEN + "\"}");
                statement.executeUpdate("delete from outbox");
                statement.executeUpdate("update record set version = 3 where id = '" + member + "'");
                statement.executeUpdate("insert into record_base (record_id, version, body, deleted) values ('" + member
                        + "', 3, '{\"givenName\":\"" + TestVaults.PARENT_GIVEN + "\"}', 0)");
            }
        }
        try (Vault vault = TestVaults.unlock(location)) {
            assertThat(schemaVersion(vault)).isEqualTo(NEWEST);
            vault.records().patch(new RecordRef(RecordKind.MEMBER, member, family), Map.of(Member.Field.GIVEN_NAME, "Els")).join();
            var replica = new nl.keukentafel.store.sync.VaultReplica(vault.database(), vault.audit(), vault.indexer(),
                    Clock.systemUTC());
            assertThat(replica.pendingEntries(10)).singleElement().satisfies(entry -> {
                assertThat(entry.baseVersion()).isEqualTo(3);
                assertThat(entry.baseFields().get(Member.Field.GIVEN_NAME).asText()).isEqualTo(TestVaults.PARENT_GIVEN);
            });
        }
    }

    private static void insertV1Record(Connection handle, UUID id, RecordKind kind, UUID dossier, String body) throws Exception {
        try (PreparedStatement insert = handle.prepareStatement("insert into record (id, kind, dossier_id, body, created_at,"
                + " updated_at) values (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id.toString());
            insert.setString(2, kind.code());
            insert.setString(3, dossier.toString());
            insert.setString(4, body);
            insert.setString(5, NOW);
            insert.setString(6, NOW);
            insert.executeUpdate();
        }
        try (PreparedStatement outbox = handle.prepareStatement("insert into outbox (record_id, kind, dossier_id, op, fields,"
                + " base_version, created_at) values (?, ?, ?, 'create', ?, 0, ?)")) {
            outbox.setString(1, id.toString());
            outbox.setString(2, kind.code());
            outbox.setString(3, dossier.toString());
            outbox.setString(4, body);
            outbox.setString(5, NOW);
            outbox.executeUpdate();
        }
    }

    private static boolean tableExists(Vault vault, String table) {
        return vault.database().read("schema", handle -> {
            try (PreparedStatement select = handle.prepareStatement(
                    "select count(*) from sqlite_master where type = 'table' and name = ?")) {
                select.setString(1, table);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() && rows.getInt(1) == 1;
                }
            }
        });
    }

    private static String schemaVersion(Vault vault) {
        return vault.database().read("schema", handle -> {
            try (Statement select = handle.createStatement();
                 ResultSet rows = select.executeQuery("select max(cast(version as integer)) from flyway_schema_history"
                         + " where success = 1")) {
                rows.next();
                return rows.getString(1);
            }
        });
    }
}
