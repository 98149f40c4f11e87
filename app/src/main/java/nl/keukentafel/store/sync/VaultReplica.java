package nl.keukentafel.store.sync;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.store.AuditLog;
import nl.keukentafel.store.Database;
import nl.keukentafel.store.DossierIndexer;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.Vault;
import nl.keukentafel.sync.client.LocalReplica;
import nl.keukentafel.sync.protocol.Wire;

/**
 * The vault as a sync replica (ADR 0002). Every change runs on the vault's writer thread in one transaction, so a
 * client killed at any point resumes with nothing lost or doubled: the outbox row leaves only with its stored
 * answer, and a pulled page and its cursor commit together. The sync settings and the refresh token live in
 * {@code vault_meta}, inside the encrypted file. Thread-safe.
 */
public final class VaultReplica implements LocalReplica {
    static final String META_CLIENT_ID = "sync_client_id";
    static final String META_SERVER_URL = "sync_server_url";
    static final String META_USERNAME = "sync_username";
    static final String META_REFRESH_TOKEN = "sync_refresh_token";
    static final String META_DEVICE_ID = "sync_device_id";
    static final String META_USER_ID = "sync_user_id";
    static final String META_LAST_SYNCED = "sync_last_synced";

    private final Database database;
    private final Clock clock;
    private final PushAnswers answers;
    private final PullApplier pages;
    private final UUID clientId;

    public VaultReplica(Database database, AuditLog audit, DossierIndexer indexer, Clock clock) {
        this.database = database;
        this.clock = clock;
        LocalCopies copies = new LocalCopies(audit, indexer);
        this.answers = new PushAnswers(audit, copies);
        this.pages = new PullApplier(audit, indexer, copies);
        // Made once per vault: the server deduplicates on (client id, outbox seq), so the pair must never repeat.
        this.clientId = UUID.fromString(database.write("could not make the sync client id", handle -> {
            Optional<String> known = Vault.meta(handle, META_CLIENT_ID);
            if (known.isPresent()) {
                return known.get();
            }
            String made = UUID.randomUUID().toString();
            Vault.setMeta(handle, META_CLIENT_ID, made);
            return made;
        }).join());
    }

    @Override
    public UUID clientId() {
        return clientId;
    }

    @Override
    public List<Wire.PushEntry> pendingEntries(int maxEntries) {
        return database.read("could not read the outbox", handle -> {
            List<Wire.PushEntry> entries = new ArrayList<>();
            for (OutboxRow row : OutboxRow.oldest(handle, maxEntries)) {
                entries.add(new Wire.PushEntry(clientId, row.seq(), row.recordId(), row.kind(), row.dossierId(), row.op(),
                        row.baseVersion(), row.fields(), row.baseFields(), row.resolves()));
            }
            return entries;
        });
    }

    @Override
    public void acceptPushResults(List<Wire.PushEntry> sent, List<Wire.PushResult> results) {
        database.write("could not store the server's answers", handle -> {
            answers.store(handle, sent, results, clock.instant().toString());
            return null;
        }).join();
    }

    @Override
    public Optional<String> pullCursor() {
        return meta(PullApplier.META_CURSOR);
    }

    @Override
    public int applyPullPage(Wire.PullPage page, Set<UUID> caseload) {
        // The server still has the page: a commit that does not wait for the disk loses nothing a new pull cannot bring.
        return database.writeRefetchable("could not apply a pulled page", handle ->
                pages.apply(handle, page, caseload, clock.instant().toString())).join();
    }

    @Override
    public Optional<String> refreshToken() {
        return meta(META_REFRESH_TOKEN);
    }

    @Override
    public void storeTokens(Wire.TokenGrant grant) {
        database.write("could not store the sync login", handle -> {
            Vault.setMeta(handle, META_REFRESH_TOKEN, grant.refreshToken());
            if (grant.deviceId() != null) {
                Vault.setMeta(handle, META_DEVICE_ID, grant.deviceId().toString());
            }
            if (grant.userId() != null) {
                Vault.setMeta(handle, META_USER_ID, grant.userId().toString());
            }
            return null;
        }).join();
    }

