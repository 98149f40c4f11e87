package nl.keukentafel.sync.server;

import static nl.keukentafel.sync.server.Entries.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The V2 migration works out each existing record's change marks from its history; the server keeps them up to date
 * on every write. Both must agree, or an upgraded server would judge conflicts differently from a new one.
 */
class FieldChangesMigrationTest {

    @Test
    void theMigrationsBackfillGivesTheMarksTheServerKeeps() throws IOException {
        try (TestServer server = new TestServer()) {
            UUID dossier = UUID.randomUUID();
            TestServer.Session casus = server.userWithDossiers("casus", dossier);
            TestServer.Session proces = server.userWithDossiers("proces", dossier);
            Entries casusClient = new Entries();
            Entries procesClient = new Entries();
            UUID member = UUID.randomUUID();
            UUID other = UUID.randomUUID();
            server.post("/sync/push", casus, Entries.batch(
                casusClient.create(member, dossier, "member", fields("givenName", "Iris", "city", "Ede")),
                casusClient.create(other, dossier, "member", fields("givenName", "Joop"))));
            server.post("/sync/push", proces, Entries.batch(
                procesClient.update(member, dossier, 1, fields("city", "Epe")),
                procesClient.delete(other, dossier, 1)));
            server.post("/sync/push", casus, Entries.batch(
                casusClient.update(member, dossier, 1, fields("city", "Elst", "phone", "06")),
                casusClient.entry(other, dossier, "member", "restore", 2, Json.MAPPER.createObjectNode())));
            Map<String, JsonNode> kept = marks(server);

            String migration = new String(resource("/db/server/V2__record_field_changes.sql"), StandardCharsets.UTF_8);
            String backfill = migration.substring(migration.indexOf("with named as"));
            server.database.db().transaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("update record set changes = '{}'");
                    statement.execute(backfill);
                }
                return null;
            });

            assertThat(marks(server)).isEqualTo(kept).hasSize(2);
            assertThat(kept.get(member.toString()).path("fields").path("city").get(0).asLong()).isEqualTo(2);
            assertThat(kept.get(other.toString()).path("deleted").get(0).asLong()).isEqualTo(3);
        }
    }

    private static Map<String, JsonNode> marks(TestServer server) {
        return server.database.db().transaction(connection -> {
            Map<String, JsonNode> byRecord = new HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select id::text, changes::text from record")) {
                while (rows.next()) {
                    byRecord.put(rows.getString(1), Json.MAPPER.readTree(rows.getString(2)));
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
            return byRecord;
        });
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FieldChangesMigrationTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
