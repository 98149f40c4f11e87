package nl.keukentafel.logic.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.ConsentBasis;
import nl.keukentafel.model.intake.Conversation;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.intake.Sector;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.StoredRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Intake files on real vaults: a round trip into another vault, and a refused import that changes nothing at all. */
class IntakeFilesTest {
    private static final String NOTES = "Moeder vertelt over de schulden sinds de verhuizing; vader belt terug.";
    @TempDir
    Path directory;
    private IntakeFixture fixture;
    private IntakeFiles files;
    private UUID dossier;
    private UUID mother;
    private UUID child;
    private UUID school;

    @BeforeEach
    void typedIntake() throws Exception {
        fixture = new IntakeFixture(directory.resolve("a"));
        files = new IntakeFiles(fixture.session().vault(), fixture.intake());
        dossier = fixture.family("Familie Hoefslag");
        mother = fixture.member(dossier, "Marijke", HouseholdRole.PARENT, "7-7-1984");
        child = fixture.member(dossier, "Tijn", HouseholdRole.CHILD, "1-9-2016");
        school = fixture.contact(dossier, "Basisschool De Wilg", Sector.SCHOOL, true, child);
        fixture.intake().start(dossier, DomainLists.defaultList(), "1-12-2026").join();
        fixture.patch(intakeRef(), Map.of(Intake.Field.NOTES, NOTES));
        fixture.patch(IntakeService.memberLineRef(dossier, mother), Map.of(IntakeMember.Field.SPOKEN, "SPOKEN",
                IntakeMember.Field.REQUEST_FOR_HELP, "Rust in huis"));
        fixture.patch(IntakeService.domainRef(dossier, "financien"), Map.of(DomainEntry.Field.STATUS, "DISCUSSED",
                DomainEntry.Field.CONCERNS, "Achterstand huur", DomainEntry.Field.SCORE, 2));
        RecordRef conversation = fixture.intake().addConversation(dossier, 1, "1-12-2026").join();
        fixture.patch(conversation, Map.of(Conversation.Field.PRESENT_MEMBERS, List.of(mother.toString())));
        RecordRef assessment = fixture.intake().addAssessment(dossier, child, "1-12-2026").join();
        fixture.patch(assessment, Map.of(SafetyAssessment.Field.CURRENT_SAFETY, "SAFE", SafetyAssessment.Field.SIGNALS, "geen"));
        RecordRef consent = fixture.intake().addConsent(dossier, ConsentBasis.CONSENT).join();
        fixture.patch(consent, Map.of(Consent.Field.PARTNER_CONTACT_ID, school.toString(), Consent.Field.GIVEN_BY,
                List.of(mother.toString()), Consent.Field.VALID_FROM, "1-12-2026", Consent.Field.VALID_UNTIL, "1-12-2027"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private RecordRef intakeRef() {
        return new RecordRef(RecordKind.INTAKE, IntakeService.intakeId(dossier), dossier);
    }

    @Test
    void anIntakeNotStartedHasNoFile() {
        UUID other = fixture.family("Familie Nogniet");
        assertThat(files.export(other)).isEmpty();
    }

    @Test
    void exportedIntakeImportsIntoTheSameDossierInAnotherVault() throws Exception {
        String file = files.export(dossier).orElseThrow();
        IntakeState original = fixture.read(dossier);
        try (IntakeFixture other = new IntakeFixture(directory.resolve("b"))) {
            copyDossier(other);
            IntakeFiles otherFiles = new IntakeFiles(other.session().vault(), other.intake());
            assertThat(otherFiles.importInto(dossier, file)).isEmpty();
            IntakeState copy = other.read(dossier);
            assertThat(copy.intake()).isEqualTo(original.intake());
            assertThat(copy.members()).containsExactlyInAnyOrderElementsOf(original.members());
            assertThat(copy.domains()).containsExactlyInAnyOrderElementsOf(original.domains());
            assertThat(copy.conversations()).isEqualTo(original.conversations());
            assertThat(copy.assessments()).isEqualTo(original.assessments());
            assertThat(copy.consents()).isEqualTo(original.consents());
            assertThat(IntakeCheck.check(copy, java.time.LocalDate.of(2026, 12, 1)))
                    .isEqualTo(IntakeCheck.check(original, java.time.LocalDate.of(2026, 12, 1)));

            assertThat(otherFiles.importInto(dossier, file)).isEmpty();
            assertThat(other.read(dossier).assessments()).hasSize(1);
        }
    }

    private void copyDossier(IntakeFixture other) {
        for (StoredRecord stored : fixture.session().vault().records().dossierRecords(dossier)) {
            if (List.of(RecordKind.FAMILY, RecordKind.MEMBER, RecordKind.CONTACT).contains(stored.ref().kind())) {
                Map<String, Object> fields = RecordMapper.json().convertValue(stored.body(),
                        new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
                other.session().vault().records().createIfAbsent(stored.ref(), fields).join();
            }
        }
    }

    @Test
    void aFileWithAnyProblemIsRefusedWholeAndNothingTypedChanges() throws Exception {
        ObjectNode file = RecordMapper.parse(files.export(dossier).orElseThrow());
        for (var domain : file.withArray("domains")) {
            ObjectNode entry = (ObjectNode) domain;
            if (entry.path("domainCode").asText().equals("financien")) {
                entry.put("score", 7).put("notes", "uit het bestand");
            }
        }
        ((ObjectNode) file.withArray("consents").get(0)).put("validUntil", "30-11-2026");
        ((ObjectNode) file.withArray("assessments").get(0)).put("assessedOn", "1-1-2015");
        ObjectNode extra = file.withArray("assessments").addObject();
        extra.put("id", UUID.randomUUID().toString()).put("childId", UUID.randomUUID().toString()).put("assessedOn", "31-2-2026");
        ((ObjectNode) file.get("members")).putObject(UUID.randomUUID().toString()).put("spoken", "SPOKEN");
        ((ObjectNode) file.get("intake")).put("notes", "overschreven");
        String before = snapshot();
        int auditBefore = fixture.session().dossiers().auditTrail(dossier).size();

        List<ImportProblem> problems = files.importInto(dossier, file.toString());

        Localization dutch = new Localization(Localization.DUTCH);
        assertThat(problems).extracting(problem -> problem.text(dutch)).contains(
                "Leefgebied Financiën: score 7 ligt buiten 1–5.",
                "Toestemming 1: de einddatum ligt vóór de begindatum.",
                "Veiligheidstaxatie 1: de taxatie is gedateerd vóór de geboortedatum van het kind.",
                "Veiligheidstaxatie 2: \"Datum taxatie\" is geen datum. Gebruik dd-mm-jjjj.",
                "Veiligheidstaxatie 2: noemt een gezinslid dat niet in dit dossier staat.");
        assertThat(problems).extracting(ImportProblem::messageKey).contains("intake.file.problem.unknownMember");
        assertThat(problems.stream().map(problem -> problem.text(dutch))).noneMatch(text -> text.contains("Marijke")
                || text.contains("Tijn") || text.contains("huur"));
        fixture.session().vault().database().flush();
        assertThat(snapshot()).isEqualTo(before);
        assertThat(fixture.read(dossier).intake().orElseThrow().notes()).isEqualTo(NOTES);
        assertThat(fixture.session().dossiers().auditTrail(dossier)).hasSize(auditBefore);
    }

    @Test
    void anIntakeAlreadyStartedKeepsItsDomainList() {
        ObjectNode file = RecordMapper.parse(files.export(dossier).orElseThrow());
        ((ObjectNode) file.get("intake")).set("domainList", RecordMapper.json().valueToTree(Map.of("id", "x")));
        ArrayNode domains = file.withArray("domains");
        domains.addObject().put("domainCode", "opvoeding").put("notes", "n");
        List<ImportProblem> problems = files.importInto(dossier, file.toString());
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("intake.file.problem.unknownDomain");
            assertThat(problem.text(new Localization(Localization.ENGLISH)))
                    .isEqualTo("Life domain opvoeding: this life domain is not in the list of this intake.");
        });
        domains.remove(domains.size() - 1);
        ((ObjectNode) file.get("intake")).put("notes", "aangevuld");
        assertThat(files.importInto(dossier, file.toString())).isEmpty();
        Intake read = fixture.read(dossier).intake().orElseThrow();
        assertThat(read.notes()).isEqualTo("aangevuld");
        assertThat(read.domainList()).isEqualTo(DomainLists.defaultList());
    }

    @Test
    void notAnIntakeFile() {
        assertThat(files.importInto(dossier, "{\"format\": \"iets anders\"}")).extracting(ImportProblem::messageKey)
                .containsExactly("intake.file.problem.notIntakeFile");
        assertThat(files.importInto(dossier, "{ kapot")).extracting(ImportProblem::messageKey)
                .containsExactly("intake.domains.problem.notJson");
        assertThat(fixture.read(dossier).dossier().members()).extracting(Member::id).contains(mother);
    }

    /** Every live record's id, version, local revision and body, in the vault's order. */
    private String snapshot() {
        StringBuilder all = new StringBuilder();
        for (StoredRecord stored : fixture.session().vault().records().dossierRecords(dossier)) {
            all.append(stored.ref()).append(' ').append(stored.version()).append(' ').append(stored.localRev()).append(' ')
                    .append(stored.body()).append('\n');
        }
        return all.toString();
    }
}
