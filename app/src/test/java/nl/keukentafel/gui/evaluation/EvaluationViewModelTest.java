package nl.keukentafel.gui.evaluation;

import nl.keukentafel.model.FieldCheck;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.logic.plan.Parties;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.plan.ClosureReason;
import nl.keukentafel.model.plan.Presence;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Evaluatie tab's view model on a real vault, without a window: refusals shown, nothing written; lines autosaved. */
class EvaluationViewModelTest {
    private static final String PASSPHRASE = "appel peer banaan kiwi";
    private final Localization dutch = new Localization(Localization.DUTCH);
    private final LocalDate today = LocalDate.now();

    @TempDir
    Path directory;
    private SessionManager sessions;
    private Session session;
    private UUID dossier;
    private UUID school;
    private EvaluationViewModel model;

    @BeforeEach
    void familyWithAgreedPlan() throws Exception {
        sessions = new SessionManager(new VaultLocation(directory), Clock.systemDefaultZone(), KdfParams.FAST_FOR_TESTS);
        session = sessions.create(PASSPHRASE.toCharArray(), PASSPHRASE.toCharArray(), "Test Consulent");
        dossier = session.caseload().createFamily("Familie Bakker").join();
        member("Ineke", HouseholdRole.PARENT, today.minusYears(35));
        member("Tim", HouseholdRole.CHILD, today.minusYears(10));
        school = session.vault().records().create(RecordKind.CONTACT, dossier, Map.of(Contact.Field.NAME, "OBS De Linde",
                Contact.Field.PROFESSIONAL, true)).join().id();
        session.plan().start(dossier).join();
        session.plan().addGoal(dossier, "Tim gaat elke dag naar school").join();
        session.plan().agree(dossier, FieldCheck.write(today.minusWeeks(6)),
                Parties.expected(session.plan().read(dossier), today.minusWeeks(6)), 6).join();
        model = new EvaluationViewModel(session.plan(), session.intake(), dossier, new CurrentThreadTaskExecutor(),
                Clock.systemDefaultZone(), () -> 6, dutch);
        model.load();
    }

    @AfterEach
    void lock() {
        sessions.lock();
    }

    private void member(String name, HouseholdRole role, LocalDate born) {
        session.vault().records().create(RecordKind.MEMBER, dossier, Map.of(Member.Field.GIVEN_NAME, name,
                Member.Field.ROLE, role.name(), Member.Field.BIRTH_DATE, FieldCheck.write(born))).join();
    }

    private String message() {
        return model.messageProperty().get() == null ? "" : model.messageProperty().get().in(dutch);
    }

    @Test
    void anEvaluationTooFarAheadIsRefusedAndNothingIsWritten() {
        model.newEvaluationOnProperty().set(FieldCheck.write(today.plusDays(3)));
        model.startEvaluation();
        assertThat(message()).contains("meer dan een dag in de toekomst");
        assertThat(session.plan().read(dossier).evaluations()).isEmpty();

        model.newEvaluationOnProperty().set(FieldCheck.write(today.plusDays(1)));
        model.startEvaluation();
        assertThat(model.shownProperty().get().evaluations()).hasSize(1);
        assertThat(session.plan().read(dossier).plan().orElseThrow().nextEvaluationOn())
                .as("the next one planned with the Settings interval").isEqualTo(FieldCheck.write(today.plusDays(1).plusWeeks(6)));
    }

    @Test
    void anAbsenceWithoutReasonOrReferrerToldIsMarkedUntilBothAreThere() {
        model.startEvaluation();
        EvaluationItemModel evaluation = model.shownProperty().get().evaluations().getFirst();
        assertThat(evaluation.attendance()).extracting(AttendanceLine::shownName).contains("Ineke", "OBS De Linde");
        assertThat(evaluation.safety()).singleElement().satisfies(child -> assertThat(child.now()).isPresent());
        AttendanceLine school = evaluation.attendance().stream().filter(line -> line.shownName().equals("OBS De Linde"))
                .findFirst().orElseThrow();
        school.presence().valueProperty().set(Presence.DECLINED);
        assertThat(school.incompleteProperty().get()).isTrue();
        school.reason().textProperty().set("Geen tijd");
        school.referrerTold().valueProperty().set(Boolean.TRUE);
        assertThat(school.incompleteProperty().get()).isFalse();
        assertThat(session.plan().read(dossier).evaluations().getFirst().attendance())
                .filteredOn(line -> this.school.equals(line.personId())).singleElement()
                .satisfies(line -> assertThat(line.reason()).isEqualTo("Geen tijd"));
    }

    @Test
    void scoresNowStandBesideTheIntakesOnlyWhereTheIntakeScored() {
        var domains = session.domainLists().active();
        session.intake().start(dossier, domains, FieldCheck.write(today.minusWeeks(8))).join();
        String scored = domains.domains().get(0).code();
        var entry = nl.keukentafel.logic.intake.IntakeService.domainRef(dossier, scored);
        session.vault().records().patch(entry, Map.of(nl.keukentafel.model.intake.DomainEntry.Field.SCORE, 2)).join();
        model.startEvaluation();
        EvaluationItemModel evaluation = model.shownProperty().get().evaluations().getFirst();
        assertThat(evaluation.scores()).singleElement().satisfies(line -> {
            assertThat(line.code()).isEqualTo(scored);
            assertThat(line.atIntake()).isEqualTo("2");
        });
        evaluation.scores().getFirst().now().valueProperty().set(4);
        assertThat(session.plan().read(dossier).evaluations().getFirst().scores()).containsEntry(scored, 4);
    }

    @Test
    void closingNamesTheUninformedPartnerThenClosesAndReopensWithAReason() {
        ClosureModel closure = model.shownProperty().get().closure().orElseThrow();
        closure.reason().valueProperty().set(ClosureReason.GOALS_MET);
        model.close();
        assertThat(message()).contains("OBS De Linde");
        assertThat(session.plan().read(dossier).closed()).isFalse();

        model.draftEndReport();
        assertThat(closure.endReport().text()).isNotBlank();
        model.draftEndReport();
        assertThat(message()).contains("al tekst");

        closure.notices().getFirst().informedOn().textProperty().set(FieldCheck.write(today));
        model.close();
        assertThat(model.shownProperty().get().plan().closed()).isTrue();

        model.reopen();
        assertThat(message()).contains("reden");
        model.reopenReasonProperty().set("Tim spijbelt weer");
        model.reopen();
        assertThat(model.shownProperty().get().plan().closed()).isFalse();
        assertThat(model.reopenReasonProperty().get()).isEmpty();
    }
}
