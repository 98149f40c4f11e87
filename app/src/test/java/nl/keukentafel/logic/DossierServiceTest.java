package nl.keukentafel.logic;

import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.AuditLog;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dossier use cases on a real vault: audited opening, edits, members with delete and undo. */
class DossierServiceTest {
    @TempDir
    Path directory;
    private SessionManager manager;
    private Session session;
    private DossierService dossiers;
    private UUID dossier;

    @BeforeEach
    void openSession() throws Exception {
        manager = new SessionManager(new VaultLocation(directory), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        session = manager.create(TestVaults.passphrase(), TestVaults.passphrase(), TestVaults.CONSULTANT);
        dossiers = session.dossiers();
        dossier = session.caseload().createFamily(TestVaults.HOUSEHOLD).join();
    }

    @AfterEach
    void lock() {
        manager.lock();
    }

    private RecordRef familyRef() {
        return new RecordRef(RecordKind.FAMILY, dossier, dossier);
    }

    @Test
    void openingCommitsPendingEditsAndIsAuditedWithoutValues() {
        RecordRef member = dossiers.addMember(dossier, HouseholdRole.PARENT).join();
        dossiers.edit(member, Member.Field.GIVEN_NAME, TestVaults.PARENT_GIVEN);
        dossiers.edit(member, Member.Field.BSN, TestVaults.BSN);
        Dossier opened = dossiers.open(dossier);
        assertThat(opened.members()).singleElement().satisfies(read -> {
            assertThat(read.givenName()).isEqualTo(TestVaults.PARENT_GIVEN);
            assertThat(read.bsn()).isEqualTo(TestVaults.BSN);
            assertThat(read.role()).isEqualTo(HouseholdRole.PARENT);
        });
        session.vault().database().flush();
        List<AuditLog.Entry> trail = dossiers.auditTrail(dossier);
        assertThat(trail.get(0)).satisfies(open -> {
            assertThat(open.action()).isEqualTo("open");
            assertThat(open.actor()).isEqualTo(TestVaults.CONSULTANT);
            assertThat(open.recordId()).isEqualTo(dossier);
            assertThat(open.result()).isEqualTo("ok");
        });
        assertThat(trail).extracting(AuditLog.Entry::detail).allSatisfy(detail -> assertThat(detail)
                .doesNotContain(TestVaults.PARENT_GIVEN).doesNotContain(TestVaults.BSN));
        assertThat(trail).extracting(AuditLog.Entry::detail).anySatisfy(detail -> assertThat(detail)
                .contains(Member.Field.GIVEN_NAME).contains(Member.Field.BSN));
    }

    @Test
    void readingDoesNotAuditButOpeningDoes() {
        int before = dossiers.auditTrail(dossier).size();
        dossiers.read(dossier);
        session.vault().database().flush();
        assertThat(dossiers.auditTrail(dossier)).hasSize(before);
        dossiers.open(dossier);
        session.vault().database().flush();
        assertThat(dossiers.auditTrail(dossier)).hasSize(before + 1);
    }

    @Test
    void aDeletedMemberComesBackWithEverythingItHeld() {
        RecordRef member = dossiers.addMember(dossier, HouseholdRole.CHILD).join();
        dossiers.edit(member, Member.Field.GIVEN_NAME, TestVaults.CHILD_GIVEN);
        dossiers.edit(member, Member.Field.BIRTH_DATE, "1-2-2015");
        dossiers.delete(member).join();
        assertThat(dossiers.read(dossier).members()).isEmpty();
        assertThat(session.caseload().search(TestVaults.CHILD_GIVEN, false)).isEmpty();
        dossiers.undoDelete(member).join();
        assertThat(dossiers.read(dossier).members()).singleElement().satisfies(read -> {
            assertThat(read.givenName()).isEqualTo(TestVaults.CHILD_GIVEN);
            assertThat(read.birthDate()).isEqualTo("1-2-2015");
        });
        assertThat(session.caseload().search(TestVaults.CHILD_GIVEN, false)).hasSize(1);
    }

    @Test
    void editsOfTheFamilyReachTheCaseloadIndex() {
        dossiers.edit(familyRef(), Family.Field.STREET, TestVaults.STREET);
        dossiers.edit(familyRef(), Family.Field.NEXT_VISIT, "3-4-2031");
        dossiers.flush();
        assertThat(session.caseload().search("zwaluwstaart", false)).singleElement().satisfies(row -> {
            assertThat(row.address()).startsWith(TestVaults.STREET);
            assertThat(row.nextVisit()).isEqualTo(java.time.LocalDate.of(2031, 4, 3));
        });
        session.caseload().setArchived(dossier, true).join();
        assertThat(session.caseload().search("", false)).isEmpty();
        assertThat(session.caseload().search("", true)).singleElement().satisfies(row -> assertThat(row.archived()).isTrue());
    }

    /** Issue 14: archiving and taking it back are one use case, each leaving an audit row with the field's name only. */
    @Test
    void archivingAndItsUndoAreAudited() {
        session.caseload().setArchived(dossier, true).join();
        session.caseload().setArchived(dossier, false).join();
        assertThat(session.caseload().search("", false)).singleElement().satisfies(row -> assertThat(row.archived()).isFalse());
        assertThat(dossiers.auditTrail(dossier)).filteredOn(entry -> "archived".equals(entry.detail()))
                .extracting(entry -> entry.action()).containsExactly("update", "update");
    }

    @Test
    void anUnknownDossierIsRefused() {
        assertThatThrownBy(() -> dossiers.open(UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class);
    }
}
