package nl.keukentafel.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.intake.DomainStatus;
import nl.keukentafel.model.intake.Intake;
import org.junit.jupiter.api.Test;

/** Bad or odd dossiers are checked by every rule without an exception and with sensible findings. */
class OddDossiersTest {
    private final CheckEngine engine = CheckEngine.standard();

    @Test
    void noMembersNoIntakeNoPlanGivesTheFirstStepsAndNothingJudgedThatCannotBe() {
        FactsBuilder facts = new FactsBuilder();
        CheckReport report = engine.run(facts.build(), List.of());

        assertThat(report.open()).extracting(Finding::key).containsExactly("T1:no-members");
        assertThat(report.result(Criterion.T2).verdict()).isEqualTo(Verdict.NOT_YET_APPLICABLE);
        assertThat(report.result(Criterion.T6).verdict()).isEqualTo(Verdict.NOT_YET_APPLICABLE);
        assertThat(report.result(Criterion.T7).verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void aPlanWithoutGoalsDatesInTheFutureAndUnreadableDatesAreFindingsNotExceptions() {
        FactsBuilder facts = new FactsBuilder();
        UUID unborn = facts.member("Baby", HouseholdRole.CHILD, "01-05-2027");
        UUID parent = facts.member("", HouseholdRole.PARENT, "");
        facts.intake("", "").conversation(1, "31-02-2026").conversation(2, "01-01-2030");
        facts.domain("financien", DomainStatus.DISCUSSED, 9, "Schulden");
        UUID assessment = facts.assessment(unborn, "gisteren");
        facts.plan("");
        facts.version("");

        CheckReport report = engine.run(facts.build(), List.of());

        assertThat(report.open()).extracting(Finding::key).contains("INPUT:" + unborn + ":birthDate:DATE_IN_FUTURE",
                "INPUT:" + assessment + ":assessedOn:assessmentDate", "T6:fgp-not-offered", "T6:not-agreed-with:" + parent);
        assertThat(report.open()).extracting(Finding::criterion).contains(Criterion.T4, Criterion.INPUT);
        assertThat(report.result(Criterion.T6).open()).extracting(Finding::arguments).contains(List.of("Visser", ""));
    }

    @Test
    void anIntakeWithoutADomainListAndAnUnknownMemberInAnAssessmentAreChecked() {
        FactsBuilder facts = new FactsBuilder();
        facts.member("Anna", HouseholdRole.PARENT, "03-04-1988");
        DossierFacts built = facts.build();
        Dossier dossier = built.dossier();
        Intake listless = new Intake(IntakeService.intakeId(facts.dossierId), facts.dossierId, null, null, null, null, null, null, null);
        IntakeState intake = new IntakeState(dossier, Optional.of(listless), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
        PlanState plan = built.plan();

        CheckReport report = engine.run(new DossierFacts(intake, plan, FactsBuilder.TODAY, CheckSettings.DEFAULTS), List.of());

        assertThat(report.result(Criterion.T2).verdict()).isEqualTo(Verdict.MET);
        assertThat(report.open()).extracting(Finding::key).contains("T4:self-reliance-missing");
    }

    @Test
    void aFamilyWithNothingTypedButItsIdIsChecked() {
        FactsBuilder facts = new FactsBuilder();
        facts.family(new Family(facts.dossierId, null, null, null, null, null, null, null, null, null, null, false));

        CheckReport report = engine.run(facts.build(), List.of());

        assertThat(report.open()).extracting(Finding::key).containsExactly("T1:no-members", "T7:no-regisseur");
    }
}
