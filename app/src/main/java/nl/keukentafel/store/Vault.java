package nl.keukentafel.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.store.crypto.KdfParams;
import nl.keukentafel.store.crypto.KeyFile;
import nl.keukentafel.store.crypto.KeyWrapper;
import nl.keukentafel.store.crypto.Secrets;

/**
 * An unlocked vault. Create or unlock one with the static factories; {@link #close()} locks it: pending
 * writes commit, connections close, and the data key is wiped. Thread-safe.
 */
public final class Vault implements AutoCloseable {
    private static final String META_CONSULTANT = "consultant_name";

    private final VaultLocation location;
    private final Database database;
    private final String consultantName;
    private final RecordStore records;
    private final AuditLog audit;
    private final CaseloadQuery caseload;
    private final ClosedArrivals closedArrivals;
    private final DossierIndexer indexer;

    private Vault(VaultLocation location, Database database, String consultantName, Clock clock) {
        this.location = location;
        this.database = database;
        this.consultantName = consultantName;
        this.audit = new AuditLog(database, clock, Actor.onThisDevice(consultantName));
        this.indexer = new DossierIndexer(clock);
        this.records = new RecordStore(database, clock, audit, indexer);
        this.caseload = new CaseloadQuery(database);
        this.closedArrivals = new ClosedArrivals(database);
        database.write("could not rebuild the caseload index", handle -> {
            if ("true".equals(meta(handle, "reindex_needed").orElse(""))) {
                indexer.reindexAll(handle);
                setMeta(handle, "reindex_needed", "false");
            }
            return null;
        }).join();
    }

    /** Makes a new vault; refuses when any vault file is already there. */
    public static Vault create(VaultLocation location, char[] passphrase, String consultantName, KdfParams kdf, Clock clock)
            throws VaultException {
        return create(location, passphrase, consultantName, kdf, clock, null);
    }

    /** As {@link #create(VaultLocation, char[], String, KdfParams, Clock)} at schema {@code schemaTarget} (tests). */
    static Vault create(VaultLocation location, char[] passphrase, String consultantName, KdfParams kdf, Clock clock,
                        String schemaTarget) throws VaultException {
        if (location.hasAnyVaultFile()) {
            throw new VaultException(VaultException.Reason.ALREADY_EXISTS, "vault directory");
        }
        byte[] dataKey = Secrets.randomBytes(32);
        Database database = null;
        try {
            Files.createDirectories(location.directory());
            KeyFileStore.write(location, KeyWrapper.wrap(dataKey, passphrase, UUID.randomUUID().toString(), kdf));
            database = Database.open(location.database(), dataKey, schemaTarget);
            database.write("could not store the vault owner", handle -> {
                setMeta(handle, META_CONSULTANT, consultantName);
                return null;
            }).join();
            return new Vault(location, database, consultantName, clock);
        } catch (java.io.IOException | SQLException | RuntimeException failure) {
            abandon(database);
            deleteHalfMadeVault(location);
            throw new VaultException(reasonFor(failure), "creating vault", failure);
        } catch (VaultException failure) {
            deleteHalfMadeVault(location);
            throw failure;
        } finally {
            Secrets.wipe(dataKey);
        }
    }

    /** Opens an existing vault. A wrong passphrase changes nothing on disk. */
    public static Vault unlock(VaultLocation location, char[] passphrase, Clock clock) throws VaultException {
        return unlock(location, passphrase, clock, null);
    }

    /** As {@link #unlock(VaultLocation, char[], Clock)}, migrating only up to {@code schemaTarget} (tests). */
    static Vault unlock(VaultLocation location, char[] passphrase, Clock clock, String schemaTarget) throws VaultException {
        if (!Files.exists(location.database()) && !Files.exists(location.keyFile())) {
            throw new VaultException(VaultException.Reason.NOT_FOUND, "vault directory");
        }
        KeyFile keyFile = KeyFileStore.read(location);
        if (!Files.exists(location.database())) {
            throw new VaultException(VaultException.Reason.DATABASE_UNREADABLE, "database file missing");
        }
        if (emptied(location)) {
            // Opening would make a fresh empty database over the damage and call it fine; say so and touch nothing.
            throw new VaultException(VaultException.Reason.DATABASE_UNREADABLE, "database file empty");
        }
        byte[] dataKey = KeyWrapper.unwrap(keyFile, passphrase)
                .orElseThrow(() -> new VaultException(VaultException.Reason.WRONG_PASSPHRASE, "unlock"));
        Database database = null;
        try {
            database = Database.open(location.database(), dataKey, schemaTarget);
            Database opened = database;
            String owner = opened.read("could not read the vault owner", handle -> meta(handle, META_CONSULTANT).orElse(""));
            return new Vault(location, opened, owner, clock);
        } catch (SQLException | RuntimeException failure) {
            // RuntimeException: Flyway's, a StoreException, or one wrapped by a failed write's future
            abandon(database);
            throw new VaultException(reasonFor(failure), "opening database", failure);
        } finally {
            Secrets.wipe(dataKey);
        }
    }

