package nl.keukentafel.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;
import nl.keukentafel.store.AuditLog;
import nl.keukentafel.store.CaseloadQuery;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.Vault;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.sync.protocol.Wire;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vault as a sync replica, on a real encrypted vault with real SQL. The server's answers and pages are written
 * here as the protocol's payloads (the two-client tests in src-test run the real server).
 */
class VaultReplicaTest {
    private static final String NEW_NAME = "Familie Zevenbergen-Oudewater";

    @TempDir
    Path directory;
    private Vault vault;
    private VaultReplica replica;
    private TestVaults.Household household;
    private int cursor;

    @BeforeEach
    void createVault() throws Exception {
        vault = TestVaults.create(new VaultLocation(directory));
        replica = new VaultReplica(vault.database(), vault.audit(), vault.indexer(), Clock.systemUTC());
        household = TestVaults.writeHousehold(vault);
    }

    @AfterEach
    void closeVault() {
        vault.close();
    }

    @Test
    void theOutboxBecomesPushEntriesInOrderAndAnEditAfterASyncCarriesItsBaseValues() {
        List<Wire.PushEntry> entries = replica.pendingEntries(100);
        assertThat(entries).extracting(Wire.PushEntry::op).containsExactly("create", "create", "update", "create", "create");
        assertThat(entries).extracting(Wire.PushEntry::clientSeq).isSorted().doesNotHaveDuplicates();
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.clientId()).isEqualTo(replica.clientId());
            assertThat(entry.baseVersion()).isZero();
            assertThat(entry.baseFields()).isNull();
        });
        Wire.PushEntry familyCreate = entries.get(0);
        assertThat(familyCreate.recordId()).isEqualTo(household.family().id());
        assertThat(familyCreate.dossierId()).isEqualTo(household.family().id());
        assertThat(familyCreate.kind()).isEqualTo("family");
        assertThat(fieldNames(familyCreate.fields())).as("a create sends every field").containsExactlyInAnyOrder(
                Family.Field.HOUSEHOLD_NAME, Family.Field.STREET, Family.Field.POSTAL_CODE, Family.Field.CITY, Family.Field.ARCHIVED);
        assertThat(replica.pendingEntries(2)).hasSize(2);

        replica.acceptPushResults(entries, entries.stream().map(entry -> answer(entry, "applied", 1L)).toList());
        assertThat(replica.pendingEntries(100)).isEmpty();
        assertThat(vault.records().find(household.family().id()).orElseThrow().version()).isEqualTo(1);
        assertThat(replica.baseVersion(household.family().id())).contains(1L);

        vault.records().patch(household.family(), Map.of(Family.Field.CITY, "Oudeschild",
                Family.Field.REGISSEUR_PHONE, "0222-123456")).join();
        Wire.PushEntry edit = replica.pendingEntries(100).get(0);
        assertThat(edit.op()).isEqualTo("update");
        assertThat(edit.baseVersion()).isEqualTo(1);
        assertThat(edit.clientSeq()).isGreaterThan(entries.get(4).clientSeq());
        assertThat(edit.baseFields().get(Family.Field.CITY).asText()).isEqualTo(TestVaults.CITY);
        assertThat(edit.baseFields().get(Family.Field.REGISSEUR_PHONE).isNull()).as("absent in the base").isTrue();
    }

    @Test
    void answersLeaveTheOutboxAndOnlyAPlainlyAppliedRecordMovesItsVersionOn() {
        List<Wire.PushEntry> entries = replica.pendingEntries(100);
        List<Wire.PushResult> results = new ArrayList<>();
        results.add(answer(entries.get(0), "applied", 1L));
        results.add(answer(entries.get(1), "applied", 1L));
        results.add(answer(entries.get(2), "merged", 3L));
        results.add(new Wire.PushResult(replica.clientId(), entries.get(3).clientSeq(), entries.get(3).recordId(), "conflict", 2L,
                List.of(UUID.randomUUID()), null));
        results.add(new Wire.PushResult(replica.clientId(), entries.get(4).clientSeq(), entries.get(4).recordId(), "rejected", null,
                List.of(), "malformed"));
        replica.acceptPushResults(entries, results);

        assertThat(replica.pendingEntries(100)).isEmpty();
        assertThat(vault.records().find(household.family().id()).orElseThrow().version()).isEqualTo(1);
        assertThat(vault.records().find(household.parent().id()).orElseThrow().version())
                .as("merged: the others' fields come with the pull, so the version waits for it").isZero();
        assertThat(vault.records().find(household.child().id()).orElseThrow().version()).isZero();
        assertThat(replica.baseVersion(household.parent().id())).isEmpty();

        assertThat(replica.rejectedCount()).isEqualTo(1);
        assertThat(replica.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.clientSeq()).isEqualTo(entries.get(4).clientSeq());
            assertThat(rejected.recordId()).isEqualTo(household.contact().id());
            assertThat(rejected.reason()).isEqualTo("malformed");
            assertThat(rejected.op()).isEqualTo("create");
            assertThat(rejected.fields()).as("the whole entry is kept").isEqualTo(entries.get(4).fields());
        });
        assertThat(replica.flagged(household.contact().id())).isTrue();
        assertThat(replica.flagged(household.child().id())).isFalse();
        List<AuditLog.Entry> audit = vault.audit().forDossier(household.family().id());
        assertThat(audit).filteredOn(entry -> entry.action().equals("sync-send")).hasSize(5)
                .anySatisfy(entry -> assertThat(entry.result()).isEqualTo("rejected"));
        assertNoPersonalValuesInAudit();
    }

    @Test
    void aRepeatedAnswerOrAnAnswerForAnotherRecordsVersionChangesNothingMore() {
        List<Wire.PushEntry> entries = replica.pendingEntries(100);
        List<Wire.PushResult> applied = entries.stream().map(entry -> answer(entry, "applied", 1L)).toList();
        replica.acceptPushResults(entries, applied);
        long auditRows = vault.audit().forDossier(household.family().id()).size();
        replica.acceptPushResults(entries, applied);
        assertThat(replica.pendingEntries(100)).isEmpty();
        assertThat(replica.rejectedCount()).isZero();
        assertThat(vault.records().find(household.family().id()).orElseThrow().version()).isEqualTo(1);
        assertThat(vault.audit().forDossier(household.family().id()).size()).isEqualTo(auditRows + entries.size());
    }

    @Test
    void aPulledRecordWithoutPendingEditsBecomesTheServerCopyAndItsIndexFollows() {
        pushAllApplied();
        ObjectNode server = vault.records().find(household.family().id()).orElseThrow().body();
        server.put(Family.Field.HOUSEHOLD_NAME, NEW_NAME);
        server.put("fieldOfANewerApp", "kept");
        applyAnnounced(page(List.of(remote(household.family(), 2, false, server)), List.of(), List.of()));

        StoredRecord local = vault.records().find(household.family().id()).orElseThrow();
        assertThat(local.body()).isEqualTo(server);
        assertThat(local.version()).isEqualTo(2);
        assertThat(replica.baseVersion(household.family().id())).contains(2L);
        assertThat(replica.pendingEntries(100)).as("a pulled change is not pushed back").isEmpty();
        assertThat(vault.caseload().search("zevenbergen", false, 10)).singleElement()
                .satisfies(row -> assertThat(row.householdName()).isEqualTo(NEW_NAME));
        assertThat(vault.audit().forDossier(household.family().id()).get(0)).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("sync-receive");
            assertThat(entry.detail()).contains(Family.Field.HOUSEHOLD_NAME).doesNotContain("Zevenbergen");
        });
        assertThat(replica.pullCursor()).contains("cursor-" + cursor);

        int auditRows = vault.audit().forDossier(household.family().id()).size();
        applyAnnounced(page(List.of(remote(household.family(), 1, false, RecordMapper.json().createObjectNode())),
                List.of(), List.of()));
        assertThat(vault.records().find(household.family().id()).orElseThrow().body()).as("an older copy is ignored")
                .isEqualTo(server);
        assertThat(vault.audit().forDossier(household.family().id())).hasSize(auditRows);
    }

    @Test
    void aPulledRecordWithPendingEditsIsRebasedAndTheOutboxKeepsItsOriginalBase() {
        pushAllApplied();
        vault.records().patch(household.parent(), Map.of(Member.Field.PHONE, "06-11112222")).join();
        Wire.PushEntry pending = replica.pendingEntries(10).get(0);

        ObjectNode server = vault.records().find(household.parent().id()).orElseThrow().body();
        server.remove(Member.Field.PHONE);
        server.put(Member.Field.EMAIL, "nieuw@example.invalid");
        server.put(Member.Field.PHONE, "06-99990000");
        applyAnnounced(page(List.of(remote(household.parent(), 4, false, server)), List.of(), List.of()));

        ObjectNode local = vault.records().find(household.parent().id()).orElseThrow().body();
        assertThat(local.get(Member.Field.EMAIL).asText()).as("the server's other change arrives").isEqualTo("nieuw@example.invalid");
        assertThat(local.get(Member.Field.PHONE).asText()).as("the pending value is laid on top").isEqualTo("06-11112222");
        assertThat(vault.records().find(household.parent().id()).orElseThrow().version()).isEqualTo(4);
        assertThat(replica.baseVersion(household.parent().id())).contains(4L);
        assertThat(replica.pendingEntries(10)).singleElement().isEqualTo(pending);
        assertThat(pending.baseVersion()).isEqualTo(1);
        assertThat(pending.baseFields().get(Member.Field.PHONE).isNull()).as("the base as it was when typed").isTrue();

        vault.records().patch(household.parent(), Map.of(Member.Field.EMAIL, "ander@example.invalid")).join();
        Wire.PushEntry later = replica.pendingEntries(10).get(1);
        assertThat(later.baseVersion()).isEqualTo(4);
        assertThat(later.baseFields().get(Member.Field.EMAIL).asText()).isEqualTo("nieuw@example.invalid");
    }

    @Test
    void tombstonesNewDossiersAndConflictsArriveWithThePage() {
        pushAllApplied();
        UUID otherFamily = UUID.randomUUID();
        ObjectNode family = RecordMapper.json().createObjectNode().put(Family.Field.HOUSEHOLD_NAME, NEW_NAME)
                .put(Family.Field.ARCHIVED, false);
        RecordRef otherRef = new RecordRef(RecordKind.FAMILY, otherFamily, otherFamily);
        Wire.Conflict conflict = new Wire.Conflict(UUID.randomUUID(), household.parent().id(), household.family().id(), "member",
                Member.Field.PHONE, "open",
                new Wire.ConflictSide(RecordMapper.json().getNodeFactory().textNode("06-1"), false, 3L, "anna", UUID.randomUUID(),
                        "2026-11-24T09:00:00Z"),
                new Wire.ConflictSide(RecordMapper.json().getNodeFactory().textNode("06-2"), false, null, "bram", UUID.randomUUID(),
                        "2026-11-24T09:05:00Z"));
        applyAnnounced(page(List.of(remote(household.child(), 2, true,
                vault.records().find(household.child().id()).orElseThrow().body()), remote(otherRef, 1, false, family)),
                List.of(conflict), List.of()));

        assertThat(vault.records().find(household.child().id()).orElseThrow().deleted()).isTrue();
        assertThat(vault.caseload().search(TestVaults.HOUSEHOLD, false, 10)).singleElement()
                .satisfies(row -> assertThat(row.memberCount()).isEqualTo(1));
        assertThat(vault.caseload().search("zevenbergen", false, 10)).singleElement()
                .satisfies(row -> assertThat(row.dossierId()).isEqualTo(otherFamily));
        assertThat(replica.openConflictCount()).isEqualTo(1);
        assertThat(replica.conflicts(household.family().id(), true)).singleElement().satisfies(kept -> {
            assertThat(kept.field()).isEqualTo(Member.Field.PHONE);
            assertThat(kept.server().value().asText()).isEqualTo("06-1");
            assertThat(kept.server().author()).isEqualTo("anna");
            assertThat(kept.client().value().asText()).isEqualTo("06-2");
            assertThat(kept.client().at()).isEqualTo("2026-11-24T09:05:00Z");
        });

        vault.records().resolve(household.parent(), null, Map.of(Member.Field.PHONE, "06-1"), List.of(conflict.id())).join();
        assertThat(replica.openConflictCount()).as("resolved here, waiting for the server").isZero();
        Wire.PushEntry resolving = replica.pendingEntries(10).get(0);
        assertThat(resolving.resolves()).containsExactly(conflict.id());
        assertThat(resolving.fields().get(Member.Field.PHONE).asText()).isEqualTo("06-1");
        applyAnnounced(page(List.of(), List.of(conflict), List.of()));
        assertThat(replica.openConflictCount()).as("a repeated 'open' does not reopen it while the resolution waits").isZero();
        replica.acceptPushResults(List.of(resolving), List.of(new Wire.PushResult(replica.clientId(), resolving.clientSeq(),
                resolving.recordId(), "rejected", null, List.of(), "bad-resolves")));
        assertThat(replica.openConflictCount()).as("a refused resolution puts the conflict back in sight").isEqualTo(1);
    }

    @Test
    void aDossierThatLeftTheCaseloadGoesOnlyAfterItsPendingChangesAreAnswered() {
        pushAllApplied();
        vault.records().patch(household.child(), Map.of(Member.Field.PHONE, "06-33334444")).join();
        applyAnnounced(page(List.of(), List.of(), List.of(household.family().id())));
        assertThat(vault.records().dossierRecords(household.family().id())).as("pending changes first").hasSize(4);

        List<Wire.PushEntry> entries = replica.pendingEntries(10);
        replica.acceptPushResults(entries, List.of(new Wire.PushResult(replica.clientId(), entries.get(0).clientSeq(),
                entries.get(0).recordId(), "rejected", null, List.of(), "left-caseload")));
        assertThat(vault.records().dossierRecords(household.family().id())).isEmpty();
        assertThat(vault.records().find(household.family().id())).isEmpty();
        assertThat(vault.caseload().search(TestVaults.HOUSEHOLD, false, 10)).isEmpty();
        assertThat(replica.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.reason()).isEqualTo("left-caseload");
            assertThat(rejected.fields().get(Member.Field.PHONE).asText()).isEqualTo("06-33334444");
        });
        assertThat(vault.audit().forDossier(household.family().id()).get(0).action()).isEqualTo("sync-remove");
    }

    @Test
    void aDossierWithoutPendingChangesGoesAtOnce() {
        pushAllApplied();
        applyAnnounced(page(List.of(), List.of(), List.of(household.family().id())));
        assertThat(vault.records().find(household.parent().id())).isEmpty();
        assertThat(count("record_base")).isZero();
    }

    @Test
    void aPageThatCannotBeAppliedLeavesTheCursorAndEveryRecordAsTheyWere() {
        pushAllApplied();
        applyAnnounced(page(List.of(), List.of(), List.of()));
        String before = replica.pullCursor().orElseThrow();
        vault.database().write("test trigger", handle -> {
            handle.createStatement().execute("create temp trigger refuse_base before insert on main.audit_log"
                    + " when new.action = 'sync-receive' begin select raise(abort, 'refused by test'); end");
            return null;
        }).join();
        ObjectNode server = vault.records().find(household.family().id()).orElseThrow().body().put(Family.Field.CITY, "Elders");
        assertThatThrownBy(() -> applyAnnounced(page(List.of(remote(household.family(), 2, false, server)), List.of(),
                List.of()))).isInstanceOf(CompletionException.class);
        assertThat(replica.pullCursor()).contains(before);
        assertThat(vault.records().find(household.family().id()).orElseThrow().body().get(Family.Field.CITY).asText())
                .isEqualTo(TestVaults.CITY);
        assertThat(replica.baseVersion(household.family().id())).contains(1L);
    }

    @Test
    void aRecordOfADossierOutsideTheAnnouncedCaseloadIsRefusedAndNeverBecomesAFamily() {
        pushAllApplied();
        UUID foreign = UUID.randomUUID();
        RecordRef foreignFamily = new RecordRef(RecordKind.FAMILY, foreign, foreign);
        ObjectNode fields = RecordMapper.json().createObjectNode().put(Family.Field.HOUSEHOLD_NAME, "Vreemd");
        int refused = replica.applyPullPage(page(List.of(remote(foreignFamily, 1, false, fields)), List.of(), List.of()),
                java.util.Set.of(household.family().id()));

        assertThat(refused).isEqualTo(1);
        assertThat(vault.records().find(foreign)).isEmpty();
        assertThat(vault.caseload().search("vreemd", false, 10)).isEmpty();
        assertThat(vault.audit().forDossier(foreign)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("sync-refuse");
            assertThat(entry.detail()).isEqualTo("outside-caseload");
        });
        assertThat(replica.pullCursor()).as("the page still counts as read").contains("cursor-" + cursor);

        int announced = replica.applyPullPage(page(List.of(remote(foreignFamily, 1, false, fields)), List.of(), List.of()),
                java.util.Set.of(foreign));
        assertThat(announced).as("once announced, the same record is welcome").isZero();
        assertThat(vault.records().find(foreign)).isPresent();
    }

    @Test
    void aRecordThatWouldMoveToAnotherDossierOrKindIsRefusedAndTheOriginalStays() {
        pushAllApplied();
        UUID other = UUID.randomUUID();
        ObjectNode before = vault.records().find(household.family().id()).orElseThrow().body();
        ObjectNode hostile = RecordMapper.json().createObjectNode().put(Family.Field.HOUSEHOLD_NAME, "Overschreven");
        RecordRef moved = new RecordRef(RecordKind.FAMILY, household.family().id(), other);
        RecordRef otherKind = new RecordRef(RecordKind.MEMBER, household.family().id(), household.family().id());
        int refused = replica.applyPullPage(page(List.of(remote(moved, 5, false, hostile), remote(otherKind, 5, false, hostile)),
                List.of(), List.of()), java.util.Set.of(household.family().id(), other));

        assertThat(refused).isEqualTo(2);
        StoredRecord kept = vault.records().find(household.family().id()).orElseThrow();
        assertThat(kept.body()).isEqualTo(before);
        assertThat(kept.ref().dossierId()).isEqualTo(household.family().id());
        assertThat(kept.version()).isEqualTo(1);
        assertThat(vault.audit().forDossier(other)).singleElement()
                .satisfies(entry -> assertThat(entry.detail()).isEqualTo("dossier-mismatch"));
    }

    @Test
    void aPageOfMoreRecordsThanOneInListIsStoredWholeAndItsRepeatChangesNothing() {
        List<Wire.RemoteRecord> records = new ArrayList<>();
        for (int index = 0; index < 1_200; index++) {
            RecordRef contact = new RecordRef(RecordKind.CONTACT, UUID.randomUUID(), household.family().id());
            records.add(remote(contact, 1, false, RecordMapper.toNode(Map.of("subject", "gesprek " + index))));
        }
        long recordsBefore = count("record");
        long auditBefore = count("audit_log");

        applyAnnounced(page(records, List.of(), List.of()));

        assertThat(count("record")).isEqualTo(recordsBefore + 1_200);
        assertThat(count("record_base")).as("records new here, as the server sent them, have an implicit base (V8)").isZero();
        assertThat(replica.baseVersion(records.get(0).id())).contains(1L);
        assertThat(count("audit_log")).as("one row for the dossier's new records").isEqualTo(auditBefore + 1);
        assertThat(vault.audit().forDossier(household.family().id()).get(0).detail()).isEqualTo("new records=1200");
        Wire.RemoteRecord last = records.get(1_199);
        assertThat(vault.records().find(last.id()).orElseThrow().body().path("subject").asText()).isEqualTo("gesprek 1199");
        assertThat(replica.baseVersion(last.id())).contains(1L);

        applyAnnounced(page(records, List.of(), List.of()));
        assertThat(count("record")).isEqualTo(recordsBefore + 1_200);
        assertThat(count("audit_log")).as("a repeated page writes no audit rows").isEqualTo(auditBefore + 1);
        assertThat(replica.pullCursor()).contains("cursor-" + cursor);
    }

    @Test
    void aRecordTwiceInOnePageEndsAsItsLaterCopyWithBothChangesAudited() {
        RecordRef contact = new RecordRef(RecordKind.CONTACT, UUID.randomUUID(), household.family().id());
        long auditBefore = count("audit_log");

        applyAnnounced(page(List.of(remote(contact, 1, false, RecordMapper.toNode(Map.of("subject", "eerste"))),
                remote(contact, 2, false, RecordMapper.toNode(Map.of("subject", "tweede")))), List.of(), List.of()));

        StoredRecord stored = vault.records().find(contact.id()).orElseThrow();
        assertThat(stored.body().path("subject").asText()).isEqualTo("tweede");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(replica.baseVersion(contact.id())).contains(2L);
        assertThat(count("audit_log")).isEqualTo(auditBefore + 2);
        assertThat(vault.audit().forDossier(household.family().id())).extracting(AuditLog.Entry::detail)
                .startsWith("subject", "new records=1");
    }

    @Test
    void onePageOfSeveralFamiliesIndexesEachDossierFromItsOwnRecordsOnly() {
        UUID ouwehand = UUID.randomUUID();
        UUID pietersma = UUID.randomUUID();
        UUID noFamily = UUID.randomUUID();
        RecordRef leftLater = new RecordRef(RecordKind.MEMBER, UUID.randomUUID(), ouwehand);
        List<Wire.RemoteRecord> records = new ArrayList<>(List.of(
                family(ouwehand, "Familie Ouwehand", "2026-12-20"),
                member(ouwehand, UUID.randomUUID(), "Saskia", "Ouwehand"),
                remote(leftLater, 1, false, RecordMapper.toNode(Map.of(Member.Field.GIVEN_NAME, "Ruben",
                        Member.Field.FAMILY_NAME, "Ouwehand"))),
                remote(new RecordRef(RecordKind.CONTACT, UUID.randomUUID(), ouwehand), 1, false,
                        RecordMapper.toNode(Map.of("name", "Wijkagent Quirijnsen"))),
                remote(PlanIds.plan(ouwehand), 1, false, RecordMapper.toNode(Map.of(Plan.Field.NEXT_EVALUATION_ON, "2027-01-15"))),
                family(pietersma, "Familie Pietersma", ""),
                member(pietersma, UUID.randomUUID(), "Jelle", "Pietersma"),
                remote(PlanIds.plan(pietersma), 1, false, RecordMapper.toNode(Map.of(Plan.Field.NEXT_EVALUATION_ON, "2027-02-01"))),
                remote(PlanIds.closure(pietersma), 1, false, RecordMapper.toNode(Map.of(Closure.Field.CLOSED, true,
                        Closure.Field.CLOSED_ON, "2026-11-30"))),
                member(noFamily, UUID.randomUUID(), "Noor", "Zonderfamilie")));
        java.util.Collections.shuffle(records, new java.util.Random(7));

        applyAnnounced(page(records, List.of(), List.of()));

        Map<UUID, CaseloadQuery.Row> rows = new java.util.HashMap<>();
        vault.caseload().search("", true, 100).forEach(row -> rows.put(row.dossierId(), row));
        assertThat(rows).containsKeys(ouwehand, pietersma).doesNotContainKey(noFamily);
        assertThat(rows.get(ouwehand).memberCount()).isEqualTo(2);
        assertThat(rows.get(ouwehand).nextVisit()).hasToString("2026-12-20");
        assertThat(rows.get(ouwehand).nextEvaluation()).hasToString("2027-01-15");
        assertThat(rows.get(pietersma).memberCount()).isEqualTo(1);
        assertThat(rows.get(pietersma).nextEvaluation()).as("closed: no evaluation ahead").isNull();
        assertThat(found("Saskia")).containsExactly(ouwehand);
        assertThat(found("Ruben Ouwehand")).containsExactly(ouwehand);
        assertThat(found("Jelle")).containsExactly(pietersma);
        assertThat(found("Noor")).as("no family, no caseload row").isEmpty();
        assertThat(found("Quirijnsen")).as("contacts are not in the search text").isEmpty();
        assertThat(vault.audit().forDossier(ouwehand)).as("the records new to a dossier share one row").singleElement()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("sync-receive");
                    assertThat(entry.kind()).isEqualTo(RecordKind.FAMILY);
                    assertThat(entry.detail()).isEqualTo("new records=5");
                });
        assertThat(vault.audit().forDossier(pietersma)).extracting(AuditLog.Entry::detail).containsExactly("new records=4");
        assertThat(vault.audit().forDossier(noFamily)).extracting(AuditLog.Entry::detail).containsExactly("new records=1");

        Wire.RemoteRecord renamed = family(ouwehand, "Familie Ouwehand-Zijlstra", "2026-12-20");
        applyAnnounced(page(List.of(new Wire.RemoteRecord(renamed.id(), renamed.kind(), renamed.dossierId(), 2, false,
                renamed.fields(), renamed.updatedAt())), List.of(), List.of()));
        assertThat(found("Zijlstra")).containsExactly(ouwehand);
        assertThat(vault.audit().forDossier(ouwehand).get(0)).as("a change to a record here keeps its own row").satisfies(entry -> {
            assertThat(entry.recordId()).isEqualTo(ouwehand);
            assertThat(entry.detail()).isEqualTo(Family.Field.HOUSEHOLD_NAME);
        });
        assertThat(found("Saskia")).as("members from an earlier page are read back").containsExactly(ouwehand);
        assertThat(vault.caseload().search("Zijlstra", true, 10).get(0).memberCount()).isEqualTo(2);

        applyAnnounced(page(List.of(remote(leftLater, 2, true, RecordMapper.toNode(Map.of(Member.Field.GIVEN_NAME, "Ruben",
                Member.Field.FAMILY_NAME, "Ouwehand")))), List.of(), List.of()));
        assertThat(found("Ruben")).as("a member deleted on the server leaves the search").isEmpty();
        assertThat(found("Saskia")).containsExactly(ouwehand);
    }

    @Test
    void aDossierNewHereIsIndexedFromThePageAsFromItsStoredRecordsAlsoWhenItArrivesOverTwoPages() {
        UUID dekker = UUID.randomUUID();
        // ids chosen so that the page's order is not the stored order: the search text lists members by id
        UUID later = UUID.fromString("ffffffff-0000-7000-8000-000000000001");
        UUID earlier = UUID.fromString("00000000-0000-7000-8000-000000000001");
        UUID gone = UUID.fromString("80000000-0000-7000-8000-000000000001");
        applyAnnounced(page(List.of(family(dekker, "Familie Dekker", "2026-12-24"), member(dekker, later, "Zeger", "Dekker"),
                remote(new RecordRef(RecordKind.MEMBER, gone, dekker), 1, true, RecordMapper.toNode(Map.of(
                        Member.Field.GIVEN_NAME, "Vervallen", Member.Field.FAMILY_NAME, "Dekker"))),
                member(dekker, earlier, "Anouk", "Dekker")), List.of(), List.of()));

        List<String> fromPage = indexRow(dekker);
        reindexFromStoredRecords(dekker);
        assertThat(fromPage).as("made from the page, as from the stored records").isEqualTo(indexRow(dekker));
        assertThat(fromPage.get(0)).as("member count, the tombstone left out").isEqualTo("2");
        assertThat(found("Vervallen")).isEmpty();

        applyAnnounced(page(List.of(member(dekker, UUID.randomUUID(), "Bram", "Dekker")), List.of(), List.of()));
        assertThat(indexRow(dekker).get(0)).as("a later page adds to the members already here").isEqualTo("3");
        assertThat(found("Anouk")).containsExactly(dekker);
        assertThat(found("Bram")).containsExactly(dekker);
    }

    /** The caseload row's columns a pull writes (member count, search text, dates), not its time stamp. */
    private List<String> indexRow(UUID dossierId) {
        return vault.database().read("index", handle -> {
            try (PreparedStatement select = handle.prepareStatement("select member_count, search_text, household_name, address,"
                    + " next_visit, next_evaluation, archived from dossier_index where dossier_id = ?")) {
                select.setString(1, dossierId.toString());
                try (ResultSet rows = select.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    List<String> columns = new ArrayList<>();
                    for (int column = 1; column <= 7; column++) {
                        columns.add(rows.getString(column));
                    }
                    return columns;
                }
            }
        });
    }

    private void reindexFromStoredRecords(UUID dossierId) {
        vault.database().write("reindex", handle -> {
            vault.indexer().reindex(handle, dossierId);
            return null;
        }).join();
    }

    private List<UUID> found(String query) {
        return vault.caseload().search(query, true, 100).stream().map(CaseloadQuery.Row::dossierId).toList();
    }

    private static Wire.RemoteRecord family(UUID dossierId, String name, String nextVisit) {
        return remote(new RecordRef(RecordKind.FAMILY, dossierId, dossierId), 1, false, RecordMapper.toNode(Map.of(
                Family.Field.HOUSEHOLD_NAME, name, Family.Field.STREET, "Dorpsstraat 1", Family.Field.CITY, "Den Helder",
                Family.Field.NEXT_VISIT, nextVisit)));
    }

    private static Wire.RemoteRecord member(UUID dossierId, UUID id, String givenName, String familyName) {
        return remote(new RecordRef(RecordKind.MEMBER, id, dossierId), 1, false, RecordMapper.toNode(Map.of(
                Member.Field.GIVEN_NAME, givenName, Member.Field.FAMILY_NAME, familyName)));
    }

    private void pushAllApplied() {
        List<Wire.PushEntry> entries = replica.pendingEntries(100);
        replica.acceptPushResults(entries, entries.stream().map(entry -> answer(entry, "applied", 1L)).toList());
    }

    private Wire.PushResult answer(Wire.PushEntry entry, String result, Long version) {
        return new Wire.PushResult(entry.clientId(), entry.clientSeq(), entry.recordId(), result, version, List.of(), null);
    }

    private static Wire.RemoteRecord remote(RecordRef ref, long version, boolean deleted, ObjectNode fields) {
        return new Wire.RemoteRecord(ref.id(), ref.kind().code(), ref.dossierId(), version, deleted, fields, "2026-11-24T10:00:00Z");
    }

    /** Applies a page whose records' dossiers the server announced as the caseload. */
    private int applyAnnounced(Wire.PullPage page) {
        return replica.applyPullPage(page, page.records().stream().map(Wire.RemoteRecord::dossierId)
                .collect(java.util.stream.Collectors.toSet()));
    }

    private Wire.PullPage page(List<Wire.RemoteRecord> records, List<Wire.Conflict> conflicts, List<UUID> removed) {
        cursor++;
        return new Wire.PullPage(Wire.SCHEMA, "cursor-" + cursor, false, records, conflicts, removed);
    }

    private void assertNoPersonalValuesInAudit() {
        String all = vault.database().read("audit", handle -> {
            StringBuilder text = new StringBuilder();
            try (PreparedStatement select = handle.prepareStatement("select * from audit_log"); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                        text.append(rows.getString(column)).append('|');
                    }
                }
            }
            return text.toString();
        });
        TestVaults.personalValues().forEach(value -> assertThat(all).doesNotContain(value));
    }

    private long count(String table) {
        return vault.database().read("count", handle -> {
            try (PreparedStatement select = handle.prepareStatement("select count(*) from " + table);
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private static List<String> fieldNames(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
