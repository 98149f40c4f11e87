package nl.keukentafel.bench.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.mc.SQLiteMCChacha20Config;

/**
 * The second pull baseline: what the client must store for the pulled rows — per record the record row (since V8 a
 * record pulled new has no base row: its base is implicit), per dossier one audit row for its new records and its
 * caseload index row — written with plain batched JDBC in one transaction into an ENCRYPTED file of the vault's schema (the
 * real migrations) with the vault's cipher settings (ChaCha20-Poly1305 of SQLite3MultipleCiphers, kdf_iter 1, WAL,
 * synchronous FULL, as {@code store.Database}). No rules, no merge, no lookups; the index rows are made plainly from
 * the family's and members' fields. It shows what the encryption ADR 0001 mandates and the extra rows cost, which the
 * plain-SQLite baseline (one unencrypted row per record) leaves out. Not thread-safe.
 */
final class VaultFormatBaseline {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VaultFormatBaseline() {
    }

    /** The rows written and the time of the writes and the commit (opening the file and its schema not counted). */
    record Result(int records, int dossiers, double millis) {
    }

    static Result insert(Path file, List<byte[]> jsonPages) throws IOException, SQLException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        SQLiteConfig config = SQLiteMCChacha20Config.getDefault().setKdfIter(1).setLegacy(0).withHexKey(HexFormat.of().formatHex(key))
            .build();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.enforceForeignKeys(true);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        List<JsonNode> records = new ArrayList<>();
        for (byte[] page : jsonPages) {
            JSON.readTree(page).get("records").forEach(records::add);
        }
        try (Connection connection = dataSource.getConnection()) {
            long start = System.nanoTime();
            connection.setAutoCommit(false);
            String now = Instant.now().toString();
            Map<String, StringBuilder> search = new LinkedHashMap<>();
            Map<String, JsonNode> families = new LinkedHashMap<>();
            Map<String, Integer> members = new LinkedHashMap<>();
            Map<String, Integer> newRecords = new LinkedHashMap<>();
            try (PreparedStatement record = connection.prepareStatement("insert into record (id, kind, dossier_id, body, version,"
                     + " local_rev, deleted, created_at, updated_at) values (?, ?, ?, ?, ?, 0, ?, ?, ?)");
                 PreparedStatement audit = connection.prepareStatement("insert into audit_log (at, actor, device, action, dossier_id,"
                     + " record_kind, record_id, detail, result) values (?, 'anna', 'laptop', 'sync-receive', ?, ?, ?, ?, 'ok')");
                 PreparedStatement index = connection.prepareStatement("insert or replace into dossier_index (dossier_id,"
                     + " household_name, address, member_count, open_points, archived, search_text, updated_at)"
                     + " values (?, ?, ?, ?, 0, 0, ?, ?)")) {
                for (JsonNode remote : records) {
                    String id = remote.get("id").asText();
                    String kind = remote.get("kind").asText();
                    String dossier = remote.get("dossierId").asText();
                    JsonNode fields = remote.get("fields");
                    String body = fields.toString();
                    int deleted = remote.get("deleted").asBoolean() ? 1 : 0;
                    record.setString(1, id);
                    record.setString(2, kind);
                    record.setString(3, dossier);
                    record.setString(4, body);
                    record.setLong(5, remote.get("version").asLong());
                    record.setInt(6, deleted);
                    record.setString(7, now);
                    record.setString(8, now);
                    record.addBatch();
                    newRecords.merge(dossier, 1, Integer::sum);
                    StringBuilder text = search.computeIfAbsent(dossier, ignored -> new StringBuilder());
                    if ("family".equals(kind)) {
                        families.put(dossier, fields);
                        text.append(' ').append(fields.path("householdName").asText()).append(' ').append(fields.path("street").asText());
                    } else if ("member".equals(kind)) {
                        members.merge(dossier, 1, Integer::sum);
                        text.append(' ').append(fields.path("givenName").asText()).append(' ').append(fields.path("familyName").asText());
                    }
                }
                for (Map.Entry<String, Integer> dossier : newRecords.entrySet()) {
                    audit.setString(1, now);
                    audit.setString(2, dossier.getKey());
                    audit.setString(3, "family");
                    audit.setString(4, dossier.getKey());
                    audit.setString(5, "new records=" + dossier.getValue());
                    audit.addBatch();
                }
                for (Map.Entry<String, JsonNode> family : families.entrySet()) {
                    index.setString(1, family.getKey());
                    index.setString(2, family.getValue().path("householdName").asText());
                    index.setString(3, family.getValue().path("street").asText() + " " + family.getValue().path("city").asText());
                    index.setInt(4, members.getOrDefault(family.getKey(), 0));
                    index.setString(5, search.get(family.getKey()).toString().toLowerCase(Locale.ROOT));
                    index.setString(6, now);
                    index.addBatch();
                }
                record.executeBatch();
                audit.executeBatch();
                index.executeBatch();
            }
            connection.commit();
            double millis = (System.nanoTime() - start) / 1e6;
            byte[] header = new byte[16];
            try (var in = java.nio.file.Files.newInputStream(file)) {
                in.readNBytes(header, 0, 16);
            }
            if (new String(header, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("SQLite format 3")) {
                throw new IllegalStateException("the vault-format baseline wrote a plaintext file");
            }
            return new Result(records.size(), families.size(), millis);
        }
    }
}
