package nl.keukentafel.logic.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.Party;
import nl.keukentafel.model.plan.PartyRole;
import nl.keukentafel.model.plan.PlanIds;
import nl.keukentafel.model.plan.PlanVersion;
import nl.keukentafel.model.plan.Vote;
import nl.keukentafel.store.ReadOnlyRecordException;
import nl.keukentafel.store.StoredRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan's use cases on a real encrypted vault: start, goals in order, agreeing freezes, closing locks the dossier. */
class PlanServiceTest {
    @TempDir
    Path directory;

    @Test
    void startingTwiceGivesOnePlanAndGoalsKeepTheirPriorityWhenMoved() throws Exception {
        try (PlanFixture fixture = new PlanFixture(directory)) {
            UUID dossier = fixture.family("Gezin Bakker");
            PlanService plan = fixture.plan();
            assertThat(plan.start(dossier).join()).isTrue();
            assertThat(plan.start(dossier).join()).isFalse();
            UUID first = plan.addGoal(dossier, "Daan gaat weer elke dag naar school").join().id();
            UUID second = plan.addGoal(dossier, "Moeder heeft overzicht over de schulden").join().id();
            UUID third = plan.addGoal(dossier, "Sanne slaapt weer in haar eigen bed").join().id();

            plan.moveGoal(dossier, third, -1).join();

            assertThat(plan.read(dossier).goals()).extracting(Goal::id).containsExactly(first, third, second);
            assertThat(plan.moveGoal(dossier, first, -1).join()).isZero();
        }
    }

    @Test
    void anAgreedVersionIsKeptAsAgreedAndRefusesEveryChange() throws Exception {
        try (PlanFixture fixture = new PlanFixture(directory)) {
            UUID dossier = fixture.family("Gezin Bakker");
            UUID mother = fixture.member(dossier, "Anna", HouseholdRole.PARENT, "03-04-1988");
            PlanService plan = fixture.plan();
            plan.start(dossier).join();
            RecordRef goal = plan.addGoal(dossier, "Daan gaat weer elke dag naar school").join();
            RecordRef version = plan.agree(dossier, "01-12-2026",
                    List.of(new Party(mother, "Anna", PartyRole.PARENT, Vote.AGREED, "")), 6).join();
            String agreedBody = fixture.session().vault().records().find(version.id()).map(StoredRecord::body).orElseThrow().toString();

            plan.edit(goal, Goal.Field.TEXT, "Daan gaat vier dagen per week naar school");
            PlanState state = plan.read(dossier);

            assertThat(state.goals().get(0).text()).isEqualTo("Daan gaat vier dagen per week naar school");
            assertThat(state.versions()).hasSize(1);
            assertThat(state.versions().get(0).snapshot().goals().get(0).text()).isEqualTo("Daan gaat weer elke dag naar school");
            assertThat(state.plan().orElseThrow().nextEvaluationOn()).isEqualTo("12-01-2027");
            assertThatThrownBy(() -> fixture.session().vault().records()
                    .patch(version, Map.of(PlanVersion.Field.AGREED_ON, "02-12-2026")).join())
                    .satisfies(failure -> assertThat(ReadOnlyRecordException.in(failure)).isPresent());
            assertThatThrownBy(() -> fixture.session().vault().records().delete(version).join())
                    .satisfies(failure -> assertThat(ReadOnlyRecordException.in(failure)).isPresent());
            assertThat(fixture.session().vault().records().find(version.id()).map(StoredRecord::body).orElseThrow().toString())
                    .isEqualTo(agreedBody);
        }
    }

