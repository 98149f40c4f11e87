package nl.keukentafel.sync;

import nl.keukentafel.sync.server.SyncServerFixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.intake.DomainLists;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.logic.sync.ConflictItem;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.check.CheckException;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.IntakeMember;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's sync "done when" over real parts (the sync server on loopback with its PostgreSQL, two real vaults): two
 * consultants typing the same domain's notes offline get a conflict with both texts; different fields of one entry
 * merge; both starting the intake offline end with one intake (derived ids, ADR 0003). Fictional data only.
 */
class IntakeConflictTest {
    private static final String START = "1-12-2026";
    private static SyncServerFixture server;

    @TempDir
    Path directory;
    private SyncClientFixture anna;
    private SyncClientFixture bram;
    private UUID dossier;
    private RecordRef finance;

    @BeforeAll
    static void startServer() {
        server = SyncServerFixture.start(Clock.systemUTC());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** Anna makes a family with a parent and a child, syncs, and the dossier is assigned to Bram, who syncs. */
    @BeforeEach
    void twoConsultantsShareAFamily() throws Exception {
        anna = SyncClientFixture.create(directory.resolve("anna"), "Anna Casusregisseur", server.baseUri(), server.newUser("anna"));
        bram = SyncClientFixture.create(directory.resolve("bram"), "Bram Procesregisseur", server.baseUri(), server.newUser("bram"));
        dossier = anna.session().caseload().createFamily("Familie Heidebloem").join();
        RecordRef parent = anna.session().dossiers().addMember(dossier, HouseholdRole.PARENT).join();
        RecordRef child = anna.session().dossiers().addMember(dossier, HouseholdRole.CHILD).join();
        anna.edit(parent, Map.of(Member.Field.GIVEN_NAME, "Lieke"));
        anna.edit(child, Map.of(Member.Field.GIVEN_NAME, "Ties"));
        anna.sync();
        server.admin().assign(dossier, bram.username());
        bram.sync();
        finance = IntakeService.domainRef(dossier, "financien");
    }

    @AfterEach
    void lock() {
        anna.close();
        bram.close();
    }

    private void startAt(SyncClientFixture client) {
        client.session().intake().start(dossier, DomainLists.defaultList(), START).join();
    }

    private void annaStartsAndBramReceives() throws Exception {
        startAt(anna);
        anna.sync();
        assertThat(anna.syncService().rejected()).as("the server takes every intake kind").isEmpty();
        bram.sync();
        assertThat(bram.session().intake().read(dossier).intake()).isPresent();
    }

    private void syncAll() throws Exception {
        anna.sync();
        bram.sync();
        anna.sync();
    }

    @Test
    void bothTypingTheSameDomainNotesOfflineIsAConflictWithBothTexts() throws Exception {
        annaStartsAndBramReceives();
        anna.edit(finance, Map.of(DomainEntry.Field.NOTES, "Huurachterstand van drie maanden, regeling loopt."));
        bram.edit(finance, Map.of(DomainEntry.Field.NOTES, "Schuldhulp aangevraagd bij de gemeente."));
        syncAll();

        for (SyncClientFixture client : List.of(anna, bram)) {
            assertThat(client.syncService().openConflicts(dossier)).singleElement().satisfies(conflict -> {
                assertThat(conflict.ref()).isEqualTo(finance);
                assertThat(conflict.field()).isEqualTo(DomainEntry.Field.NOTES);
                assertThat(List.of(conflict.serverValue(), conflict.clientValue())).containsExactlyInAnyOrder(
                        "Huurachterstand van drie maanden, regeling loopt.", "Schuldhulp aangevraagd bij de gemeente.");
            });
        }
        ConflictItem atBram = bram.syncService().openConflicts(dossier).get(0);
        assertThat(atBram.mine()).as("bram pushed second, so his is the conflicting value").isTrue();
        assertThat(atBram.clientValue()).isEqualTo("Schuldhulp aangevraagd bij de gemeente.");
        assertThat(atBram.serverValue()).isEqualTo("Huurachterstand van drie maanden, regeling loopt.");
    }

    @Test
    void differentFieldsOfOneDomainEntryMergeWithoutConflict() throws Exception {
        annaStartsAndBramReceives();
        anna.edit(finance, Map.of(DomainEntry.Field.GOES_WELL, "Vaste baan, inkomen stabiel."));
        bram.edit(finance, Map.of(DomainEntry.Field.CONCERNS, "Brieven worden niet geopend.", DomainEntry.Field.SCORE, 2));
        syncAll();

        for (SyncClientFixture client : List.of(anna, bram)) {
            assertThat(client.syncService().openConflicts()).isEmpty();
            DomainEntry entry = client.session().intake().read(dossier).domains().stream()
                    .filter(domain -> domain.id().equals(finance.id())).findFirst().orElseThrow();
            assertThat(entry.goesWell()).isEqualTo("Vaste baan, inkomen stabiel.");
            assertThat(entry.concerns()).isEqualTo("Brieven worden niet geopend.");
            assertThat(entry.score()).isEqualTo(2);
            assertThat(client.pending()).isZero();
        }
    }

    @Test
    void bothStartingTheIntakeOfflineEndWithOneIntakeAndMergedFields() throws Exception {
        startAt(anna);
        startAt(bram);
        anna.edit(finance, Map.of(DomainEntry.Field.GOES_WELL, "Budgetcoach helpt."));
        UUID ties = bram.dossier(dossier).members().stream().filter(member -> "Ties".equals(member.givenName())).findFirst()
                .orElseThrow().id();
        bram.edit(finance, Map.of(DomainEntry.Field.CONCERNS, "Energierekening onbetaald."));
        bram.edit(IntakeService.memberLineRef(dossier, ties), Map.of(IntakeMember.Field.SPOKEN, "SPOKEN"));
        syncAll();

        int domains = DomainLists.defaultList().domains().size();
        for (SyncClientFixture client : List.of(anna, bram)) {
            IntakeState state = client.session().intake().read(dossier);
            assertThat(state.intake()).isPresent();
            assertThat(state.domains()).hasSize(domains);
            assertThat(state.domains()).extracting(DomainEntry::domainCode).doesNotHaveDuplicates();
            assertThat(state.members()).hasSize(2);
            DomainEntry entry = state.domains().stream().filter(domain -> domain.id().equals(finance.id())).findFirst().orElseThrow();
            assertThat(entry.goesWell()).isEqualTo("Budgetcoach helpt.");
            assertThat(entry.concerns()).isEqualTo("Energierekening onbetaald.");
            assertThat(state.memberLine(ties).orElseThrow().spoken()).hasToString("SPOKEN");
            assertThat(client.syncService().openConflicts()).isEmpty();
            assertThat(client.pending()).isZero();
        }
        assertThat(server.count("select count(*) from record where dossier_id = ? and kind = ?", dossier,
                RecordKind.INTAKE.code())).isEqualTo(1);
        assertThat(server.count("select count(*) from record where dossier_id = ? and kind = ?", dossier,
                RecordKind.DOMAIN_ENTRY.code())).isEqualTo(domains);
    }

    /** Issue 12: both recording an exception to one finding offline end with one exception record, the reasons in conflict. */
    @Test
    void bothWaivingTheSameFindingOfflineEndWithOneExceptionAndTheReasonsInConflict() throws Exception {
        String key = "T7:no-regisseur";
        anna.session().checker().waive(dossier, key, "Regisseur wordt volgende week gekozen in het MDO.").join();
        bram.session().checker().waive(dossier, key, "Gezin kiest zelf een regisseur uit het netwerk.").join();
        syncAll();

        RecordRef exception = CheckException.ref(dossier, key);
        for (SyncClientFixture client : List.of(anna, bram)) {
            assertThat(client.syncService().rejected()).isEmpty();
            assertThat(client.session().checker().waivers(dossier)).singleElement()
                    .satisfies(waiver -> assertThat(waiver.findingKey()).isEqualTo(key));
            assertThat(client.syncService().openConflicts(dossier))
                    .allSatisfy(conflict -> assertThat(conflict.ref()).isEqualTo(exception))
                    .extracting(ConflictItem::field).as("who recorded it differs too")
                    .containsExactlyInAnyOrder(CheckException.Field.REASON, CheckException.Field.RECORDED_BY);
            assertThat(client.session().checker().check(dossier).result(nl.keukentafel.logic.check.Criterion.T7).verdict())
                    .isEqualTo(nl.keukentafel.logic.check.Verdict.MET);
        }
        assertThat(server.count("select count(*) from record where dossier_id = ? and kind = ?", dossier,
                RecordKind.CHECK_EXCEPTION.code())).isEqualTo(1);
    }
}
