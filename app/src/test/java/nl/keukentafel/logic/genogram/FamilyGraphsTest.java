package nl.keukentafel.logic.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.DossierService;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Residence;
import nl.keukentafel.model.genogram.EmotionalRelation;
import nl.keukentafel.model.genogram.GenoPerson;
import nl.keukentafel.model.genogram.GenoUnion;
import nl.keukentafel.model.genogram.Genogram;
import nl.keukentafel.model.genogram.ParentLink;
import nl.keukentafel.model.genogram.ParentLinkKind;
import nl.keukentafel.model.genogram.PersonKind;
import nl.keukentafel.model.genogram.RelationType;
import nl.keukentafel.model.genogram.TwinKind;
import nl.keukentafel.model.genogram.UnionEvent;
import nl.keukentafel.model.genogram.UnionEventType;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The family graph as built from a real encrypted vault: members, their genogram facts, relatives, couples, links. */
class FamilyGraphsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path directory;
    private SessionManager manager;
    private DossierService dossiers;
    private GenogramService genogram;
    private UUID dossier;

    @BeforeEach
    void openSession() throws Exception {
        manager = new SessionManager(new VaultLocation(directory), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        Session session = manager.create(TestVaults.passphrase(), TestVaults.passphrase(), TestVaults.CONSULTANT);
        dossiers = session.dossiers();
        genogram = session.genogram();
        dossier = session.caseload().createFamily(TestVaults.HOUSEHOLD).join();
    }

    @AfterEach
    void lock() {
        manager.lock();
    }

    private UUID member(HouseholdRole role, String given, String birth, Gender gender, Residence residence) {
        RecordRef ref = dossiers.addMember(dossier, role).join();
        dossiers.edit(ref, Member.Field.GIVEN_NAME, given);
        dossiers.edit(ref, Member.Field.FAMILY_NAME, "Wulfsberg");
        dossiers.edit(ref, Member.Field.BIRTH_DATE, birth);
        dossiers.edit(ref, Member.Field.GENDER, gender.name());
        dossiers.edit(ref, Member.Field.RESIDENCE, residence.name());
        return ref.id();
    }

    @Test
    void membersRelativesCouplesAndLinksBecomeOneGraph() {
        UUID mother = member(HouseholdRole.PARENT, "Ëlsbeth", "12-3-1985", Gender.FEMALE, Residence.IN_HOUSEHOLD);
        UUID father = member(HouseholdRole.PARENT, "Quirijn", "20-1-1983", Gender.MALE, Residence.ELSEWHERE);
        UUID child = member(HouseholdRole.CHILD, "Jöris", "1-6-2015", Gender.MALE, Residence.IN_HOUSEHOLD);
        genogram.settings(dossier).join();
        genogram.patch(GenogramService.settingsRef(dossier), Map.of(Genogram.Field.INDEX_PERSON, child)).join();
        RecordRef childFacts = genogram.memberPerson(dossier, child).join();
        genogram.patch(childFacts, Map.of(GenoPerson.Field.MULTIPLE_BIRTH_GROUP, "a", GenoPerson.Field.TWIN_KIND,
                TwinKind.FRATERNAL.name(), GenoPerson.Field.BIRTH_ORDER, 2, GenoPerson.Field.PINNED_X, 120.5,
                GenoPerson.Field.PINNED_Y, 30.0)).join();
        UUID grandmother = genogram.addPerson(dossier, Map.of(GenoPerson.Field.GIVEN_NAME, "Trijntje", GenoPerson.Field.FAMILY_NAME,
                "Quaadvliet", GenoPerson.Field.GENDER, Gender.FEMALE.name(), GenoPerson.Field.BIRTH_DATE, "1950",
                GenoPerson.Field.DEATH_DATE, "2020")).join().id();
        UUID loss = genogram.addPerson(dossier, Map.of(GenoPerson.Field.PERSON_KIND, PersonKind.MISCARRIAGE.name(),
                GenoPerson.Field.BIRTH_DATE, "2018", GenoPerson.Field.DECEASED, true)).join().id();
        UUID couple = genogram.addUnion(dossier, mother, father, Map.of(GenoUnion.Field.EVENTS, List.of(
                Map.of("type", UnionEventType.SEPARATED.name(), "date", "2019"),
                Map.of("type", UnionEventType.MARRIED.name(), "date", "12-6-2012"),
                Map.of("type", UnionEventType.COHABITING.name(), "date", "2010")))).join().id();
        genogram.addUnion(dossier, mother, UUID.randomUUID(), Map.of()).join();
        genogram.linkParent(dossier, child, mother, Map.of(ParentLink.Field.LINK_KIND, ParentLinkKind.BIRTH.name())).join();
        genogram.linkParent(dossier, child, father, Map.of()).join();
        genogram.linkParent(dossier, mother, grandmother, Map.of(ParentLink.Field.LINK_KIND, ParentLinkKind.ADOPTIVE.name())).join();
        genogram.linkParent(dossier, loss, mother, Map.of()).join();
        UUID conflict = genogram.addRelation(dossier, Map.of(EmotionalRelation.Field.FROM, mother, EmotionalRelation.Field.TO, father,
                EmotionalRelation.Field.RELATION_TYPE, RelationType.CONFLICT.name())).join().id();

        FamilyGraph graph = FamilyGraphs.from(genogram.read(dossier), TODAY);

        List<UUID> relatives = List.of(grandmother, loss).stream().sorted().toList();
        assertThat(graph.persons()).extracting(FamilyGraph.Person::key).containsExactly(mother, father, child, relatives.get(0),
                relatives.get(1));
        assertThat(person(graph, mother)).isEqualTo(new FamilyGraph.Person(mother, "Ëlsbeth Wulfsberg", Gender.FEMALE, PersonKind.PERSON,
                "12-3-1985", 19850312, null, false, 41, false, true, null, null, null, null, null));
        assertThat(person(graph, father).inHousehold()).isFalse();
        assertThat(person(graph, father).age()).isEqualTo(43);
        assertThat(person(graph, child)).isEqualTo(new FamilyGraph.Person(child, "Jöris Wulfsberg", Gender.MALE, PersonKind.PERSON,
                "1-6-2015", 20150601, null, false, 11, true, true, "a", TwinKind.FRATERNAL, 2, 120.5, 30.0));
        assertThat(person(graph, grandmother)).isEqualTo(new FamilyGraph.Person(grandmother, "Trijntje Quaadvliet", Gender.FEMALE,
                PersonKind.PERSON, "1950", 19500000, "2020", true, 70, false, false, null, null, null, null, null));
        assertThat(person(graph, loss)).satisfies(miscarriage -> {
            assertThat(miscarriage.kind()).isEqualTo(PersonKind.MISCARRIAGE);
            assertThat(miscarriage.gender()).isEqualTo(Gender.UNKNOWN);
            assertThat(miscarriage.deceased()).isTrue();
            assertThat(miscarriage.age()).isNull();
        });
        assertThat(graph.couples()).singleElement().satisfies(only -> {
            assertThat(only.id()).isEqualTo(couple);
            assertThat(only.events()).extracting(UnionEvent::type).containsExactly(UnionEventType.COHABITING, UnionEventType.MARRIED,
                    UnionEventType.SEPARATED);
        });
        assertThat(graph.parentEdges()).containsExactlyInAnyOrder(
                new FamilyGraph.ParentEdge(child, mother, ParentLinkKind.BIRTH),
                new FamilyGraph.ParentEdge(child, father, ParentLinkKind.BIRTH),
                new FamilyGraph.ParentEdge(mother, grandmother, ParentLinkKind.ADOPTIVE),
                new FamilyGraph.ParentEdge(loss, mother, ParentLinkKind.BIRTH));
        assertThat(graph.relations()).containsExactly(new FamilyGraph.Relation(conflict, mother, father, RelationType.CONFLICT));
    }

    @Test
    void aDeletedMemberTakesItsFactsLinksAndCouplesOutOfTheGraph() {
        UUID mother = member(HouseholdRole.PARENT, "Ëlsbeth", "12-3-1985", Gender.FEMALE, Residence.IN_HOUSEHOLD);
        UUID child = member(HouseholdRole.CHILD, "Jöris", "2015", Gender.MALE, Residence.IN_HOUSEHOLD);
        RecordRef facts = genogram.memberPerson(dossier, child).join();
        genogram.patch(facts, Map.of(GenoPerson.Field.DECEASED, true)).join();
        genogram.linkParent(dossier, child, mother, Map.of()).join();
        dossiers.delete(new RecordRef(nl.keukentafel.model.RecordKind.MEMBER, child, dossier)).join();

        FamilyGraph graph = FamilyGraphs.from(genogram.read(dossier), TODAY);

        assertThat(graph.persons()).extracting(FamilyGraph.Person::key).containsExactly(mother);
        assertThat(graph.parentEdges()).isEmpty();
    }

    @Test
    void undatedEventsKeepTheirPlaceAfterTheEventTypedBeforeThem() {
        List<UnionEvent> typed = List.of(new UnionEvent(UnionEventType.DIVORCED, "2015"), new UnionEvent(UnionEventType.MARRIED, "2001"),
                new UnionEvent(UnionEventType.RECONCILED, ""), new UnionEvent(UnionEventType.COHABITING, "3-4-1999"));
        assertThat(FamilyGraphs.eventsInDateOrder(typed)).extracting(UnionEvent::type).containsExactly(UnionEventType.COHABITING,
                UnionEventType.MARRIED, UnionEventType.RECONCILED, UnionEventType.DIVORCED);
    }

    private static FamilyGraph.Person person(FamilyGraph graph, UUID key) {
        return graph.persons().stream().filter(person -> person.key().equals(key)).findFirst().orElseThrow();
    }
}
