package nl.keukentafel.sync.server;

import static nl.keukentafel.sync.server.Entries.batch;
import static nl.keukentafel.sync.server.Entries.fields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every read and write leaves an audit row with user, device, action, ids and result, and never a field value. */
class AuditTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long rows(TestServer.Session session, String action, String result, String extra) {
        return server.count("select count(*) from audit_log where user_id = '" + session.userId() + "' and device_id = '"
            + session.deviceId() + "' and action = '" + action + "' and result = '" + result + "'" + extra);
    }

    @Test
    void readsAndWritesAreAuditedWithIdsOnly() {
        UUID dossier = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        TestServer.Session session = server.userWithDossiers("audited", dossier);
        Entries client = new Entries();

        server.post("/sync/push", session, batch(client.create(member, dossier, "member", fields("firstName", "Vertrouwelijk"))));
        server.get("/sync/pull", session);
        server.get("/dossiers/" + dossier + "/records", session);
        server.get("/dossiers/" + UUID.randomUUID() + "/records", session);

        String ids = " and dossier_id = '" + dossier + "' and record_ids = array['" + member + "']::uuid[]";
        assertThat(rows(session, "login", "ok", "")).isEqualTo(1);
        assertThat(rows(session, "push-create", "applied", ids)).isEqualTo(1);
        assertThat(rows(session, "pull", "ok", ids)).isEqualTo(1);
        assertThat(rows(session, "read-dossier", "ok", ids)).isEqualTo(1);
        assertThat(rows(session, "read-dossier", "denied", "")).isEqualTo(1);
        assertThat(server.count("select count(*) from audit_log where detail like '%Vertrouwelijk%' or action like '%Vertrouwelijk%'"))
            .isZero();
    }
}
