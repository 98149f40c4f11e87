package nl.keukentafel.logic.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.intake.IntakeFixture;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.genogram.GenoPerson;
import nl.keukentafel.model.genogram.GenoUnion;
import nl.keukentafel.model.genogram.ParentLink;
import nl.keukentafel.model.genogram.ParentLinkKind;
import nl.keukentafel.model.genogram.RelationType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The genogram's editing rules on a real encrypted vault: connecting the household, what is refused (and then writes
 * nothing), deleting a relative with its lines, the gender of a member, each action one undoable step.
 */
class GenogramEditingTest {
    @TempDir
    Path directory;
    private IntakeFixture fixture;
    private GenogramService genogram;
    private GenogramEditing editing;
    private UUID dossier;
    private UUID mother;
    private UUID father;
    private UUID child;

    @BeforeEach
    void household() throws Exception {
        fixture = new IntakeFixture(directory);
        dossier = fixture.family("Fam. Test");
        mother = fixture.member(dossier, "Mira", HouseholdRole.PARENT, "1-2-1985");
        father = fixture.member(dossier, "Karim", HouseholdRole.PARTNER, null);
        child = fixture.member(dossier, "Noor", HouseholdRole.CHILD, "3-4-2015");
        genogram = fixture.session().genogram();
        editing = new GenogramEditing(new GenogramEdits(genogram), dossier);
    }

    @AfterEach
    void lock() {
        fixture.close();
    }

    @Test
    void connectingTheHouseholdCouplesTheParentsAndLinksEveryChildOnceOnly() {
        GenogramEditing.Outcome outcome = editing.connectHousehold(read());

        GenogramState connected = read();
        assertThat(outcome).isEqualTo(GenogramEditing.Outcome.selected(mother));
        assertThat(connected.unions()).singleElement().satisfies(union -> assertThat(java.util.List.of(union.partnerA(),
                union.partnerB())).containsExactlyInAnyOrder(mother, father));
        assertThat(connected.parentLinksOf(child)).extracting(ParentLink::parent).containsExactlyInAnyOrder(mother, father);
        assertThat(connected.parentLinksOf(child)).extracting(ParentLink::linkKind).containsOnly(ParentLinkKind.BIRTH);

        editing.connectHousehold(connected);
        assertThat(read().unions()).as("what exists is kept, not doubled").hasSize(1);
        assertThat(read().parentLinks()).hasSize(2);
    }

    @Test
    void aHouseholdWithoutParentsIsNotConnected() throws Exception {
        UUID lone = fixture.family("Fam. Alleen");
        fixture.member(lone, "Sem", HouseholdRole.CHILD, null);
        GenogramEditing alone = new GenogramEditing(new GenogramEdits(genogram), lone);

        assertThat(alone.connectHousehold(genogram.read(lone)).refusal()).isEqualTo("genogram.refused.noHouseholdParents");
        assertThat(genogram.read(lone).unions()).isEmpty();
    }

    @Test
    void parentsAreAddedOnceAndASiblingNeedsParents() {
        assertThat(editing.addSibling(read(), child).refusal()).isEqualTo("genogram.refused.noParents");
        assertThat(read().persons()).isEmpty();

        UUID grandfather = editing.addParents(read(), mother).select();
        assertThat(read().parentLinksOf(mother)).hasSize(2);
        assertThat(read().persons()).extracting(GenoPerson::gender).containsExactlyInAnyOrder(Gender.MALE, Gender.FEMALE);
        assertThat(grandfather).isNotNull();

        assertThat(editing.addParents(read(), mother).refusal()).isEqualTo("genogram.refused.hasParents");
        assertThat(read().persons()).as("a refusal writes nothing").hasSize(2);

        UUID aunt = editing.addSibling(read(), mother).select();
        assertThat(read().parentLinksOf(aunt)).extracting(ParentLink::parent)
                .containsExactlyInAnyOrderElementsOf(read().parentLinksOf(mother).stream().map(ParentLink::parent).toList());
    }

    @Test
    void aPartnerGetsTheOtherGender() {
        fixture.patch(new RecordRef(RecordKind.MEMBER, mother, dossier), Map.of(Member.Field.GENDER, Gender.FEMALE.name()));
        UUID partner = editing.addPartner(read(), mother).select();

        assertThat(person(partner).gender()).isEqualTo(Gender.MALE);
        assertThat(read().latestUnion(mother)).map(GenoUnion::partnerB).contains(partner);
    }