    /** Re-wraps the data key under a new passphrase. The database itself is not rewritten. */
    public void changePassphrase(char[] current, char[] replacement, KdfParams kdf) throws VaultException {
        synchronized (this) {
            KeyFile keyFile = KeyFileStore.read(location);
            byte[] dataKey = KeyWrapper.unwrap(keyFile, current)
                    .orElseThrow(() -> new VaultException(VaultException.Reason.WRONG_PASSPHRASE, "change passphrase"));
            try {
                KeyFileStore.write(location, KeyWrapper.wrap(dataKey, replacement, keyFile.vaultId(), kdf));
            } finally {
                Secrets.wipe(dataKey);
            }
        }
    }

    public VaultLocation location() {
        return location;
    }

    public String consultantName() {
        return consultantName;
    }

    public RecordStore records() {
        return records;
    }

    public AuditLog audit() {
        return audit;
    }

    /** What sync brought into dossiers closed on this laptop (ADR 0005). */
    public ClosedArrivals closedArrivals() {
        return closedArrivals;
    }

    public CaseloadQuery caseload() {
        return caseload;
    }

    public Database database() {
        return database;
    }

    /** Keeps the caseload index in step; for changes made outside {@link RecordStore}, such as a sync pull. */
    public DossierIndexer indexer() {
        return indexer;
    }

    /** Locks: waits for pending writes, checkpoints the WAL, closes. */
    @Override
    public void close() {
        database.close();
    }

    /**
     * A zero-length database beside a key file is damage, not a new vault: a vault always has at least its schema. Only
     * a non-empty WAL may still hold the pages of a database whose first checkpoint never happened.
     */
    private static boolean emptied(VaultLocation location) throws VaultException {
        try {
            Path wal = location.directory().resolve(VaultLocation.DATABASE_FILE + "-wal");
            return Files.size(location.database()) == 0 && (!Files.exists(wal) || Files.size(wal) == 0);
        } catch (java.io.IOException unreadable) {
            throw new VaultException(VaultException.Reason.IO, "database file", unreadable);
        }
    }

    /** Closes a database whose vault could not be completed, so no writer thread or file handle stays behind. */
    private static void abandon(Database database) {
        if (database != null) {
            database.close();
        }
    }

    /**
     * Only called when {@link #create} found no vault file before it started: everything here is its own.
     * A key file without a database would otherwise block both creating and unlocking.
     */
    private static void deleteHalfMadeVault(VaultLocation location) {
        for (String name : new String[] {VaultLocation.DATABASE_FILE, VaultLocation.DATABASE_FILE + "-wal",
            VaultLocation.DATABASE_FILE + "-shm", VaultLocation.KEY_FILE, VaultLocation.KEY_FILE + ".new"}) {
            try {
                Files.deleteIfExists(location.directory().resolve(name));
            } catch (java.io.IOException ignored) {
                // the reason reported (often a full disk) matters more; the user is told what to do about it
            }
        }
    }

    private static VaultException.Reason reasonFor(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            String message = String.valueOf(current.getMessage());
            if (message.contains("SQLITE_FULL") || message.contains("No space left")) {
                return VaultException.Reason.DISK_FULL;
            }
            if (message.contains("SQLITE_NOTADB") || message.contains("SQLITE_CORRUPT")) {
                return VaultException.Reason.DATABASE_UNREADABLE;
            }
        }
        return failure instanceof java.io.IOException ? VaultException.Reason.IO : VaultException.Reason.DATABASE_UNREADABLE;
    }

    /** A value of the vault's own settings table, inside the caller's transaction. */
    public static Optional<String> meta(Connection handle, String key) throws SQLException {
        try (PreparedStatement select = handle.prepareStatement("select value from vault_meta where key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    public static void setMeta(Connection handle, String key, String value) throws SQLException {
        try (PreparedStatement upsert = handle.prepareStatement(
                "insert into vault_meta (key, value) values (?, ?) on conflict (key) do update set value = excluded.value")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        }
    }
}
