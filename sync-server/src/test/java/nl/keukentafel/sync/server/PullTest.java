package nl.keukentafel.sync.server;

import static nl.keukentafel.sync.server.Entries.batch;
import static nl.keukentafel.sync.server.Entries.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pull cursor: pages in change order, filtered by caseload, hasMore, resuming repeats nothing, removals. */
class PullTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** All pages from a cursor; each page's items in order. */
    private record Pages(List<JsonNode> pages, String lastCursor) {
        List<String> recordIds() {
            List<String> ids = new ArrayList<>();
            pages.forEach(page -> page.get("records").forEach(record -> ids.add(record.get("id").asText())));
            return ids;
        }
    }

    private static Pages pullAll(TestServer.Session session, String cursor, int limit) {
        List<JsonNode> pages = new ArrayList<>();
        String next = cursor;
        for (int guard = 0; guard < 1000; guard++) {
            TestServer.Reply reply = server.get("/sync/pull?limit=" + limit + (next.isEmpty() ? "" : "&cursor=" + next), session);
            assertThat(reply.status()).as("pull, body %s", reply.body()).isEqualTo(200);
            pages.add(reply.body());
            next = reply.body().get("cursor").asText();
            if (!reply.body().get("hasMore").asBoolean()) {
                return new Pages(pages, next);
            }
        }
        throw new AssertionError("pull did not end");
    }

    private static List<UUID> createMembers(TestServer.Session session, Entries client, UUID dossier, int count) {
        List<UUID> ids = new ArrayList<>();
        List<JsonNode> entries = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            entries.add(client.create(id, dossier, "member", fields("firstName", "Lid " + index)));
        }
        TestServer.Reply reply = server.post("/sync/push", session, batch(entries));
        reply.body().get("results").forEach(result -> assertThat(result.get("result").asText()).isEqualTo("applied"));
        return ids;
    }

    @Test
    void pagesComeInChangeOrderFilteredByCaseloadAndResumeWithoutRepeats() {
        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        TestServer.Session reader = server.userWithDossiers("reader", mine);
        TestServer.Session other = server.userWithDossiers("other", theirs);
        Entries readerClient = new Entries();
        List<UUID> first = createMembers(reader, readerClient, mine, 7);
        createMembers(other, new Entries(), theirs, 5);
        List<UUID> second = createMembers(reader, readerClient, mine, 4);

        Pages pages = pullAll(reader, "", 3);

        List<String> expected = new ArrayList<>();
        first.forEach(id -> expected.add(id.toString()));
        second.forEach(id -> expected.add(id.toString()));
        assertThat(pages.recordIds()).containsExactlyElementsOf(expected);
        assertThat(pages.pages()).hasSize(4);
        assertThat(pages.pages().subList(0, 3)).allMatch(page -> page.get("hasMore").asBoolean() && page.get("records").size() == 3);
        assertThat(pages.pages().get(3).get("records")).hasSize(2);
        pages.pages().forEach(page -> page.get("records").forEach(
            record -> assertThat(record.get("dossierId").asText()).isEqualTo(mine.toString())));

        Pages nothingNew = pullAll(reader, pages.lastCursor(), 3);
        assertThat(nothingNew.recordIds()).isEmpty();
        assertThat(nothingNew.lastCursor()).isEqualTo(pages.lastCursor());

        UUID changed = first.get(2);
        server.post("/sync/push", reader, batch(readerClient.update(changed, mine, 1, fields("firstName", "Anders"))));
        Pages resumed = pullAll(reader, pages.lastCursor(), 3);
        assertThat(resumed.recordIds()).containsExactly(changed.toString());
        assertThat(resumed.pages().get(0).get("records").get(0).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void resumingFromEveryCursorRepeatsNothingAndMissesNothing() {
        UUID dossier = UUID.randomUUID();
        TestServer.Session session = server.userWithDossiers("resumer", dossier);
        List<UUID> all = createMembers(session, new Entries(), dossier, 10);

        Set<String> seen = new HashSet<>();
        String cursor = "";
        boolean more = true;
        while (more) {
            // A client that is cut off after each page and starts again from its stored cursor.
            JsonNode page = server.get("/sync/pull?limit=4" + (cursor.isEmpty() ? "" : "&cursor=" + cursor), session).body();
            page.get("records").forEach(record -> assertThat(seen.add(record.get("id").asText())).as("delivered once").isTrue());
            cursor = page.get("cursor").asText();
            more = page.get("hasMore").asBoolean();
        }
        assertThat(seen).hasSize(all.size());
    }

    @Test
    void aNewlyAssignedDossierArrivesWholeAndARemovedOneIsReported() {
        UUID kept = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        TestServer.Session owner = server.userWithDossiers("owner", kept, later);
        Entries ownerClient = new Entries();
        createMembers(owner, ownerClient, kept, 2);
        List<UUID> laterMembers = createMembers(owner, ownerClient, later, 5);
        TestServer.Session colleague = server.userWithDossiers("colleague", kept);
        Pages before = pullAll(colleague, "", 2);
        assertThat(before.recordIds()).hasSize(2);

        server.admin.assign(later, "colleague");
        Pages afterAssign = pullAll(colleague, before.lastCursor(), 2);

        assertThat(afterAssign.recordIds()).containsExactlyInAnyOrderElementsOf(laterMembers.stream().map(UUID::toString).toList());
        assertThat(afterAssign.pages()).hasSize(3);

        server.admin.unassign(later, "colleague");
        Pages afterRemoval = pullAll(colleague, afterAssign.lastCursor(), 2);
        assertThat(afterRemoval.recordIds()).isEmpty();
        assertThat(afterRemoval.pages().get(0).get("removed")).extracting(JsonNode::asText).containsExactly(later.toString());
        assertThat(server.get("/dossiers/" + later + "/records", colleague).status()).isEqualTo(404);

        ownerPushesIntoRemoved(owner, ownerClient, laterMembers.get(0), later);
        assertThat(pullAll(colleague, afterRemoval.lastCursor(), 2).recordIds()).as("no changes of a removed dossier").isEmpty();
    }

    /**
     * The stream merges records changed since their dossier's assignment, a newly assigned dossier's older records (at
     * the assignment's number, by id) and removals; each kind is looked up on its own and the page is their merge. For
     * every page size the pages must join up into the same order: a page boundary may fall anywhere, also between the
     * new dossier's records and the changes around them. The change numbers jump by 5000 in the middle, so pulls from
     * the earlier cursors look into each dossier and pulls from the later ones walk the changes (the two ways the
     * server finds changed records).
     */
    @Test
    void everyPageSizeGivesTheSameOrderAcrossTheKindsOfItems() {
        UUID kept = UUID.randomUUID();
        UUID joining = UUID.randomUUID();
        UUID leaving = UUID.randomUUID();
        TestServer.Session owner = server.userWithDossiers("merger", kept, joining, leaving);
        Entries ownerClient = new Entries();
        List<UUID> keptMembers = createMembers(owner, ownerClient, kept, 3);
        List<UUID> joiningMembers = createMembers(owner, ownerClient, joining, 4);
        createMembers(owner, ownerClient, leaving, 2);
        TestServer.Session reader = server.userWithDossiers("mergereader", kept, leaving);
        String start = pullAll(reader, "", 50).lastCursor();

        server.post("/sync/push", owner, batch(ownerClient.update(keptMembers.get(0), kept, 1, fields("firstName", "Eerst"))));
        server.count("select setval('change_seq', (select last_value from change_seq) + 5000)");
        server.admin.assign(joining, "mergereader");
        server.post("/sync/push", owner, batch(ownerClient.update(joiningMembers.get(1), joining, 1, fields("firstName", "Na"))));
        server.post("/sync/push", owner, batch(ownerClient.update(keptMembers.get(1), kept, 1, fields("firstName", "Later"))));
        server.admin.unassign(leaving, "mergereader");

        List<String> expected = new ArrayList<>();
        expected.add(keptMembers.get(0).toString());
        joiningMembers.stream().filter(id -> !id.equals(joiningMembers.get(1))).map(UUID::toString).sorted().forEach(expected::add);
        expected.add(joiningMembers.get(1).toString());
        expected.add(keptMembers.get(1).toString());
        for (int limit = 1; limit <= expected.size() + 2; limit++) {
            Pages pages = pullAll(reader, start, limit);
            assertThat(pages.recordIds()).as("records with pages of %d", limit).containsExactlyElementsOf(expected);
            JsonNode last = pages.pages().get(pages.pages().size() - 1);
            assertThat(last.get("removed")).as("the removal comes last, pages of %d", limit).extracting(JsonNode::asText)
                .containsExactly(leaving.toString());
            int lastRecords = last.get("records").size();
            assertThat(lastRecords + 1).as("items on the last page of %d", limit).isLessThanOrEqualTo(limit);
            for (JsonNode page : pages.pages().subList(0, pages.pages().size() - 1)) {
                assertThat(page.get("records")).as("a full page of %d", limit).hasSize(limit);
                assertThat(page.get("removed")).isEmpty();
            }
        }
    }

    private static void ownerPushesIntoRemoved(TestServer.Session owner, Entries client, UUID member, UUID dossier) {
        TestServer.Reply reply = server.post("/sync/push", owner, batch(client.update(member, dossier, 1, fields("firstName", "Nieuw"))));
        assertThat(reply.body().get("results").get(0).get("result").asText()).isEqualTo("applied");
    }

    @Test
    void aPushForADossierThatJustLeftTheCaseloadIsRejectedAndKept() {
        UUID dossier = UUID.randomUUID();
        TestServer.Session leaver = server.userWithDossiers("leaver", dossier);
        Entries client = new Entries();
        UUID member = createMembers(leaver, client, dossier, 1).get(0);
        server.admin.unassign(dossier, "leaver");

        JsonNode result = server.post("/sync/push", leaver, batch(client.update(member, dossier, 1, fields("firstName", "Laat"))))
            .body().get("results").get(0);

        assertThat(result.get("result").asText()).isEqualTo("rejected");
        assertThat(result.get("reason").asText()).isEqualTo("left-caseload");
        assertThat(server.count("select count(*) from quarantine where reason = 'left-caseload' and record_id = '" + member + "'"))
            .isEqualTo(1);
    }

    @Test
    void conflictsArriveInPullPagesAndTheirResolutionToo() {
        UUID dossier = UUID.randomUUID();
        TestServer.Session first = server.userWithDossiers("first", dossier);
        TestServer.Session second = server.userWithDossiers("second", dossier);
        Entries firstClient = new Entries();
        Entries secondClient = new Entries();
        UUID member = createMembers(first, firstClient, dossier, 1).get(0);
        String cursor = pullAll(second, "", 50).lastCursor();
        server.post("/sync/push", first, batch(firstClient.update(member, dossier, 1, fields("firstName", "Een"))));
        server.post("/sync/push", second, batch(secondClient.update(member, dossier, 1, fields("firstName", "Twee"))));

        Pages withConflict = pullAll(second, cursor, 50);
        JsonNode conflicts = withConflict.pages().get(0).get("conflicts");
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).get("status").asText()).isEqualTo("open");
        assertThat(conflicts.get(0).get("server").get("value").asText()).isEqualTo("Een");
        assertThat(conflicts.get(0).get("client").get("value").asText()).isEqualTo("Twee");

        var resolution = secondClient.update(member, dossier, 2, fields("firstName", "Twee"));
        resolution.putArray("resolves").add(conflicts.get(0).get("id").asText());
        server.post("/sync/push", second, batch(resolution));
        Pages afterResolution = pullAll(first, withConflict.lastCursor(), 50);
        JsonNode page = afterResolution.pages().get(0);
        assertThat(page.get("records").get(0).get("fields").get("firstName").asText()).isEqualTo("Twee");
        assertThat(page.get("conflicts").get(0).get("status").asText()).isEqualTo("resolved");
        assertThat(pullAll(first, "", 50).pages().get(0).get("conflicts")).as("a first pull brings no closed conflicts").isEmpty();
    }

    @Test
    void aBadCursorOrLimitIs400() {
        TestServer.Session session = server.userWithDossiers("careless");
        assertThat(server.get("/sync/pull?cursor=bm9wZQ", session).code()).isEqualTo("bad-cursor");
        assertThat(server.get("/sync/pull?limit=0", session).code()).isEqualTo("bad-limit");
        assertThat(server.get("/sync/pull?limit=5000", session).status()).isEqualTo(400);
    }

    @Test
    void aCursorPastTheChangeSequenceIsCursorAheadAsAfterARestore() {
        // After a restore from a backup the sequence is behind the cursors clients hold; they must start over.
        TestServer.Session session = server.userWithDossiers("restored");
        String current = pullAll(session, "", 50).lastCursor();
        assertThat(server.get("/sync/pull?cursor=" + current, session).status()).isEqualTo(200);
        String ahead = new nl.keukentafel.sync.server.sync.PullCursor(1L << 40, "a").encode();
        TestServer.Reply reply = server.get("/sync/pull?cursor=" + ahead, session);
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("cursor-ahead");
    }
}
