package nl.keukentafel.logic.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.plan.Evaluation;
import org.junit.jupiter.api.Test;

/** At an evaluation every domain of the intake's list shows the household's intake score beside the score now. */
class DomainScoresTest {
    @Test
    void intakeScoreBesideTheScoreNowPerDomain() {
        IntakeState started = PlanChecksTest.intakeWith("financien", "gezondheid");
        DomainEntry household = new DomainEntry(Bakker.id(610), Bakker.DOSSIER, Bakker.id(600), "financien", List.of(), null, null, null,
                null, null, 2);
        DomainEntry forAnna = new DomainEntry(Bakker.id(611), Bakker.DOSSIER, Bakker.id(600), "gezondheid", List.of(Bakker.ANNA.id()),
                null, null, null, null, null, 4);
        IntakeState intake = new IntakeState(started.dossier(), started.intake(), List.of(), List.of(), List.of(forAnna, household),
                List.of(), List.of(), List.of());
        Evaluation evaluation = new Evaluation(Bakker.id(700), Bakker.DOSSIER, "20-11-2026", List.of(), List.of(), Map.of("financien", 3),
                null);

        assertThat(DomainScores.beside(intake, evaluation)).containsExactly(
                new DomainScores.Row("financien", "Domein financien", 2, 3),
                new DomainScores.Row("gezondheid", "Domein gezondheid", null, null));
    }
}