    @Test
    void deletingARelativeTakesItsLinesAlongAndUndoBringsAllBack() {
        UUID grandfather = editing.addParents(read(), mother).select();
        editing.addRelation(grandfather, child, RelationType.values()[0]);
        assertThat(read().relations()).hasSize(1);

        GenogramEditing.Outcome outcome = editing.delete(read(), grandfather);

        GenogramState after = read();
        assertThat(after.persons()).extracting(GenoPerson::id).doesNotContain(grandfather);
        assertThat(after.unions()).isEmpty();
        assertThat(after.parentLinksOf(mother)).extracting(ParentLink::parent).doesNotContain(grandfather);
        assertThat(after.relations()).isEmpty();
        assertThat(outcome.select()).as("the partner is selected next").isNotNull().isNotEqualTo(grandfather);

        assertThat(editing.undo().refusal()).isNull();
        GenogramState undone = read();
        assertThat(undone.unions()).hasSize(1);
        assertThat(undone.relations()).hasSize(1);
        assertThat(undone.parentLinksOf(mother)).hasSize(2);
    }

    @Test
    void aMemberIsNeitherDeletedNorReGenderedInTheGenogram() {
        assertThat(editing.delete(read(), child).refusal()).isEqualTo("genogram.refused.member");
        assertThat(read().isMember(child)).isTrue();

        assertThat(editing.setGender(read(), child, Gender.MALE).refusal()).isEqualTo("genogram.refused.memberGender");
        assertThat(read().persons()).as("not even a facts record is made").isEmpty();
        assertThat(editing.undo().refusal()).isEqualTo("genogram.nothingToUndo");
    }

    @Test
    void aRelativesGenderIsSetAsOneUndoableStep() {
        UUID grandfather = editing.addParents(read(), child).select();
        UUID brother = editing.addSibling(read(), child).select();
        assertThat(grandfather).isNotNull();

        assertThat(editing.setGender(read(), brother, Gender.MALE)).isEqualTo(GenogramEditing.Outcome.selected(brother));
        assertThat(person(brother).gender()).isEqualTo(Gender.MALE);

        editing.undo();
        assertThat(person(brother).gender()).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void typedTextIsOneStepBackToWhatWasThere() {
        UUID grandfather = editing.addParents(read(), mother).select();
        RecordRef ref = new RecordRef(RecordKind.GENO_PERSON, grandfather, dossier);
        fixture.patch(ref, Map.of(GenoPerson.Field.GIVEN_NAME, "Opa"));

        editing.typed(ref, GenoPerson.Field.GIVEN_NAME, "", "Opa");
        editing.undo();

        assertThat(person(grandfather).givenName()).isNull();
    }

    private GenogramState read() {
        return genogram.read(dossier);
    }

    private GenoPerson person(UUID key) {
        return read().persons().stream().filter(person -> person.id().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void twoPeopleAlreadyDrawnAreLinkedWithoutNewPersons() throws Exception {
        UUID grandmother = fixture.member(dossier, "Riet", HouseholdRole.GRANDPARENT, "1952");
        int personsBefore = read().persons().size();

        assertThat(editing.link(read(), grandmother, mother, GenogramEditing.Link.PARENT_OF).refusal()).isNull();
        assertThat(read().parentLinksOf(mother)).extracting(ParentLink::parent).containsExactly(grandmother);
        assertThat(editing.link(read(), child, mother, GenogramEditing.Link.CHILD_OF).refusal()).isNull();
        assertThat(read().parentLinksOf(child)).extracting(ParentLink::parent).containsExactly(mother);
        assertThat(editing.link(read(), father, mother, GenogramEditing.Link.PARTNER_OF).refusal()).isNull();
        assertThat(read().unions()).hasSize(1);
        assertThat(read().persons()).as("no new unnamed parents").hasSize(personsBefore);

        assertThat(editing.link(read(), mother, grandmother, GenogramEditing.Link.PARENT_OF).refusal())
                .isEqualTo("genogram.refused.ownAncestor");
        assertThat(editing.link(read(), mother, father, GenogramEditing.Link.PARTNER_OF).refusal())
                .isEqualTo("genogram.refused.linkExists");
        assertThat(editing.link(read(), mother, mother, GenogramEditing.Link.CHILD_OF).refusal()).isEqualTo("genogram.refused.linkSelf");
        assertThat(read().parentLinks()).as("refusals write nothing").hasSize(2);
    }
}