    @Override
    public void clearTokens() {
        database.write("could not forget the sync login", handle -> {
            try (PreparedStatement delete = handle.prepareStatement("delete from vault_meta where key = ?")) {
                delete.setString(1, META_REFRESH_TOKEN);
                delete.executeUpdate();
            }
            return null;
        }).join();
    }

    @Override
    public int openConflictCount() {
        return (int) count("select count(*) from sync_conflict where status = 'open'");
    }

    @Override
    public int rejectedCount() {
        return (int) count("select count(*) from sync_rejected");
    }

    /** Remembers where and as whom this vault syncs. */
    public void storeSettings(URI serverUrl, String username) {
        database.write("could not store the sync settings", handle -> {
            Vault.setMeta(handle, META_SERVER_URL, serverUrl.toString());
            Vault.setMeta(handle, META_USERNAME, username);
            return null;
        }).join();
    }

    public Optional<URI> serverUrl() {
        return meta(META_SERVER_URL).map(URI::create);
    }

    public Optional<String> username() {
        return meta(META_USERNAME);
    }

    /** The server's id for this device (from the last login or refresh): tells which side of a conflict is this vault's. */
    public Optional<UUID> deviceId() {
        return meta(META_DEVICE_ID).map(UUID::fromString);
    }

    public Optional<Instant> lastSynced() {
        return meta(META_LAST_SYNCED).map(Instant::parse);
    }

    public void storeLastSynced(Instant at) {
        database.write("could not store the sync time", handle -> {
            Vault.setMeta(handle, META_LAST_SYNCED, at.toString());
            return null;
        }).join();
    }

    /** Conflicts as kept here; {@code dossierId} null for all dossiers. */
    public List<StoredConflict> conflicts(UUID dossierId, boolean openOnly) {
        String status = openOnly ? "status = 'open'" : "1 = 1";
        return database.read("could not read the conflicts", handle -> dossierId == null
                ? ConflictRows.select(handle, status)
                : ConflictRows.select(handle, status + " and dossier_id = ?", dossierId.toString()));
    }

    public Optional<StoredConflict> conflict(UUID conflictId) {
        return database.read("could not read a conflict", handle ->
                ConflictRows.select(handle, "id = ?", conflictId.toString()).stream().findFirst());
    }

    /** Every change the server refused, oldest first. */
    public List<StoredRejection> rejected() {
        return database.read("could not read the rejected changes", handle -> {
            try (PreparedStatement select = handle.prepareStatement("select * from sync_rejected order by client_seq");
                 ResultSet rows = select.executeQuery()) {
                List<StoredRejection> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(new StoredRejection(rows.getLong("client_seq"), UUID.fromString(rows.getString("record_id")),
                            rows.getString("kind"), UUID.fromString(rows.getString("dossier_id")), rows.getString("op"),
                            RecordMapper.parse(rows.getString("fields")), rows.getLong("base_version"), rows.getString("reason"),
                            rows.getString("created_at"), rows.getString("rejected_at")));
                }
                return result;
            }
        });
    }

    /** True when a change to this record was refused by the server (it is flagged until someone deals with it). */
    public boolean flagged(UUID recordId) {
        return database.read("could not read the rejected changes", handle ->
                SyncSql.count(handle, "select count(*) from sync_rejected where record_id = ?", recordId.toString()) > 0);
    }

    /** Number of local changes not yet answered by the server. */
    public int pendingCount() {
        return (int) count("select count(*) from outbox");
    }

    private Optional<String> meta(String key) {
        return database.read("could not read the sync settings", handle -> Vault.meta(handle, key));
    }

    private long count(String sql) {
        return database.read("could not count", (Connection handle) -> SyncSql.count(handle, sql));
    }

    /** For tests and diagnostics: the base copy's version of a record. */
    public Optional<Long> baseVersion(UUID recordId) {
        return database.read("could not read a base", handle -> LocalCopies.baseVersion(handle, recordId));
    }
}
