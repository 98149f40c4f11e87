package nl.keukentafel.sync.server;

import static nl.keukentafel.sync.server.Entries.batch;
import static nl.keukentafel.sync.server.Entries.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wire: gzip both ways, the client-schema gate, and JSON errors for everything that is not a proper call. */
class TransportTest {
    private static TestServer server;
    private static TestServer.Session session;
    private static UUID dossier;

    @BeforeAll
    static void start() {
        server = new TestServer();
        dossier = UUID.randomUUID();
        session = server.userWithDossiers("wire", dossier);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpRequest.Builder authorised(String path) {
        return HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + session.accessToken());
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void aGzipPushIsInflatedAndAGzipAnswerIsSentWhenAccepted() throws Exception {
        Entries client = new Entries();
        List<JsonNode> entries = new ArrayList<>();
        for (int index = 0; index < 40; index++) {
            entries.add(client.create(UUID.randomUUID(), dossier, "contact",
                fields("summary", "Huisbezoek, gesprek over de week " + index)));
        }
        byte[] plain = Json.MAPPER.writeValueAsBytes(batch(entries));
        TestServer.Reply pushed = server.send(authorised("/sync/push").header("Content-Type", "application/json")
            .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(gzip(plain))));
        assertThat(pushed.status()).isEqualTo(200);
        assertThat(pushed.body().get("results")).hasSize(40).allMatch(result -> result.get("result").asText().equals("applied"));

        TestServer.Reply zipped = server.send(authorised("/sync/pull").header("Accept-Encoding", "gzip").GET());
        assertThat(zipped.raw().headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.body().get("records")).hasSize(40);
        int zippedBytes = zipped.raw().body().length;
        TestServer.Reply plainReply = server.send(authorised("/sync/pull").GET());
        assertThat(plainReply.raw().headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plainReply.body()).isEqualTo(zipped.body());
        assertThat(zippedBytes).isLessThan(plainReply.raw().body().length / 3);
    }

    @Test
    void aClientOlderThanSupportedGets426WithAClearCode() {
        TestServer.Reply old = server.send(authorised("/me/caseload").header("X-Keukentafel-Client-Schema", "0").GET());
        assertThat(old.status()).isEqualTo(426);
        assertThat(old.code()).isEqualTo("client-too-old");
        TestServer.Reply oldLogin = server.send(HttpRequest.newBuilder(server.uri("/auth/login"))
            .header("X-Keukentafel-Client-Schema", "0").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(oldLogin.status()).isEqualTo(426);
        TestServer.Reply current = server.send(authorised("/me/caseload").header("X-Keukentafel-Client-Schema",
            Integer.toString(Json.SCHEMA)).GET());
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.raw().headers().firstValue("X-Keukentafel-Server-Schema")).hasValue(Integer.toString(Json.SCHEMA));
        assertThat(server.send(authorised("/me/caseload").header("X-Keukentafel-Client-Schema", "abc").GET()).status()).isEqualTo(400);
    }

    @Test
    void healthIsPublic() {
        TestServer.Reply health = server.send(HttpRequest.newBuilder(server.uri("/health")).GET());
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asText()).isEqualTo("ok");
        assertThat(health.body().get("schema").asInt()).isEqualTo(Json.SCHEMA);
    }

    @Test
    void everythingElseIsAJsonErrorWithACode() throws Exception {
        assertThat(server.send(authorised("/sync/push").POST(HttpRequest.BodyPublishers.ofString("{not json"))).code())
            .isEqualTo("malformed-json");
        assertThat(server.send(authorised("/sync/push").POST(HttpRequest.BodyPublishers.ofString("{\"entries\":[]}"))).code())
            .isEqualTo("malformed-batch");
        assertThat(server.send(authorised("/sync/push").header("Content-Encoding", "gzip")
            .POST(HttpRequest.BodyPublishers.ofString("not gzip at all"))).code()).isEqualTo("malformed-gzip");
        assertThat(server.send(authorised("/sync/push").header("Content-Encoding", "br")
            .POST(HttpRequest.BodyPublishers.ofString("{}"))).status()).isEqualTo(415);
        TestServer.Reply missing = server.send(authorised("/nothing/here").GET());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("not-found");
        TestServer.Reply wrongMethod = server.send(authorised("/sync/pull").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.raw().headers().firstValue("Allow")).hasValue("GET");
        byte[] huge = gzip(new byte[9 * 1024 * 1024]);
        TestServer.Reply tooLarge = server.send(authorised("/sync/push").header("Content-Encoding", "gzip")
            .POST(HttpRequest.BodyPublishers.ofByteArray(huge)));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.code()).isEqualTo("too-large");
    }

    @Test
    void aBatchOverTheLimitIsRefusedWhole() {
        Entries client = new Entries();
        List<JsonNode> entries = new ArrayList<>();
        for (int index = 0; index < 201; index++) {
            entries.add(client.create(UUID.randomUUID(), dossier, "member", fields("n", "x")));
        }
        long records = server.count("select count(*) from record");
        TestServer.Reply reply = server.post("/sync/push", session, batch(entries));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("batch-too-large");
        assertThat(server.count("select count(*) from record")).isEqualTo(records);
    }
}
