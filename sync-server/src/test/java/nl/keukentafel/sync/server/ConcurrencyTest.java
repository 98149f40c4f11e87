package nl.keukentafel.sync.server;

import static nl.keukentafel.sync.server.Entries.batch;
import static nl.keukentafel.sync.server.Entries.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.keukentafel.sync.server.auth.PasswordHasher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several clients pushing at once, through two server instances on one database (as behind a load balancer), while
 * another client pulls: no lost update, no skipped change, versions consecutive.
 */
class ConcurrencyTest {
    private static final int CLIENTS = 4;
    private static final int EDITS = 15;
    private static TestServer server;
    private static SyncServer secondInstance;

    @BeforeAll
    static void start() {
        server = new TestServer();
        secondInstance = SyncServer.start(ServerSettings.loopback(0), server.database.db(),
            new PasswordHasher(PasswordHasher.FAST_FOR_TESTS), server.clock);
    }

    @AfterAll
    static void stop() {
        secondInstance.close();
        server.close();
    }

    /** Odd clients go to the second instance with tokens the first one issued. */
    private static TestServer.Reply push(int clientIndex, TestServer.Session session, JsonNode body) {
        if (clientIndex % 2 == 0) {
            return server.post("/sync/push", session, body);
        }
        return server.send(HttpRequest.newBuilder(secondInstance.baseUri().resolve("/sync/push"))
            .header("Authorization", "Bearer " + session.accessToken()).POST(TestServer.json(body)));
    }

    @Test
    void concurrentPushesToOneRecordAllLandAndAConcurrentPullMissesNothing() throws Exception {
        UUID dossier = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        List<TestServer.Session> sessions = new ArrayList<>();
        for (int index = 0; index < CLIENTS; index++) {
            sessions.add(server.userWithDossiers("parallel-" + index, dossier));
        }
        TestServer.Session reader = server.userWithDossiers("watcher", dossier);
        server.post("/sync/push", sessions.get(0), batch(new Entries().create(member, dossier, "member", fields("start", "ja"))));

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> work = new ArrayList<>();
        for (int index = 0; index < CLIENTS; index++) {
            TestServer.Session session = sessions.get(index);
            int clientIndex = index;
            String field = "field" + index;
            work.add(pool.submit(() -> {
                Entries client = new Entries();
                for (int edit = 1; edit <= EDITS; edit++) {
                    // Each client edits only its own field, on base version 1: every edit must merge, none may be lost.
                    UUID extra = UUID.randomUUID();
                    TestServer.Reply reply = push(clientIndex, session, batch(
                        client.update(member, dossier, 1, fields(field, Integer.toString(edit))),
                        client.create(extra, dossier, "contact", fields("n", Integer.toString(edit)))));
                    assertThat(reply.status()).isEqualTo(200);
                    reply.body().get("results").forEach(result -> assertThat(result.get("result").asText()).isIn("applied", "merged"));
                }
                return null;
            }));
        }
        Map<String, Long> seen = new HashMap<>();
        String cursor = "";
        boolean writersDone = false;
        for (int round = 0; round < 10_000; round++) {
            writersDone = work.stream().allMatch(Future::isDone);
            cursor = drain(reader, cursor, seen);
            if (writersDone) {
                break;
            }
        }
        assertThat(writersDone).isTrue();
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        drain(reader, cursor, seen);

        JsonNode record = server.get("/records/" + member + "/history", reader).body().get("versions");
        assertThat(record).hasSize(1 + CLIENTS * EDITS);
        for (int index = 0; index < record.size(); index++) {
            assertThat(record.get(index).get("version").asLong()).isEqualTo(index + 1);
        }
        JsonNode last = record.get(record.size() - 1).get("fields");
        for (int index = 0; index < CLIENTS; index++) {
            assertThat(last.get("field" + index).asText()).isEqualTo(Integer.toString(EDITS));
        }
        assertThat(seen).hasSize(1 + CLIENTS * EDITS);
        assertThat(seen.get(member.toString())).as("the pull saw the final version").isEqualTo(1L + CLIENTS * EDITS);
    }

    private static String drain(TestServer.Session reader, String cursor, Map<String, Long> seen) {
        String next = cursor;
        boolean more = true;
        while (more) {
            JsonNode page = server.get("/sync/pull?limit=7" + (next.isEmpty() ? "" : "&cursor=" + next), reader).body();
            page.get("records").forEach(item -> seen.merge(item.get("id").asText(), item.get("version").asLong(), Math::max));
            next = page.get("cursor").asText();
            more = page.get("hasMore").asBoolean();
        }
        return next;
    }
}
