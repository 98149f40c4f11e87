package nl.keukentafel.logic.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.DomainScope;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.VaultLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default list, a municipality's replacement checked whole, and old intakes keeping the list they began with. */
class DomainListsTest {
    static final String MUNICIPALITY = """
            {"id": "voorbeeldgemeente", "version": 2, "name": "Leefgebieden Voorbeeldgemeente",
             "levels": [{"score": 1, "label": "acuut"}, {"score": 2, "label": "niet zelfredzaam"},
                        {"score": 3, "label": "beperkt"}, {"score": 4, "label": "voldoende"}, {"score": 5, "label": "volledig"}],
             "domains": [{"code": "geld", "label": "Inkomen en schulden", "clientLabel": "Geld", "scope": "ADULT_AND_YOUTH"},
                         {"code": "wonen", "label": "Wonen", "clientLabel": "Uw huis", "scope": "ADULT_AND_YOUTH"},
                         {"code": "opvoeding", "label": "Opvoeding", "clientLabel": "Opvoeden", "scope": "HOUSEHOLD_WITH_CHILDREN"}]}
            """;

    @TempDir
    Path directory;
    private IntakeFixture fixture;

    @BeforeEach
    void open() throws Exception {
        fixture = new IntakeFixture(directory);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theDefaultIsZrm2017WithTheChildrenSupplement() {
        DomainList list = DomainLists.defaultList();
        assertThat(list.id()).isEqualTo("zrm-2017");
        assertThat(list.version()).isEqualTo(1);
        assertThat(list.levels()).extracting(DomainList.ScoreLevel::label).containsExactly("acute problematiek", "niet zelfredzaam",
                "beperkt zelfredzaam", "voldoende zelfredzaam", "volledig zelfredzaam");
        assertThat(list.domains().stream().filter(domain -> domain.scope() == DomainScope.ADULT_AND_YOUTH)).hasSize(13);
        assertThat(list.domains().stream().filter(domain -> domain.scope() == DomainScope.HOUSEHOLD_WITH_CHILDREN))
                .extracting(DomainList.DomainDefinition::label).containsExactly("Gezinsstructuur", "Lichamelijke verzorging",
                        "Emotionele ondersteuning", "Socialisering", "Opvang", "Scholing");
        assertThat(list.domains()).filteredOn(domain -> domain.code().equals("financien")).singleElement()
                .satisfies(domain -> assertThat(domain.clientLabel()).isEqualTo("Geldzaken"));
        assertThat(fixture.session().domainLists().active()).isEqualTo(list);
    }

    @Test
    void theSupplementAppliesOnlyWhenThereAreChildren() {
        UUID dossier = fixture.family("Familie Ploegmaker");
        fixture.member(dossier, "Ada", HouseholdRole.PARENT, "1-2-1980");
        List<Member> adults = fixture.read(dossier).dossier().members();
        assertThat(DomainLists.applicable(DomainLists.defaultList(), adults)).hasSize(13);
        fixture.member(dossier, "Bo", HouseholdRole.CHILD, "1-2-2020");
        List<Member> withChild = fixture.read(dossier).dossier().members();
        assertThat(DomainLists.applicable(DomainLists.defaultList(), withChild)).hasSize(19);
    }

    @Test
    void aWrongFileIsReportedWholeAndChangesNothing() {
        String wrong = """
                {"id": "", "version": 0, "name": "Kapot",
                 "levels": [{"score": 1, "label": "a"}, {"score": 2, "label": "b"}, {"score": 3, "label": "c"},
                            {"score": 3, "label": "d"}, {"score": 6, "label": "e"}],
                 "domains": [{"code": "geld", "label": "Geld", "clientLabel": "Geld", "scope": "ADULT_AND_YOUTH"},
                             {"code": "geld", "label": "", "clientLabel": "Geld", "scope": "IEDEREEN"},
                             {"code": " ", "label": "X", "clientLabel": "X", "scope": "ADULT_AND_YOUTH"}]}
                """;
        List<ImportProblem> problems = fixture.session().domainLists().replace(wrong);
        assertThat(problems).extracting(ImportProblem::messageKey).containsExactly("intake.domains.problem.id",
                "intake.domains.problem.version", "intake.domains.problem.levels", "intake.domains.problem.duplicateCode",
                "intake.domains.problem.label", "intake.domains.problem.scope", "intake.domains.problem.code");
        assertThat(problems.get(3).arguments()).containsExactly(2, "geld");
        assertThat(fixture.session().domainLists().active()).isEqualTo(DomainLists.defaultList());
        assertThat(fixture.session().domainLists().replace("{\"id\": \n [")).singleElement()
                .satisfies(problem -> assertThat(problem.messageKey()).isEqualTo("intake.domains.problem.notJson"));
    }

    @Test
    void replacingTheListKeepsOldIntakesAsTheyWere() throws Exception {
        DomainLists lists = fixture.session().domainLists();
        UUID before = fixture.family("Familie Voorop");
        fixture.member(before, "Cas", HouseholdRole.PARENT, "3-4-1979");
        fixture.intake().start(before, lists.active(), "1-12-2026").join();

        assertThat(lists.replace(MUNICIPALITY)).isEmpty();
        assertThat(lists.active().id()).isEqualTo("voorbeeldgemeente");

        UUID after = fixture.family("Familie Achterop");
        fixture.intake().start(after, lists.active(), "2-12-2026").join();

        IntakeState old = fixture.read(before);
        assertThat(old.intake().orElseThrow().domainList()).isEqualTo(DomainLists.defaultList());
        assertThat(old.domains()).extracting(DomainEntry::domainCode).hasSize(19).contains("financien", "scholing")
                .doesNotContain("geld");
        IntakeState fresh = fixture.read(after);
        assertThat(fresh.intake().orElseThrow().domainList().id()).isEqualTo("voorbeeldgemeente");
        assertThat(fresh.domains()).extracting(DomainEntry::domainCode).containsExactlyInAnyOrder("geld", "wonen", "opvoeding");
    }

    @Test
    void theReplacementIsEncryptedInTheVaultAndSurvivesLocking() throws Exception {
        fixture.session().domainLists().replace(MUNICIPALITY.replace("Inkomen en schulden", "Zwaluwgeldzaken"));
        fixture.close();
        byte[] database = Files.readAllBytes(directory.resolve(VaultLocation.DATABASE_FILE));
        assertThat(new String(database, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Zwaluwgeldzaken");
        try (var vault = TestVaults.unlock(new VaultLocation(directory))) {
            assertThat(new DomainLists(vault).active().domains().get(0).label()).isEqualTo("Zwaluwgeldzaken");
        }
        fixture = new IntakeFixture(directory.resolve("opnieuw"));
    }
}
