package nl.keukentafel.logic.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.genogram.GenoPerson;
import nl.keukentafel.model.genogram.GenoUnion;
import nl.keukentafel.model.genogram.ParentLink;
import nl.keukentafel.model.genogram.ParentLinkKind;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undo and redo of genogram edits on a real vault: what is undone is gone from the stored records, redo brings it back. */
class GenogramEditsTest {
    @TempDir
    Path directory;
    private SessionManager manager;
    private GenogramService genogram;
    private GenogramEdits edits;
    private UUID dossier;
    private UUID member;

    @BeforeEach
    void openSession() throws Exception {
        manager = new SessionManager(new VaultLocation(directory), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        Session session = manager.create(TestVaults.passphrase(), TestVaults.passphrase(), TestVaults.CONSULTANT);
        dossier = session.caseload().createFamily(TestVaults.HOUSEHOLD).join();
        member = session.dossiers().addMember(dossier, HouseholdRole.CHILD).join().id();
        genogram = session.genogram();
        edits = new GenogramEdits(genogram);
    }

    @AfterEach
    void lock() {
        manager.lock();
    }

    @Test
    void addingParentsIsOneStepThatUndoesAndRedoesWhole() {
        GenogramEdits.Step step = edits.step();
        RecordRef mother = step.addPerson(dossier, Map.of(GenoPerson.Field.GIVEN_NAME, "Oma"));
        RecordRef father = step.addPerson(dossier, Map.of(GenoPerson.Field.GIVEN_NAME, "Opa"));
        step.addUnion(dossier, father.id(), mother.id(), Map.of());
        step.linkParent(dossier, member, mother.id(), Map.of(ParentLink.Field.LINK_KIND, ParentLinkKind.BIRTH));
        step.linkParent(dossier, member, father.id(), Map.of(ParentLink.Field.LINK_KIND, ParentLinkKind.BIRTH));
        step.commit();
        assertThat(genogram.read(dossier).persons()).extracting(GenoPerson::givenName).containsExactlyInAnyOrder("Oma", "Opa");

        assertThat(edits.undo()).isTrue();
        GenogramState undone = genogram.read(dossier);
        assertThat(undone.persons()).isEmpty();
        assertThat(undone.unions()).isEmpty();
        assertThat(undone.parentLinks()).isEmpty();
        assertThat(edits.canUndo()).isFalse();

        assertThat(edits.redo()).isTrue();
        GenogramState redone = genogram.read(dossier);
        assertThat(redone.persons()).hasSize(2);
        assertThat(redone.unions()).singleElement().extracting(GenoUnion::partnerA).isEqualTo(father.id());
        assertThat(redone.parentLinks()).extracting(ParentLink::parent).containsExactlyInAnyOrder(mother.id(), father.id());
        assertThat(edits.canRedo()).isFalse();
    }

    @Test
    void aPatchIsUndoneToTheOldValuesIncludingAbsentOnes() {
        GenogramEdits.Step create = edits.step();
        RecordRef aunt = create.addPerson(dossier, Map.of(GenoPerson.Field.GIVEN_NAME, "Tante"));
        create.commit();
        GenogramEdits.Step drag = edits.step();
        drag.patch(aunt, Map.of(GenoPerson.Field.PINNED_X, 120.0, GenoPerson.Field.PINNED_Y, 80.0,
                GenoPerson.Field.GIVEN_NAME, "Tante Jo"));
        drag.commit();
        assertThat(person(aunt).pinnedX()).isEqualTo(120.0);

        edits.undo();
        GenoPerson back = person(aunt);
        assertThat(back.pinnedX()).isNull();
        assertThat(back.pinnedY()).isNull();
        assertThat(back.givenName()).isEqualTo("Tante");

        edits.redo();
        assertThat(person(aunt).pinnedY()).isEqualTo(80.0);
        assertThat(person(aunt).givenName()).isEqualTo("Tante Jo");
    }

    @Test
    void deletingIsUndoneByRestoringAndANewStepDropsTheRedoHistory() {
        GenogramEdits.Step create = edits.step();
        RecordRef grandfather = create.addPerson(dossier, Map.of(GenoPerson.Field.GIVEN_NAME, "Opa"));
        create.linkParent(dossier, member, grandfather.id(), Map.of());
        create.commit();
        GenogramEdits.Step delete = edits.step();
        delete.delete(GenogramService.parentLinkRef(dossier, member, grandfather.id()));
        delete.delete(grandfather);
        delete.commit();
        assertThat(genogram.read(dossier).persons()).isEmpty();
        assertThat(genogram.read(dossier).parentLinks()).isEmpty();

        edits.undo();
        assertThat(genogram.read(dossier).persons()).extracting(GenoPerson::id).containsExactly(grandfather.id());
        assertThat(genogram.read(dossier).parentLinks()).hasSize(1);

        GenogramEdits.Step other = edits.step();
        Map<String, Object> note = new HashMap<>();
        note.put(GenoPerson.Field.NOTE, "woont in Zeeland");
        other.patch(grandfather, note);
        other.commit();
        assertThat(edits.canRedo()).as("a new edit after undo drops what could be redone").isFalse();
    }

    @Test
    void relinkingADeletedParentLinkBringsItBackAndIsUndoable() {
        GenogramEdits.Step first = edits.step();
        RecordRef mother = first.addPerson(dossier, Map.of());
        first.linkParent(dossier, member, mother.id(), Map.of());
        first.commit();
        GenogramEdits.Step unlink = edits.step();
        unlink.delete(GenogramService.parentLinkRef(dossier, member, mother.id()));
        unlink.commit();
        GenogramEdits.Step relink = edits.step();
        relink.linkParent(dossier, member, mother.id(), Map.of(ParentLink.Field.LINK_KIND, ParentLinkKind.FOSTER));
        relink.commit();
        assertThat(genogram.read(dossier).parentLinks()).singleElement().extracting(ParentLink::linkKind).isEqualTo(ParentLinkKind.FOSTER);

        edits.undo();
        assertThat(genogram.read(dossier).parentLinks()).isEmpty();
    }

    private GenoPerson person(RecordRef ref) {
        return genogram.read(dossier).persons().stream().filter(person -> person.id().equals(ref.id())).findFirst().orElseThrow();
    }
}
