package nl.keukentafel.sync;

import nl.keukentafel.sync.server.SyncServerFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.plan.PlanRefusal;
import nl.keukentafel.logic.plan.PlanService;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.logic.sync.ConflictItem;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.ClosureReason;
import nl.keukentafel.model.plan.ContactWay;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalStatus;
import nl.keukentafel.model.plan.PartnerNotice;
import nl.keukentafel.model.plan.Party;
import nl.keukentafel.model.plan.PartyRole;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;
import nl.keukentafel.model.plan.PlanVersion;
import nl.keukentafel.model.plan.Vote;
import nl.keukentafel.store.ReadOnlyRecordException;
import nl.keukentafel.sync.client.SyncApi;
import nl.keukentafel.sync.protocol.Wire;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's werkplan over real parts (ADR 0005): the sync server on loopback with its embedded PostgreSQL and two
 * consultants with their own real encrypted vaults. Two colleagues editing one goal offline get one conflict with
 * both texts; an action typed while a colleague closed the dossier is kept and shown; two offline agreements are two
 * versions; an agreed version never changes, not even when an old or hostile client pushes a change of it. Fictional
 * data only.
 */
@Timeout(120)
class WerkplanSyncTest {
    private static final String AGREED_ON = "02-12-2026";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SyncServerFixture server;

    @TempDir
    Path directory;
    private SyncClientFixture anna;
    private SyncClientFixture bram;
    private UUID dossier;
    private UUID parent;
    private UUID child;
    private UUID jeugdteam;
    private UUID huisarts;
    private RecordRef school;
    private RecordRef debts;

