package nl.keukentafel.logic.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.intake.DomainEntry;
import org.junit.jupiter.api.Test;

/** The Werkplan tab shows the intake's self-reliance summary: strengths, help needed, and only the scored domains. */
class SelfRelianceSummaryTest {
    @Test
    void takesTheTextsAndTheScoredDomainsFromTheIntake() {
        IntakeState started = PlanChecksTest.intakeWith("financien", "gezondheid");
        DomainEntry scored = new DomainEntry(Bakker.id(610), Bakker.DOSSIER, Bakker.id(600), "financien", List.of(Bakker.ANNA.id()),
                null, null, null, null, null, 3);
        DomainEntry unscored = new DomainEntry(Bakker.id(611), Bakker.DOSSIER, Bakker.id(600), "gezondheid", List.of(), null, null,
                null, null, null, null);
        IntakeState intake = new IntakeState(started.dossier(), started.intake(), List.of(), List.of(), List.of(unscored, scored),
                List.of(), List.of(), List.of());

        SelfRelianceSummary summary = SelfRelianceSummary.of(intake);

        assertThat(summary.familyCan()).isEqualTo("Anna kookt");
        assertThat(summary.networkCan()).isEqualTo("Oma past op");
        assertThat(summary.helpNeeded()).isEqualTo("Schulden");
        assertThat(summary.domains()).containsExactly(new SelfRelianceSummary.ScoredDomain("financien", "Domein financien",
                List.of(Bakker.ANNA.id()), 3, "beperkt zelfredzaam"));
    }

    @Test
    void anIntakeNotStartedGivesAnEmptySummary() {
        IntakeState none = new IntakeState(Bakker.dossier(), Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());

        assertThat(SelfRelianceSummary.of(none).domains()).isEmpty();
        assertThat(SelfRelianceSummary.of(none).familyCan()).isEmpty();
    }
}
