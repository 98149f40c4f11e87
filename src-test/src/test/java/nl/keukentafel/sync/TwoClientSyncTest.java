package nl.keukentafel.sync;

import nl.keukentafel.sync.server.SyncServerFixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.logic.sync.ConflictItem;
import nl.keukentafel.logic.sync.Resolution;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.sync.client.SyncApi;
import nl.keukentafel.sync.protocol.Wire;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3's "done when", over real parts: the real sync server on loopback with its embedded PostgreSQL, and two
 * consultants with their own real encrypted vaults and session managers. Fictional data only.
 */
class TwoClientSyncTest {
    private static final String HOUSEHOLD = "Familie Rozenhout-Kwakernaak";
    private static SyncServerFixture server;

    @TempDir
    Path directory;
    private SyncClientFixture anna;
    private SyncClientFixture bram;
    private Shared family;

    /** The dossier both consultants hold after {@link #shareAFamily}. */
    record Shared(UUID dossierId, RecordRef family, RecordRef parent, RecordRef child, RecordRef contact) {
    }

    @BeforeAll
    static void startServer() {
        server = SyncServerFixture.start(Clock.systemUTC());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void twoConsultants() throws Exception {
        anna = SyncClientFixture.create(directory.resolve("anna"), "Anna Casusregisseur", server.baseUri(), server.newUser("anna"));
        bram = SyncClientFixture.create(directory.resolve("bram"), "Bram Procesregisseur", server.baseUri(), server.newUser("bram"));
        family = shareAFamily();
    }

    @AfterEach
    void lock() {
        anna.close();
        bram.close();
    }

    /** (a) A creates a family with members and contacts and syncs; the admin assigns it to B; B syncs and has it all. */
    private Shared shareAFamily() throws Exception {
        var dossiers = anna.session().dossiers();
        UUID dossierId = anna.session().caseload().createFamily(HOUSEHOLD).join();
        RecordRef familyRef = new RecordRef(RecordKind.FAMILY, dossierId, dossierId);
        RecordRef parent = dossiers.addMember(dossierId, HouseholdRole.PARENT).join();
        RecordRef child = dossiers.addMember(dossierId, HouseholdRole.CHILD).join();
        RecordRef contact = dossiers.addContact(dossierId, true).join();
        anna.edit(familyRef, Map.of(Family.Field.STREET, "Klaprooslaan 4", Family.Field.CITY, "Wezelbroek"));
        anna.edit(parent, Map.of(Member.Field.GIVEN_NAME, "Wendelien", Member.Field.FAMILY_NAME, "Rozenhout",
                Member.Field.PHONE, "06-10000001"));
        anna.edit(child, Map.of(Member.Field.GIVEN_NAME, "Teun", Member.Field.FAMILY_NAME, "Kwakernaak"));
        anna.edit(contact, Map.of(Contact.Field.NAME, "Mirjam Veldhuis-Ooms", Contact.Field.ORGANISATION, "Jeugdteam Wezelbroek"));
        anna.sync();
        assertThat(anna.pending()).isZero();
        server.admin().assign(dossierId, bram.username());
        bram.sync();
        return new Shared(dossierId, familyRef, parent, child, contact);
    }

    @Test
    void aFamilyMadeByOneConsultantArrivesWholeAtTheOtherAfterAssignment() {
        assertThat(bram.caseload()).containsExactly(family.dossierId());
        Dossier atBram = bram.dossier(family.dossierId());
        Dossier atAnna = anna.dossier(family.dossierId());
        assertThat(atBram).isEqualTo(atAnna);
        assertThat(atBram.family().householdName()).isEqualTo(HOUSEHOLD);
        assertThat(atBram.members()).extracting(Member::givenName).containsExactlyInAnyOrder("Wendelien", "Teun");
        assertThat(atBram.contacts()).singleElement().satisfies(contact -> {
            assertThat(contact.name()).isEqualTo("Mirjam Veldhuis-Ooms");
            assertThat(contact.professional()).isTrue();
        });
        assertThat(bram.session().caseload().search("rozenhout", false)).singleElement()
                .satisfies(row -> assertThat(row.memberCount()).isEqualTo(2));
        assertThat(bram.pending()).as("a pulled dossier is not pushed back").isZero();
        assertThat(server.count("select count(*) from record where dossier_id = ?", family.dossierId())).isEqualTo(4);
        assertThat(bram.session().dossiers().auditTrail(family.dossierId())).extracting(entry -> entry.action())
                .contains("sync-receive");
    }

    @Test
    void offlineEditsOfDifferentFieldsMergeEverywhere() throws Exception {
        anna.edit(family.family(), Map.of(Family.Field.CITY, "Oost-Wezelbroek"));
        anna.edit(family.parent(), Map.of(Member.Field.EMAIL, "wendelien@example.invalid"));
        bram.edit(family.family(), Map.of(Family.Field.NEXT_VISIT, "12-12-2026"));
        bram.edit(family.parent(), Map.of(Member.Field.PHONE, "06-20000002"));

        anna.sync();
        bram.sync();
        anna.sync();

        for (SyncClientFixture client : List.of(anna, bram)) {
            assertThat(client.field(family.family(), Family.Field.CITY)).isEqualTo("Oost-Wezelbroek");
            assertThat(client.field(family.family(), Family.Field.NEXT_VISIT)).isEqualTo("12-12-2026");
            assertThat(client.field(family.parent(), Member.Field.EMAIL)).isEqualTo("wendelien@example.invalid");
            assertThat(client.field(family.parent(), Member.Field.PHONE)).isEqualTo("06-20000002");
            assertThat(client.syncService().openConflicts()).isEmpty();
            assertThat(client.pending()).isZero();
        }
        assertThat(anna.dossier(family.dossierId())).isEqualTo(bram.dossier(family.dossierId()));
        assertThat(server.count("select count(*) from record where id = ? and fields->>'phone' = '06-20000002'"
                + " and fields->>'email' = 'wendelien@example.invalid'", family.parent().id())).isEqualTo(1);
        assertThat(server.count("select count(*) from conflict where dossier_id = ?", family.dossierId())).isZero();
    }

    @Test
    void theSameFieldChangedTwiceBecomesAConflictBothSeeAndResolvingItReachesTheOther() throws Exception {
        anna.edit(family.parent(), Map.of(Member.Field.PHONE, "06-30000003", Member.Field.EMAIL, "anna-koos@example.invalid"));
        bram.edit(family.parent(), Map.of(Member.Field.PHONE, "06-40000004", Member.Field.EMAIL, "bram-koos@example.invalid"));
        bram.sync();
        anna.sync();
        bram.sync();

        List<ConflictItem> atAnna = anna.syncService().openConflicts(family.dossierId());
        assertThat(atAnna).extracting(ConflictItem::field).containsExactlyInAnyOrder(Member.Field.PHONE, Member.Field.EMAIL);
        ConflictItem phone = atAnna.stream().filter(item -> item.field().equals(Member.Field.PHONE)).findFirst().orElseThrow();
        assertThat(phone.ref()).isEqualTo(family.parent());
        assertThat(phone.householdName()).isEqualTo(HOUSEHOLD);
        assertThat(phone.serverValue()).isEqualTo("06-40000004");
        assertThat(phone.serverAuthor()).isEqualTo(bram.username());
        assertThat(phone.clientValue()).isEqualTo("06-30000003");
        assertThat(phone.clientAuthor()).isEqualTo(anna.username());
        assertThat(phone.serverAt()).isNotNull().isBeforeOrEqualTo(phone.clientAt());
        assertThat(phone.mine()).as("anna pushed the conflicting value").isTrue();
        assertThat(phone.wholeRecord()).isFalse();
        List<ConflictItem> atBram = bram.syncService().openConflicts();
        assertThat(atBram).hasSize(2).allSatisfy(item -> assertThat(item.mine()).isFalse());
        assertThat(atBram).extracting(ConflictItem::conflictId).containsExactlyInAnyOrderElementsOf(
                atAnna.stream().map(ConflictItem::conflictId).toList());
        assertThat(anna.syncService().status().conflicts()).isEqualTo(2);
        assertThat(anna.field(family.parent(), Member.Field.PHONE)).as("the server's value stays until a person decides")
                .isEqualTo("06-40000004");

        ConflictItem email = atAnna.stream().filter(item -> item.field().equals(Member.Field.EMAIL)).findFirst().orElseThrow();
        anna.syncService().resolve(phone.conflictId(), Resolution.keepMine()).join();
        anna.syncService().resolve(email.conflictId(), Resolution.typed("gezin@example.invalid")).join();
        assertThat(anna.syncService().openConflicts()).isEmpty();
        anna.sync();
        bram.sync();
        anna.sync();

        for (SyncClientFixture client : List.of(anna, bram)) {
            assertThat(client.field(family.parent(), Member.Field.PHONE)).isEqualTo("06-30000003");
            assertThat(client.field(family.parent(), Member.Field.EMAIL)).isEqualTo("gezin@example.invalid");
            assertThat(client.syncService().openConflicts()).isEmpty();
            assertThat(client.syncService().status().conflicts()).isZero();
        }
        assertThat(server.count("select count(*) from conflict where record_id = ? and status = 'resolved'", family.parent().id()))
                .isEqualTo(2);
        for (String value : List.of("06-30000003", "06-40000004")) {
            assertThat(server.count("select count(*) from record_version where record_id = ? and fields->>'phone' = ?",
                    family.parent().id(), value)).as("history keeps %s", value).isPositive();
        }
        assertThat(server.count("select count(*) from conflict where record_id = ? and client_value #>> '{}' = 'anna-koos@example.invalid'",
                family.parent().id())).as("the value typed over is kept in the conflict").isEqualTo(1);
    }

    @Test
    void aDeleteRacingAnEditIsAConflictAndNothingIsLost() throws Exception {
        anna.session().dossiers().delete(family.child()).join();
        bram.edit(family.child(), Map.of(Member.Field.PHONE, "06-50000005"));
        anna.sync();
        bram.sync();
        anna.sync();

        for (SyncClientFixture client : List.of(anna, bram)) {
            assertThat(client.syncService().openConflicts()).singleElement().satisfies(item -> {
                assertThat(item.wholeRecord()).isTrue();
                assertThat(item.ref()).isEqualTo(family.child());
                assertThat(item.serverDeleted()).isTrue();
                assertThat(item.serverAuthor()).isEqualTo(anna.username());
                assertThat(item.clientDeleted()).isFalse();
                assertThat(item.clientAuthor()).isEqualTo(bram.username());
                assertThat(item.clientValue()).isInstanceOf(Map.class);
                assertThat(((Map<?, ?>) item.clientValue()).get(Member.Field.PHONE)).isEqualTo("06-50000005");
            });
        }
        ConflictItem atBram = bram.syncService().openConflicts().get(0);
        assertThat(atBram.mine()).isTrue();
        bram.syncService().resolve(atBram.conflictId(), Resolution.keepMine()).join();
        bram.sync();
        anna.sync();

        for (SyncClientFixture client : List.of(anna, bram)) {
            assertThat(client.record(family.child()).deleted()).as("kept alive by the person who decided").isFalse();
            assertThat(client.field(family.child(), Member.Field.PHONE)).isEqualTo("06-50000005");
            assertThat(client.field(family.child(), Member.Field.GIVEN_NAME)).isEqualTo("Teun");
            assertThat(client.syncService().openConflicts()).isEmpty();
        }
        assertThat(anna.dossier(family.dossierId()).members()).hasSize(2);
    }

    @Test
    void editsForADossierThatLeftTheCaseloadAreQuarantinedAndKeptThenTheLocalCopyGoes() throws Exception {
        bram.edit(family.child(), Map.of(Member.Field.PHONE, "06-60000006"));
        assertThat(server.admin().unassign(family.dossierId(), bram.username())).isTrue();
        bram.sync();

        assertThat(bram.syncService().rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.ref()).isEqualTo(family.child());
            assertThat(rejected.reason()).isEqualTo("left-caseload");
            assertThat(rejected.op()).isEqualTo("update");
        });
        assertThat(bram.syncService().replica().rejected().get(0).fields().get(Member.Field.PHONE).asText()).isEqualTo("06-60000006");
        assertThat(bram.syncService().status().rejected()).isEqualTo(1);
        assertThat(server.count("select count(*) from quarantine where record_id = ? and reason = 'left-caseload'"
                + " and entry->'fields'->>'phone' = '06-60000006'", family.child().id().toString())).isEqualTo(1);
        assertThat(bram.caseload()).doesNotContain(family.dossierId());
        assertThat(bram.session().vault().records().find(family.child().id())).isEmpty();
        assertThat(bram.pending()).isZero();
        assertThat(anna.caseload()).contains(family.dossierId());
    }

    @Test
    void theSameBatchPushedTwiceChangesNothingAndDuplicatesNothing() throws Exception {
        anna.edit(family.contact(), Map.of(Contact.Field.PHONE, "010-7000007"));
        anna.session().dossiers().addMember(family.dossierId(), HouseholdRole.CHILD).join();
        List<Wire.PushEntry> entries = anna.syncService().replica().pendingEntries(100);
        assertThat(entries).hasSize(2);

        // A client killed after the server applied its push, before it stored the answers: the push went out, nothing here moved.
        SyncApi api = new SyncApi(server.baseUri());
        Wire.TokenGrant grant = api.login(anna.username(), SyncServerFixture.PASSWORD.toCharArray(), "second process");
        Wire.PushResponse first = api.push(grant.accessToken(), new Wire.PushRequest(Wire.SCHEMA, entries));
        assertThat(first.results()).extracting(Wire.PushResult::result).containsOnly("applied");
        long versions = server.count("select count(*) from record_version");
        long records = server.count("select count(*) from record");
        long answers = server.count("select count(*) from push_answer");

        anna.sync();
        assertThat(anna.pending()).isZero();
        Wire.PushResponse third = api.push(grant.accessToken(), new Wire.PushRequest(Wire.SCHEMA, entries));
        assertThat(third.results()).isEqualTo(first.results());
        assertThat(server.count("select count(*) from record_version")).isEqualTo(versions);
        assertThat(server.count("select count(*) from record")).isEqualTo(records);
        assertThat(server.count("select count(*) from push_answer")).isEqualTo(answers);
        assertThat(server.count("select count(*) from record_version where record_id = ? and fields->>'phone' = '010-7000007'",
                family.contact().id())).as("one version for the change, however often it was pushed").isEqualTo(1);

        bram.sync();
        assertThat(bram.dossier(family.dossierId())).isEqualTo(anna.dossier(family.dossierId()));
        assertThat(bram.dossier(family.dossierId()).members()).hasSize(3);
        assertThat(anna.syncService().openConflicts()).isEmpty();
    }

    @Test
    void afterLockAndUnlockTheVaultIsStillLoggedInAndSyncs() throws Exception {
        anna.relock();
        assertThat(anna.syncService().settings()).hasValueSatisfying(settings ->
                assertThat(settings.username()).isEqualTo(anna.username()));
        anna.edit(family.family(), Map.of(Family.Field.CITY, "Na-ontgrendeling"));
        anna.sync();
        bram.sync();
        assertThat(bram.field(family.family(), Family.Field.CITY)).isEqualTo("Na-ontgrendeling");
    }
}