    @BeforeAll
    static void startServer() {
        server = SyncServerFixture.start(Clock.systemUTC());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /**
     * Anna makes a family (a parent, a child, two professionals), starts the werkplan with two goals and an action
     * each, and syncs; the dossier is assigned to Bram, who syncs and has the plan.
     */
    @BeforeEach
    void twoConsultantsShareAPlan() throws Exception {
        anna = SyncClientFixture.create(directory.resolve("anna"), "Anna Casusregisseur", server.baseUri(), server.newUser("anna"));
        bram = SyncClientFixture.create(directory.resolve("bram"), "Bram Procesregisseur", server.baseUri(), server.newUser("bram"));
        dossier = anna.session().caseload().createFamily("Familie Wilgenhof").join();
        RecordRef parentRef = anna.session().dossiers().addMember(dossier, HouseholdRole.PARENT).join();
        RecordRef childRef = anna.session().dossiers().addMember(dossier, HouseholdRole.CHILD).join();
        RecordRef jeugdteamRef = anna.session().dossiers().addContact(dossier, true).join();
        RecordRef huisartsRef = anna.session().dossiers().addContact(dossier, true).join();
        anna.edit(parentRef, Map.of(Member.Field.GIVEN_NAME, "Marloes", Member.Field.BIRTH_DATE, "14-03-1987"));
        anna.edit(childRef, Map.of(Member.Field.GIVEN_NAME, "Joep", Member.Field.BIRTH_DATE, "02-05-2012"));
        anna.edit(jeugdteamRef, Map.of(Contact.Field.NAME, "Ineke Brouwershaven", Contact.Field.ORGANISATION, "Jeugdteam Wilgendaal"));
        anna.edit(huisartsRef, Map.of(Contact.Field.NAME, "Dr. Okke Zandvliet", Contact.Field.ORGANISATION, "Huisartsenpraktijk Dorp"));
        parent = parentRef.id();
        child = childRef.id();
        jeugdteam = jeugdteamRef.id();
        huisarts = huisartsRef.id();

        PlanService plan = anna.session().plan();
        assertThat(plan.start(dossier).join()).isTrue();
        school = plan.addGoal(dossier, "Joep gaat weer elke dag naar school").join();
        debts = plan.addGoal(dossier, "Marloes heeft overzicht over de schulden").join();
        RecordRef schoolAction = plan.addAction(dossier, school.id()).join();
        RecordRef debtsAction = plan.addAction(dossier, debts.id()).join();
        editPlan(anna, schoolAction, Map.of(Action.Field.WHAT, "Gesprek met de mentor over het rooster"));
        editPlan(anna, debtsAction, Map.of(Action.Field.WHAT, "Aanmelden bij schuldhulp"));
        anna.sync();
        assertThat(anna.syncService().rejected()).as("the server takes every plan kind").isEmpty();
        assertThat(anna.pending()).isZero();
        server.admin().assign(dossier, bram.username());
        bram.sync();
        PlanState atBram = bram.session().plan().read(dossier);
        assertThat(atBram.started()).isTrue();
        assertThat(atBram.goals()).extracting(Goal::text)
                .containsExactly("Joep gaat weer elke dag naar school", "Marloes heeft overzicht over de schulden");
        assertThat(atBram.actions()).hasSize(2);
    }

    @AfterEach
    void lock() {
        anna.close();
        bram.close();
    }

    // ---- 1. one goal's text typed on both laptops -------------------------------------------------------------------

    @Test
    void bothTypingOneGoalsTextOfflineGiveOneConflictWithBothTextsAndTheGoalsOtherFieldsMerge() throws Exception {
        String annas = "Joep gaat vier dagen per week naar school en de vijfde dag naar de zorgboerderij";
        String brams = "Joep gaat weer naar school, eerst halve dagen";
        editPlan(anna, school, Map.of(Goal.Field.TEXT, annas, Goal.Field.TARGET_DATE, "01-03-2027"));
        editPlan(bram, school, Map.of(Goal.Field.TEXT, brams, Goal.Field.STATUS, GoalStatus.ACTIVE.name()));
        syncAll();

        for (SyncClientFixture client : List.of(anna, bram)) {
            assertThat(client.syncService().openConflicts(dossier)).as("one conflict at %s", client.username()).singleElement()
                    .satisfies(conflict -> {
                        assertThat(conflict.ref()).isEqualTo(school);
                        assertThat(conflict.field()).isEqualTo(Goal.Field.TEXT);
                        assertThat(conflict.wholeRecord()).isFalse();
                        assertThat(List.of(conflict.serverValue(), conflict.clientValue())).containsExactlyInAnyOrder(annas, brams);
                    });
            Goal goal = goal(client, school.id());
            assertThat(goal.text()).as("the server's text stays until a person decides").isEqualTo(annas);
            assertThat(goal.targetDate()).isEqualTo("01-03-2027");
            assertThat(goal.status()).isEqualTo(GoalStatus.ACTIVE);
            assertThat(goal(client, debts.id()).text()).isEqualTo("Marloes heeft overzicht over de schulden");
            assertThat(client.pending()).isZero();
        }
        ConflictItem atBram = bram.syncService().openConflicts(dossier).get(0);
        assertThat(atBram.mine()).as("bram pushed second, so his is the conflicting value").isTrue();
        assertThat(atBram.clientValue()).isEqualTo(brams);
        assertThat(server.count("select count(*) from conflict where record_id = ? and status = 'open'", school.id())).isEqualTo(1);
        assertThat(server.count("select count(*) from conflict where dossier_id = ?", dossier)).isEqualTo(1);
    }

    // ---- 2. an action typed while the colleague closes the dossier ----------------------------------------------------

    @Test
    void anActionAddedWhileTheColleagueClosesIsKeptEverywhereAndShownAsArrivedAfterClosingWhenTheCloserSyncsFirst() throws Exception {
        closeAtAnnaWhileBramAddsAnAction(true);
    }

    @Test
    void anActionAddedWhileTheColleagueClosesIsKeptEverywhereAndShownAsArrivedAfterClosingWhenTheAdderSyncsFirst() throws Exception {
        closeAtAnnaWhileBramAddsAnAction(false);
    }

    private RecordRef closeAtAnnaWhileBramAddsAnAction(boolean closerSyncsFirst) throws Exception {
        RecordRef added = bram.session().plan().addAction(dossier, debts.id()).join();
        editPlan(bram, added, Map.of(Action.Field.WHAT, "Samen de post openen op maandag", Action.Field.DUE_DATE, "15-12-2026"));
        closeAt(anna);
        assertThat(anna.session().plan().read(dossier).closed()).isTrue();

        if (closerSyncsFirst) {
            anna.sync();
            bram.sync();
            anna.sync();
        } else {
            bram.sync();
            anna.sync();
            bram.sync();
        }

        for (SyncClientFixture client : List.of(anna, bram)) {
            PlanState state = client.session().plan().read(dossier);
            assertThat(state.closed()).as("closed at %s", client.username()).isTrue();
            assertThat(state.actions()).as("the action is kept at %s", client.username()).extracting(Action::id).contains(added.id());
            assertThat(state.actions()).filteredOn(action -> action.id().equals(added.id())).singleElement()
                    .satisfies(action -> assertThat(action.what()).isEqualTo("Samen de post openen op maandag"));
            assertThat(client.syncService().rejected()).isEmpty();
            assertThat(client.syncService().openConflicts()).isEmpty();
            assertThat(client.pending()).isZero();
        }
        assertThat(server.count("select count(*) from record where id = ? and not deleted and fields->>'what' = ?", added.id(),
                "Samen de post openen op maandag")).as("kept on the server").isEqualTo(1);
        assertThat(server.count("select count(*) from record where id = ? and (fields->>'closed')::boolean",
                PlanIds.closure(dossier).id())).isEqualTo(1);

        PlanState atAnna = anna.session().plan().read(dossier);
        assertThat(atAnna.arrivedAfterClosing()).as("the closing laptop shows what arrived after closing").containsExactly(added);
        assertThatThrownBy(() -> anna.session().vault().records().patch(added, Map.of(Action.Field.NOTE, "nog even")).join())
                .as("the store still refuses local edits of the closed dossier")
                .satisfies(failure -> assertThat(ReadOnlyRecordException.in(failure).orElseThrow().reason())
                        .isEqualTo(ReadOnlyRecordException.Reason.DOSSIER_CLOSED));
        assertThatThrownBy(() -> anna.session().plan().addAction(dossier, debts.id()).join())
                .satisfies(failure -> assertThat(ReadOnlyRecordException.in(failure)).isPresent());
        assertThat(anna.pending()).isZero();
        return added;
    }

    /**
     * The closure stays writable while closed (the end report is typed on it, ADR 0005), so writing it must not hide
     * what arrived after closing (store.ClosedArrivals notes arrivals as they are applied; an earlier version measured
     * from the closure record's last change and lost them here).
     */
    @Test
    void whatArrivedAfterClosingStaysListedAfterTheEndReportIsWrittenOnTheClosure() throws Exception {
        RecordRef added = closeAtAnnaWhileBramAddsAnAction(true);
        editPlan(anna, PlanIds.closure(dossier), Map.of(Closure.Field.END_REPORT, "Eindverslag: de doelen zijn behaald."));
        assertThat(anna.session().plan().read(dossier).closure().orElseThrow().endReport()).startsWith("Eindverslag");
        assertThat(anna.session().plan().read(dossier).arrivedAfterClosing())
                .as("still listed after the end report was written on the closure").containsExactly(added);
    }

    /**
     * Closes the dossier on {@code client}'s laptop through the plan's use cases: a reason, every professional marked
     * (informed or skipped with a reason; closing is refused while one is not), then {@code PlanService.close}.
     */
    private void closeAt(SyncClientFixture client) {
        PlanService plan = client.session().plan();
        String today = FieldCheck.write(plan.today());
        RecordRef closure = plan.prepareClosure(dossier).join();
        editPlan(client, closure, Map.of(Closure.Field.REASON, ClosureReason.GOALS_MET.name()));
        plan.setNotice(dossier, new PartnerNotice(jeugdteam, today, ContactWay.PHONE, null)).join();
        assertThatThrownBy(() -> plan.close(dossier, today).join()).as("refused while the huisarts is not marked")
                .satisfies(failure -> assertThat(PlanRefusal.in(failure)).isPresent());
        assertThat(plan.read(dossier).closed()).isFalse();
        plan.setNotice(dossier, new PartnerNotice(huisarts, null, null, "Alleen bij de aanmelding betrokken")).join();
        plan.close(dossier, today).join();
    }

    // ---- 3. both agree offline --------------------------------------------------------------------------------------

    @Test
    void twoLaptopsAgreeingOfflineKeepBothAgreementsNumberedOneAndTwoEverywhere() throws Exception {
        editPlan(bram, debts, Map.of(Goal.Field.TARGET_DATE, "01-02-2027"));
        RecordRef annas = agreeAt(anna, "Marloes");
        RecordRef brams = agreeAt(bram, "Marloes en Joep");
        String annasBody = rawBody(anna, annas.id());
        String bramsBody = rawBody(bram, brams.id());
        assertThat(JSON.readTree(bramsBody).at("/snapshot/goals/1/targetDate").asText()).isEqualTo("01-02-2027");
        assertThat(JSON.readTree(annasBody).at("/snapshot/goals/1/targetDate").isMissingNode()
                || JSON.readTree(annasBody).at("/snapshot/goals/1/targetDate").isNull()).isTrue();

        syncAll();

        for (SyncClientFixture client : List.of(anna, bram)) {
            PlanState state = client.session().plan().read(dossier);
            assertThat(state.versions()).as("both agreements at %s", client.username()).extracting(PlanVersion::id)
                    .containsExactly(annas.id(), brams.id());
            assertThat(state.numberOf(annas.id())).hasValue(1);
            assertThat(state.numberOf(brams.id())).hasValue(2);
            assertThat(JSON.readTree(rawBody(client, annas.id()))).isEqualTo(JSON.readTree(annasBody));
            assertThat(JSON.readTree(rawBody(client, brams.id()))).isEqualTo(JSON.readTree(bramsBody));
            assertThat(client.syncService().openConflicts()).isEmpty();
            assertThat(client.syncService().rejected()).isEmpty();
            assertThat(client.pending()).isZero();
        }
        assertThat(rawBody(anna, annas.id())).as("byte for byte as agreed on anna's laptop").isEqualTo(annasBody);
        assertThat(rawBody(bram, brams.id())).as("byte for byte as agreed on bram's laptop").isEqualTo(bramsBody);
        assertThat(JSON.readTree(serverFields(annas.id()))).isEqualTo(JSON.readTree(annasBody));
        assertThat(JSON.readTree(serverFields(brams.id()))).isEqualTo(JSON.readTree(bramsBody));
        assertThat(server.count("select count(*) from record where dossier_id = ? and kind = ?", dossier,
                RecordKind.PLAN_VERSION.code())).isEqualTo(2);
    }

    @Test
    void versionsAreNumberedByTheirAgreedDateOnBothLaptopsWhicheverWasAgreedFirst() throws Exception {
        RecordRef annas = agreeAt(anna, "02-12-2026", "Marloes");
        RecordRef brams = agreeAt(bram, "01-12-2026", "Marloes en Joep");
        String annasBody = rawBody(anna, annas.id());
        String bramsBody = rawBody(bram, brams.id());

        syncAll();

        for (SyncClientFixture client : List.of(anna, bram)) {
            PlanState state = client.session().plan().read(dossier);
            assertThat(state.versions()).extracting(PlanVersion::id).containsExactly(brams.id(), annas.id());
            assertThat(state.numberOf(brams.id())).as("agreed on the earlier date").hasValue(1);
            assertThat(state.numberOf(annas.id())).hasValue(2);
            // each agreement planned the next evaluation six weeks on: two dates for one field, kept both for a person
            assertThat(client.syncService().openConflicts(dossier)).singleElement().satisfies(conflict -> {
                assertThat(conflict.ref()).isEqualTo(PlanIds.plan(dossier));
                assertThat(conflict.field()).isEqualTo(Plan.Field.NEXT_EVALUATION_ON);
                assertThat(List.of(conflict.serverValue(), conflict.clientValue())).containsExactlyInAnyOrder("13-01-2027", "12-01-2027");
            });
            assertThat(client.pending()).isZero();
        }
        assertThat(rawBody(anna, annas.id())).isEqualTo(annasBody);
        assertThat(rawBody(bram, brams.id())).isEqualTo(bramsBody);
    }

    // ---- 4. an edit of an agreed version arriving by sync ------------------------------------------------------------

    @Test
    void anEditOfAnAgreedVersionPushedByAnOldOrHostileClientIsRejectedAsFrozenAndShown() throws Exception {
        RecordRef version = agreeAt(anna, "Marloes");
        anna.sync();
        bram.sync();
        String annasBody = rawBody(anna, version.id());
        String bramsBody = rawBody(bram, version.id());
        String onServer = serverFields(version.id());
        long serverVersion = server.count("select version from record where id = ?", version.id());
        assertThatThrownBy(() -> bram.session().vault().records().patch(version, Map.of(PlanVersion.Field.AGREED_ON, "09-09-2026")).join())
                .as("the app's own store refuses, so the change is pushed past it")
                .satisfies(failure -> assertThat(ReadOnlyRecordException.in(failure).orElseThrow().reason())
                        .isEqualTo(ReadOnlyRecordException.Reason.FROZEN));

        // A hostile client speaking the protocol directly: an update and a delete of the agreed version.
        SyncApi api = new SyncApi(server.baseUri());
        Wire.TokenGrant grant = api.login(bram.username(), SyncServerFixture.PASSWORD.toCharArray(), "ander apparaat");
        UUID hostileClient = UUID.randomUUID();
        ObjectNode snapshotRewrite = JSON.createObjectNode();
        snapshotRewrite.put(PlanVersion.Field.AGREED_ON, "09-09-2026");
        snapshotRewrite.putObject(PlanVersion.Field.SNAPSHOT).putArray("goals");
        Wire.PushResponse answer = api.push(grant.accessToken(), new Wire.PushRequest(Wire.SCHEMA, List.of(
                new Wire.PushEntry(hostileClient, 1, version.id(), RecordKind.PLAN_VERSION.code(), dossier, "update", serverVersion,
                        snapshotRewrite, null, List.of()),
                new Wire.PushEntry(hostileClient, 2, version.id(), RecordKind.PLAN_VERSION.code(), dossier, "delete", serverVersion,
                        JSON.createObjectNode(), null, List.of()))));
        assertThat(answer.results()).hasSize(2).allSatisfy(result -> {
            assertThat(result.result()).isEqualTo("rejected");
            assertThat(result.reason()).isEqualTo("frozen");
        });

        // An old app on bram's laptop (no store guard): its change sits in the outbox and goes out with his next round.
        ObjectNode oldClientChange = JSON.createObjectNode().put(PlanVersion.Field.AGREED_ON, "09-09-2026");
        ObjectNode base = JSON.createObjectNode().put(PlanVersion.Field.AGREED_ON, AGREED_ON);
        bram.session().vault().database().write("an old client's edit", handle -> {
            try (PreparedStatement insert = handle.prepareStatement("insert into outbox (record_id, kind, dossier_id, op, fields,"
                    + " base_version, created_at, base_fields, resolves) values (?, ?, ?, 'update', ?, ?, ?, ?, null)")) {
                insert.setString(1, version.id().toString());
                insert.setString(2, RecordKind.PLAN_VERSION.code());
                insert.setString(3, dossier.toString());
                insert.setString(4, oldClientChange.toString());
                insert.setLong(5, serverVersion);
                insert.setString(6, Instant.now().toString());
                insert.setString(7, base.toString());
                return insert.executeUpdate();
            }
        }).join();
        assertThat(bram.pending()).isEqualTo(1);
        bram.sync();
        anna.sync();

        assertThat(bram.syncService().rejected()).as("bram's laptop shows the rejection").singleElement().satisfies(rejected -> {
            assertThat(rejected.ref()).isEqualTo(version);
            assertThat(rejected.reason()).isEqualTo("frozen");
            assertThat(rejected.op()).isEqualTo("update");
        });
        assertThat(bram.syncService().status().rejected()).isEqualTo(1);
        assertThat(bram.pending()).isZero();
        assertThat(server.count("select count(*) from quarantine where record_id = ? and reason = 'frozen'", version.id().toString()))
                .as("kept in the server's quarantine, never dropped").isEqualTo(3);

        assertThat(serverFields(version.id())).as("byte-identical on the server").isEqualTo(onServer);
        assertThat(server.count("select version from record where id = ?", version.id())).isEqualTo(serverVersion);
        assertThat(server.count("select count(*) from record where id = ? and deleted", version.id())).isZero();
        assertThat(server.count("select count(*) from record_version where record_id = ?", version.id())).isEqualTo(1);
        assertThat(rawBody(anna, version.id())).as("byte-identical on the other laptop").isEqualTo(annasBody);
        assertThat(rawBody(bram, version.id())).as("and on the pushing laptop's own copy").isEqualTo(bramsBody);
        assertThat(anna.syncService().rejected()).isEmpty();
        assertThat(anna.session().plan().read(dossier).versions()).singleElement()
                .satisfies(agreed -> assertThat(agreed.agreedOn()).isEqualTo(AGREED_ON));
    }

    // ---- 5. version 1 unchanged after later edits ---------------------------------------------------------------------

    @Test
    void agreedVersionOneStaysByteForByteUnchangedOnBothLaptopsAfterLaterEditsAndSyncs() throws Exception {
        RecordRef first = agreeAt(anna, "Marloes");
        anna.sync();
        bram.sync();
        String atAnna = rawBody(anna, first.id());
        String atBram = rawBody(bram, first.id());
        String onServer = serverFields(first.id());
        assertThat(JSON.readTree(atBram)).isEqualTo(JSON.readTree(atAnna));

        editPlan(anna, school, Map.of(Goal.Field.TEXT, "Joep gaat vier dagen per week naar school"));
        editPlan(bram, PlanIds.plan(dossier), Map.of(Plan.Field.PROBLEM_ANALYSIS, "Schoolverzuim hangt samen met de zorgen thuis."));
        bram.session().plan().moveGoal(dossier, debts.id(), -1).join();
        RecordRef extra = bram.session().plan().addAction(dossier, school.id()).join();
        editPlan(bram, extra, Map.of(Action.Field.WHAT, "Leerplicht op de hoogte houden"));
        syncAll();
        RecordRef second = agreeAt(anna, "Marloes");
        editPlan(anna, debts, Map.of(Goal.Field.STATUS, GoalStatus.ACTIVE.name()));
        syncAll();

        for (SyncClientFixture client : List.of(anna, bram)) {
            PlanState state = client.session().plan().read(dossier);
            assertThat(state.versions()).extracting(PlanVersion::id).containsExactly(first.id(), second.id());
            assertThat(state.versions().get(0).snapshot().goals()).extracting(Goal::text)
                    .containsExactly("Joep gaat weer elke dag naar school", "Marloes heeft overzicht over de schulden");
            assertThat(state.versions().get(0).snapshot().actions()).hasSize(2);
            assertThat(state.versions().get(1).snapshot().goals()).extracting(Goal::text)
                    .containsExactly("Marloes heeft overzicht over de schulden", "Joep gaat vier dagen per week naar school");
            assertThat(state.versions().get(1).snapshot().actions()).hasSize(3);
            assertThat(state.versions().get(1).follows()).isEqualTo(first.id());
            assertThat(state.goals()).extracting(Goal::status).contains(GoalStatus.ACTIVE);
            assertThat(client.syncService().openConflicts()).isEmpty();
            assertThat(client.pending()).isZero();
        }
        assertThat(rawBody(anna, first.id())).as("version 1 on anna's laptop").isEqualTo(atAnna);
        assertThat(rawBody(bram, first.id())).as("version 1 on bram's laptop").isEqualTo(atBram);
        assertThat(serverFields(first.id())).as("version 1 on the server").isEqualTo(onServer);
        assertThat(server.count("select count(*) from record_version where record_id = ?", first.id())).isEqualTo(1);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private void syncAll() throws Exception {
        anna.sync();
        bram.sync();
        anna.sync();
    }

    /** Types into plan fields as the Werkplan tab does (the autosaver), then commits. */
    private static void editPlan(SyncClientFixture client, RecordRef ref, Map<String, ?> fields) {
        fields.forEach((name, value) -> client.session().plan().edit(ref, name, value));
        client.session().dossiers().flush();
    }

    private RecordRef agreeAt(SyncClientFixture client, String note) {
        return agreeAt(client, AGREED_ON, note);
    }

    private RecordRef agreeAt(SyncClientFixture client, String agreedOn, String note) {
        return client.session().plan().agree(dossier, agreedOn, List.of(
                new Party(parent, "Marloes", PartyRole.PARENT, Vote.AGREED, note),
                new Party(child, "Joep", PartyRole.CHILD, Vote.AGREED, ""),
                new Party(jeugdteam, "Ineke Brouwershaven", PartyRole.PROFESSIONAL, Vote.ABSENT, "ziek")), 6).join();
    }

    private Goal goal(SyncClientFixture client, UUID goalId) {
        return client.session().plan().read(dossier).goals().stream().filter(goal -> goal.id().equals(goalId)).findFirst()
                .orElseThrow();
    }

    /** The record's body exactly as the laptop's vault stores it (the encrypted SQLite text column). */
    private static String rawBody(SyncClientFixture client, UUID recordId) {
        return client.session().vault().database().read("raw body", handle -> {
            try (PreparedStatement select = handle.prepareStatement("select body from record where id = ?")) {
                select.setString(1, recordId.toString());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
    }

    /** The record's fields as the server's PostgreSQL stores them (jsonb, as text). */
    private static String serverFields(UUID recordId) {
        return server.db().transaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select fields::text from record where id = ?")) {
                select.setObject(1, recordId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
    }
}
