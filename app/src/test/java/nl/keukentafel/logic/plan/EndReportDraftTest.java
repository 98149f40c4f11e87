package nl.keukentafel.logic.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.RiskLevel;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.intake.SafetyJudgement;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.ClosureReason;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalResult;
import nl.keukentafel.model.plan.GoalReview;
import nl.keukentafel.model.plan.GoalStatus;
import nl.keukentafel.model.plan.ScaleDirection;
import nl.keukentafel.model.plan.ScaleTarget;
import nl.keukentafel.model.plan.Scaling;
import org.junit.jupiter.api.Test;

/** The end report draft holds what the dossier recorded: request, process, goals with results, safety start and end, scaling. */
class EndReportDraftTest {
    @Test
    void draftsEverySectionFromTheDossier() {
        Goal school = new Goal(Bakker.id(201), Bakker.DOSSIER, 1, "Daan gaat weer elke dag naar school", List.of(), List.of(), null, null,
                "01-03-2027", GoalStatus.ACHIEVED, null);
        Evaluation evaluation = new Evaluation(Bakker.id(700), Bakker.DOSSIER, "15-01-2027", List.of(),
                List.of(new GoalReview(school.id(), GoalResult.ACHIEVED, "Vijf weken geen verzuim", null)), Map.of(), null);
        Scaling scaling = new Scaling(Bakker.id(750), Bakker.DOSSIER, ScaleDirection.UP, ScaleTarget.VEILIG_THUIS, null, "10-12-2026",
                "Zorgen over Tim", "Advies, geen melding");
        Closure closure = new Closure(Bakker.id(900), Bakker.DOSSIER, false, null, ClosureReason.FOLLOW_UP_ARRANGED, "Schuldhulp Zeeland",
                null, null, null, List.of(), null, null, null);
        PlanState plan = new PlanState(Bakker.dossier(), Optional.of(Bakker.plan()), List.of(school), List.of(), List.of(), List.of(),
                List.of(), List.of(evaluation), List.of(), List.of(scaling), List.of(), Optional.of(closure), List.of());
        SafetyAssessment start = new SafetyAssessment(Bakker.id(801), Bakker.DOSSIER, Bakker.TIM.id(), "05-11-2026", null, null, null,
                null, SafetyJudgement.CONDITIONALLY_SAFE, null, RiskLevel.MODERATE, null, null, null, null, null);
        SafetyAssessment end = new SafetyAssessment(Bakker.id(802), Bakker.DOSSIER, Bakker.TIM.id(), "15-01-2027", null, null, null,
                null, SafetyJudgement.SAFE, null, RiskLevel.LOW, null, null, null, null, evaluation.id());
        IntakeMember anna = new IntakeMember(Bakker.id(601), Bakker.DOSSIER, Bakker.id(600), Bakker.ANNA.id(), null, null, null,
                "Rust in huis en overzicht over geld");
        IntakeState intake = new IntakeState(Bakker.dossier(), PlanChecksTest.intakeWith("financien").intake(), List.of(), List.of(anna),
                List.of(), List.of(end, start), List.of(), List.of());

        String report = EndReportDraft.draft(plan, intake, new Localization(Localization.DUTCH));

        assertThat(report).contains("Eindverslag Gezin Bakker", "Anna Bakker: Rust in huis en overzicht over geld",
                "Evaluatie op 15-01-2027", "1. Daan gaat weer elke dag naar school (Behaald)", "Vijf weken geen verzuim",
                "Tim de Vries: begin 05-11-2026, Voorwaardelijk veilig, risico Matig; einde 15-01-2027, Veilig, risico Laag",
                "Daan de Vries: geen veiligheidstaxatie vastgelegd", "Opgeschaald naar Veilig Thuis op 10-12-2026",
                "Vervolghulp bij: Schuldhulp Zeeland");
        assertThat(report).doesNotContain("!plan.");
    }
}
