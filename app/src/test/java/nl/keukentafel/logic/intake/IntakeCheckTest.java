package nl.keukentafel.logic.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.ConsentBasis;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.intake.Sector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open items of the family on a real vault: two parents (one living elsewhere) and children of 2, 9 and
 * 15. Each rule is shown open, then settled by what a consultant would type.
 */
class IntakeCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    @TempDir
    Path directory;
    private IntakeFixture fixture;
    private UUID dossier;
    private UUID mother;
    private UUID father;
    private UUID toddler;
    private UUID nineYearOld;
    private UUID teenager;

    @BeforeEach
    void family() throws Exception {
        fixture = new IntakeFixture(directory);
        dossier = fixture.family("Familie Dommelsteyn");
        mother = fixture.member(dossier, "Wietske", HouseholdRole.PARENT, "14-2-1988");
        father = fixture.member(dossier, "Ruben", HouseholdRole.PARENT, "3-9-1986");
        toddler = fixture.member(dossier, "Pim", HouseholdRole.CHILD, "10-3-2024");
        nineYearOld = fixture.member(dossier, "Noor", HouseholdRole.CHILD, "5-5-2017");
        teenager = fixture.member(dossier, "Sem", HouseholdRole.CHILD, "20-8-2011");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<OpenItem> open() {
        return IntakeCheck.check(fixture.read(dossier), TODAY);
    }

    private static List<String> keys(List<OpenItem> items) {
        return items.stream().map(OpenItem::messageKey).toList();
    }

    private void start() {
        fixture.intake().start(dossier, DomainLists.defaultList(), "1-12-2026").join();
    }

    @Test
    void beforeTheStartOnlyTheStartAndWhatNeedsNoIntake() {
        fixture.contact(dossier, "Huisartsenpraktijk De Linde", Sector.GENERAL_PRACTICE, true);
        List<OpenItem> items = open();
        assertThat(keys(items)).containsExactly("intake.open.notStarted", "intake.open.childNoAssessment",
                "intake.open.childNoAssessment", "intake.open.childNoAssessment", "intake.open.noJgz", "intake.open.noSchool",
                "intake.open.noSchool", "intake.open.noConsent");
        assertThat(items.get(0).field()).isEqualTo(OpenItem.START_INTAKE);
        assertThat(items.get(1).arguments()).containsExactly("Pim");
        assertThat(items.get(1).target().id()).isEqualTo(toddler);
        assertThat(items.get(4).arguments()).containsExactly("Pim");
        assertThat(items.get(7).arguments()).containsExactly("Huisartsenpraktijk De Linde");
        assertThat(items.get(7).field()).isEqualTo(OpenItem.ADD_CONSENT);
    }

    @Test
    void aCompleteIntakeWithOneAssessmentMissingNamesThatChildAndAddingItClearsIt() {
        start();
        List<OpenItem> started = open();
        assertThat(started).filteredOn(item -> item.category() == OpenItem.Category.MEMBER_NOT_HEARD).hasSize(5);
        assertThat(started).filteredOn(item -> item.category() == OpenItem.Category.DOMAIN_OPEN).hasSize(19)
                .first().satisfies(item -> {
                    assertThat(item.arguments()).containsExactly("Financiën");
                    assertThat(item.target()).isEqualTo(IntakeService.domainRef(dossier, "financien"));
                    assertThat(item.field()).isEqualTo(DomainEntry.Field.STATUS);
                });

        for (UUID member : List.of(mother, toddler, nineYearOld, teenager)) {
            fixture.patch(IntakeService.memberLineRef(dossier, member), Map.of(IntakeMember.Field.SPOKEN, "SPOKEN"));
        }
        fixture.patch(IntakeService.memberLineRef(dossier, father), Map.of(IntakeMember.Field.SPOKEN, "NOT_SPOKEN",
                IntakeMember.Field.NOT_SPOKEN_REASON, "LIVES_ELSEWHERE"));
        for (DomainList.DomainDefinition domain : DomainLists.defaultList().domains()) {
            fixture.patch(IntakeService.domainRef(dossier, domain.code()), Map.of(DomainEntry.Field.STATUS, "DISCUSSED"));
        }
        fixture.contact(dossier, "Consultatiebureau Zonnehoek", Sector.YOUTH_HEALTH, false, toddler);
        fixture.contact(dossier, "Basisschool De Wilg", Sector.SCHOOL, false, nineYearOld);
        fixture.contact(dossier, "Het Baken College", Sector.SCHOOL, false, teenager);
        fixture.intake().addAssessment(dossier, toddler, "1-12-2026").join();
        fixture.intake().addAssessment(dossier, teenager, "1-12-2026").join();

        List<OpenItem> items = open();
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.category()).isEqualTo(OpenItem.Category.SAFETY_MISSING);
            assertThat(item.messageKey()).isEqualTo("intake.open.childNoAssessment");
            assertThat(item.arguments()).containsExactly("Noor");
            assertThat(item.target().id()).isEqualTo(nineYearOld);
            assertThat(item.field()).isEqualTo(OpenItem.ADD_ASSESSMENT);
        });
        fixture.intake().addAssessment(dossier, nineYearOld, "1-12-2026").join();
        assertThat(open()).isEmpty();
    }

    @Test
    void reasonsAreNeededAndOtherNeedsWords() {
        start();
        RecordRef fatherLine = IntakeService.memberLineRef(dossier, father);
        fixture.patch(fatherLine, Map.of(IntakeMember.Field.SPOKEN, "SEEN_ONLY"));
        assertThat(open()).filteredOn(item -> item.target().equals(fatherLine)).singleElement()
                .satisfies(item -> assertThat(item.messageKey()).isEqualTo("intake.open.memberNoReason"));
        fixture.patch(fatherLine, Map.of(IntakeMember.Field.NOT_SPOKEN_REASON, "OTHER"));
        assertThat(open()).filteredOn(item -> item.target().equals(fatherLine)).singleElement()
                .satisfies(item -> assertThat(item.field()).isEqualTo(IntakeMember.Field.REASON_NOTE));
        fixture.patch(fatherLine, Map.of(IntakeMember.Field.REASON_NOTE, "sliep na nachtdienst"));
        assertThat(open()).noneMatch(item -> item.target().equals(fatherLine));

        RecordRef justice = IntakeService.domainRef(dossier, "justitie");
        fixture.patch(justice, Map.of(DomainEntry.Field.STATUS, "NOT_DISCUSSED"));
        assertThat(open()).filteredOn(item -> item.target().equals(justice)).singleElement()
                .satisfies(item -> assertThat(item.messageKey()).isEqualTo("intake.open.domainNoReason"));
        fixture.patch(justice, Map.of(DomainEntry.Field.REASON, "volgend gesprek"));
        assertThat(open()).noneMatch(item -> item.target().equals(justice));
    }

    @Test
    void theChildrenSupplementIsOnlyAskedWhenThereAreChildren() {
        UUID couple = fixture.family("Familie Zonderkind");
        fixture.member(couple, "Ineke", HouseholdRole.PARENT, "1-1-1970");
        fixture.intake().start(couple, DomainLists.defaultList(), "1-12-2026").join();
        assertThat(IntakeCheck.check(fixture.read(couple), TODAY))
                .filteredOn(item -> item.category() == OpenItem.Category.DOMAIN_OPEN).hasSize(13);
    }

    @Test
    void theGpRuleFollowsHealthConcernsAndAWaiverSettlesARule() {
        start();
        fixture.patch(IntakeService.domainRef(dossier, "geestelijke-gezondheid"), Map.of(DomainEntry.Field.CONCERNS, "somber"));
        assertThat(keys(open())).contains("intake.open.noGp");
        OpenItem school = open().stream().filter(item -> item.messageKey().equals("intake.open.noSchool")).findFirst().orElseThrow();
        assertThat(IntakeCheck.waiverKey(school)).isEqualTo(ProfessionalRules.schoolKey(nineYearOld));
        fixture.patch(new RecordRef(nl.keukentafel.model.RecordKind.INTAKE, IntakeService.intakeId(dossier), dossier),
                Map.of(Intake.Field.RULE_WAIVERS, Map.of(ProfessionalRules.schoolKey(nineYearOld), "thuisonderwijs",
                        ProfessionalRules.GP_KEY, "gezin wil geen huisarts betrekken")));
        List<OpenItem> items = open();
        assertThat(items).noneMatch(item -> item.messageKey().equals("intake.open.noGp"));
        assertThat(items).filteredOn(item -> item.messageKey().equals("intake.open.noSchool")).singleElement()
                .satisfies(item -> assertThat(item.arguments()).containsExactly("Sem"));
    }

    @Test
    void consentCountsOnlyWhenGivenForThatContactAndNotWithdrawn() throws Exception {
        UUID gp = fixture.contact(dossier, "Huisartsenpraktijk De Linde", Sector.GENERAL_PRACTICE, true);
        fixture.contact(dossier, "Oma Truus", Sector.FAMILY, false);
        RecordRef withoutConsent = fixture.intake().addConsent(dossier, ConsentBasis.WITHOUT_CONSENT).join();
        fixture.patch(withoutConsent, Map.of(Consent.Field.PARTNER_CONTACT_ID, gp.toString()));
        assertThat(keys(open())).containsOnlyOnce("intake.open.noConsent");
        RecordRef consent = fixture.intake().addConsent(dossier, ConsentBasis.CONSENT).join();
        fixture.patch(consent, Map.of(Consent.Field.PARTNER_CONTACT_ID, gp.toString()));
        assertThat(keys(open())).doesNotContain("intake.open.noConsent");
        fixture.patch(consent, Map.of(Consent.Field.WITHDRAWN_ON, "1-12-2026"));
        assertThat(keys(open())).contains("intake.open.noConsent");
    }

    @Test
    void wrongInputIsListedAndKeptAsTyped() {
        start();
        RecordRef finance = IntakeService.domainRef(dossier, "financien");
        fixture.patch(finance, Map.of(DomainEntry.Field.SCORE, 7));
        RecordRef consent = fixture.intake().addConsent(dossier, ConsentBasis.CONSENT).join();
        fixture.patch(consent, Map.of(Consent.Field.PARTNER_NAME, "Basisschool De Wilg", Consent.Field.VALID_FROM, "1-12-2026",
                Consent.Field.VALID_UNTIL, "1-6-2026", Consent.Field.GIVEN_BY, List.of(nineYearOld.toString(), teenager.toString()),
                Consent.Field.GIVEN_ON, "31-11-2026"));
        RecordRef early = fixture.intake().addAssessment(dossier, toddler, "1-1-2024").join();
        RecordRef late = fixture.intake().addAssessment(dossier, teenager, "1-1-2027").join();
        fixture.patch(late, Map.of(SafetyAssessment.Field.CONSULTED_ON, "gisteren"));

        List<OpenItem> problems = open().stream().filter(item -> item.category() == OpenItem.Category.INPUT_PROBLEM).toList();
        assertThat(problems).extracting(OpenItem::messageKey).containsExactly("intake.problem.score",
                "intake.problem.assessmentBeforeBirth", "intake.problem.assessmentInFuture", "intake.problem.assessmentDate",
                "intake.problem.consentDate", "intake.problem.consentPeriod", "intake.problem.consentChildUnder12",
                "intake.problem.consentChildWithoutParent");
        assertThat(problems.get(0).arguments()).containsExactly("Financiën", "7");
        assertThat(problems.get(0).target()).isEqualTo(finance);
        assertThat(problems.get(1).target()).isEqualTo(early);
        assertThat(problems.get(3).field()).isEqualTo(SafetyAssessment.Field.CONSULTED_ON);
        assertThat(problems.get(4).field()).isEqualTo(Consent.Field.GIVEN_ON);
        assertThat(problems.get(6).arguments()).containsExactly("Noor", "Basisschool De Wilg");
        assertThat(problems.get(7).arguments()).containsExactly("Sem", "Basisschool De Wilg");
        assertThat(fixture.read(dossier).domains()).filteredOn(entry -> entry.id().equals(finance.id())).singleElement()
                .satisfies(entry -> assertThat(entry.score()).isEqualTo(7));
    }
}