    @Test
    void aClosedDossierRefusesEditsButItsClosureCanReopenIt() throws Exception {
        try (PlanFixture fixture = new PlanFixture(directory)) {
            UUID dossier = fixture.family("Gezin Bakker");
            PlanService plan = fixture.plan();
            plan.start(dossier).join();
            RecordRef goal = plan.addGoal(dossier, "Daan gaat weer elke dag naar school").join();
            RecordRef closure = plan.prepareClosure(dossier).join();
            fixture.session().vault().records().patch(closure, Map.of(Closure.Field.CLOSED, true)).join();

            assertThatThrownBy(() -> fixture.session().vault().records().patch(goal, Map.of(Goal.Field.TEXT, "anders")).join())
                    .satisfies(failure -> assertThat(ReadOnlyRecordException.in(failure).orElseThrow().reason())
                            .isEqualTo(ReadOnlyRecordException.Reason.DOSSIER_CLOSED));
            assertThatThrownBy(() -> plan.addGoal(dossier, "nieuw").join())
                    .satisfies(failure -> assertThat(ReadOnlyRecordException.in(failure)).isPresent());
            // typing into a closed dossier is refused for good, and does not block later flushes
            plan.edit(goal, Goal.Field.TEXT, "anders");
            assertThat(plan.read(dossier).goals()).extracting(Goal::text).containsExactly("Daan gaat weer elke dag naar school");
            assertThat(plan.read(dossier).closed()).isTrue();

            fixture.session().vault().records().patch(closure, Map.of(Closure.Field.CLOSED, false,
                    Closure.Field.REOPEN_REASON, "Nieuwe zorgen op school")).join();
            plan.edit(goal, Goal.Field.TEXT, "anders");
            assertThat(plan.read(dossier).goals()).extracting(Goal::text).containsExactly("anders");
            assertThat(PlanIds.closure(dossier).kind()).isEqualTo(RecordKind.CLOSURE);
        }
    }

    @Test
    void theNextEvaluationIsPlannedOrMovedAheadAndABadDateChangesNothing() throws Exception {
        try (PlanFixture fixture = new PlanFixture(directory)) {
            UUID dossier = fixture.family("Gezin Bakker");
            PlanService plan = fixture.plan();
            assertThatThrownBy(() -> plan.planNextEvaluation(dossier, "15-01-2099").join())
                    .satisfies(failure -> assertThat(PlanRefusal.in(failure).orElseThrow().problems().get(0).messageKey())
                            .isEqualTo("plan.refusal.noPlan"));
            plan.start(dossier).join();
            String ahead = FieldCheck.write(plan.today().plusWeeks(3));

            assertThat(plan.planNextEvaluation(dossier, " " + ahead + " ").join()).isTrue();
            assertThat(plan.read(dossier).plan().orElseThrow().nextEvaluationOn()).isEqualTo(ahead);
            assertThat(plan.planNextEvaluation(dossier, FieldCheck.write(plan.today())).join()).as("today may be planned").isTrue();
            plan.planNextEvaluation(dossier, ahead).join();

            for (String bad : List.of("31-02-2027", "volgende week", FieldCheck.write(plan.today().minusDays(1)))) {
                assertThatThrownBy(() -> plan.planNextEvaluation(dossier, bad).join()).as(bad)
                        .satisfies(failure -> assertThat(PlanRefusal.in(failure)).isPresent());
            }
            assertThatThrownBy(() -> plan.planNextEvaluation(dossier, FieldCheck.write(plan.today().minusDays(1))).join())
                    .satisfies(failure -> assertThat(PlanRefusal.in(failure).orElseThrow().problems().get(0).messageKey())
                            .isEqualTo("plan.refusal.nextEvaluationPast"));
            assertThat(plan.read(dossier).plan().orElseThrow().nextEvaluationOn()).as("unchanged by the refusals").isEqualTo(ahead);

            RecordRef closure = plan.prepareClosure(dossier).join();
            fixture.session().vault().records().patch(closure, Map.of(Closure.Field.CLOSED, true)).join();
            assertThatThrownBy(() -> plan.planNextEvaluation(dossier, ahead).join())
                    .satisfies(failure -> assertThat(PlanRefusal.in(failure).orElseThrow().problems().get(0).messageKey())
                            .isEqualTo("plan.refusal.closed"));
        }
    }
}
