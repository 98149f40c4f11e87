package nl.keukentafel.logic.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.intake.ImportProblem;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.plan.Attendance;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.ClosureReason;
import nl.keukentafel.model.plan.ContactWay;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalDecision;
import nl.keukentafel.model.plan.GoalResult;
import nl.keukentafel.model.plan.GoalReview;
import nl.keukentafel.model.plan.GoalStatus;
import nl.keukentafel.model.plan.PartnerNotice;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;
import nl.keukentafel.model.plan.Presence;
import nl.keukentafel.store.StoredRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The werkplan's life on a real encrypted vault with the domain story's family: evaluating (one transaction, safety
 * per child), adjusting into version 2 while version 1 stays byte for byte, closing only with every partner marked,
 * reopening with a reason.
 */
class PlanLifecycleTest {
    @TempDir
    Path directory;

    /** Anna with Daan (14), Sanne (11) and Tim (9), father elsewhere, school, JGZ, huisarts and a referrer. */
    private record Family(UUID dossier, UUID anna, UUID daan, UUID sanne, UUID tim, UUID school, UUID jgz, UUID huisarts,
                          UUID referrer) {
    }

    private static Family bakker(PlanFixture fixture) {
        UUID dossier = fixture.family("Gezin Bakker");
        String today = FieldCheck.write(fixture.plan().today());
        UUID anna = fixture.member(dossier, "Anna", HouseholdRole.PARENT, "14-03-1986");
        fixture.member(dossier, "Mark", HouseholdRole.PARENT, "02-07-1984");
        UUID daan = fixture.member(dossier, "Daan", HouseholdRole.CHILD, FieldCheck.write(fixture.plan().today().minusYears(14)));
        UUID sanne = fixture.member(dossier, "Sanne", HouseholdRole.CHILD, FieldCheck.write(fixture.plan().today().minusYears(11)));
        UUID tim = fixture.member(dossier, "Tim", HouseholdRole.CHILD, FieldCheck.write(fixture.plan().today().minusYears(9)));
        UUID school = fixture.contact(dossier, "Meester Jansen", true);
        UUID jgz = fixture.contact(dossier, "Fatma Yilmaz", true);
        UUID huisarts = fixture.contact(dossier, "Dokter Smit", true);
        UUID referrer = fixture.contact(dossier, "Ellen Visser", false);
        fixture.contact(dossier, "Riet Bakker", false);
        fixture.plan().start(dossier).join();
        fixture.session().vault().records().patch(PlanIds.plan(dossier), Map.of(Plan.Field.REFERRER_CONTACT_ID, referrer,
                Plan.Field.STARTED_ON, today)).join();
        return new Family(dossier, anna, daan, sanne, tim, school, jgz, huisarts, referrer);
    }

    @Test
    void anEvaluationIsOneTransactionWithASafetyAssessmentPerChild() throws Exception {
        try (PlanFixture fixture = new PlanFixture(directory)) {
            Family family = bakker(fixture);
            PlanService plan = fixture.plan();
            UUID school = plan.addGoal(family.dossier(), "Daan gaat weer elke dag naar school").join().id();
            RecordRef stopped = plan.addGoal(family.dossier(), "Tim slaapt in zijn eigen bed").join();
            fixture.session().vault().records().patch(stopped, Map.of(Goal.Field.STATUS, GoalStatus.STOPPED.name())).join();
            String heldOn = FieldCheck.write(plan.today());

            RecordRef evaluation = plan.startEvaluation(family.dossier(), heldOn, 6).join();

            PlanState state = plan.read(family.dossier());
            Evaluation made = state.evaluations().get(0);
            assertThat(made.id()).isEqualTo(evaluation.id());
            assertThat(made.attendance()).hasSize(10).extracting(Attendance::presence).containsOnlyNulls();
            assertThat(made.reviews()).extracting(GoalReview::goalId).containsExactly(school);
            IntakeState intake = fixture.session().intake().read(family.dossier());
            assertThat(intake.assessments()).extracting(SafetyAssessment::childId)
                    .containsExactlyInAnyOrder(family.daan(), family.sanne(), family.tim());
            assertThat(intake.assessments()).extracting(SafetyAssessment::evaluationId).containsOnly(evaluation.id());
            assertThat(intake.assessments()).extracting(SafetyAssessment::assessedOn).containsOnly(heldOn);
            assertThat(state.plan().orElseThrow().nextEvaluationOn()).isEqualTo(FieldCheck.write(plan.today().plusWeeks(6)));

            plan.setAttendance(evaluation, new Attendance(family.anna(), "Anna", Presence.ATTENDED, null, null)).join();
            plan.setAttendance(evaluation, new Attendance(family.jgz(), "Fatma Yilmaz", Presence.DECLINED, "Ziek", true)).join();
            plan.setReview(evaluation, new GoalReview(school, GoalResult.PARTLY_ACHIEVED, "Drie dagen", GoalDecision.ADJUST)).join();
            plan.setScore(evaluation, "financien", 3).join();
            Evaluation edited = plan.read(family.dossier()).evaluations().get(0);
            assertThat(edited.attendance()).hasSize(10).filteredOn(line -> line.presence() != null).extracting(Attendance::personId)
                    .containsExactly(family.anna(), family.jgz());
            assertThat(edited.reviews()).extracting(GoalReview::decision).containsExactly(GoalDecision.ADJUST);
            assertThat(edited.scores()).containsEntry("financien", 3);
        }
    }

    @Test
    void anEvaluationTwoDaysAheadOrUnreadableIsRefusedAndChangesNothing() throws Exception {
        try (PlanFixture fixture = new PlanFixture(directory)) {
            Family family = bakker(fixture);
            PlanService plan = fixture.plan();
            int before = fixture.session().vault().records().dossierRecords(family.dossier()).size();

            assertThatThrownBy(() -> plan.startEvaluation(family.dossier(), FieldCheck.write(plan.today().plusDays(2))).join())
                    .satisfies(failure -> assertThat(PlanRefusal.in(failure).orElseThrow().problems())
                            .extracting(ImportProblem::messageKey).containsExactly("plan.refusal.evaluationAhead"));
            assertThatThrownBy(() -> plan.startEvaluation(family.dossier(), "31-02-2026").join())
                    .satisfies(failure -> assertThat(PlanRefusal.in(failure)).isPresent());

            assertThat(fixture.session().vault().records().dossierRecords(family.dossier())).hasSize(before);
            assertThat(plan.startEvaluation(family.dossier(), FieldCheck.write(plan.today().plusDays(1))).join()).isNotNull();
        }
    }

    @Test
    void agreedVersionOneStaysByteForByteAndVersionTwoMarksExactlyTheAdjustedGoal() throws Exception {
        try (PlanFixture fixture = new PlanFixture(directory)) {
            Family family = bakker(fixture);
            PlanService plan = fixture.plan();
            plan.addGoal(family.dossier(), "Daan gaat weer elke dag naar school").join();
            RecordRef debts = plan.addGoal(family.dossier(), "Anna heeft overzicht over de schulden").join();
            plan.addGoal(family.dossier(), "Tim slaapt in zijn eigen bed").join();
            String today = FieldCheck.write(plan.today());
            RecordRef first = plan.agree(family.dossier(), today, Parties.expected(plan.read(family.dossier()), plan.today()), 6).join();
            String agreed = fixture.session().vault().records().find(first.id()).map(StoredRecord::body).orElseThrow().toString();

            plan.edit(debts, Goal.Field.TEXT, "Anna betaalt elke maand af volgens het budgetplan");
            RecordRef second = plan.agree(family.dossier(), today, List.of(), 6).join();

            PlanState state = plan.read(family.dossier());
            assertThat(fixture.session().vault().records().find(first.id()).map(StoredRecord::body).orElseThrow().toString())
                    .isEqualTo(agreed);
            assertThat(state.versions()).extracting(version -> version.id()).containsExactly(first.id(), second.id());
            PlanDiff diff = PlanComparison.compare(state.versions().get(0).snapshot(), state.versions().get(1).snapshot());
            assertThat(diff.goals()).filteredOn(PlanDiff.GoalDiff::touched).extracting(PlanDiff.GoalDiff::goalId)
                    .containsExactly(debts.id());
            assertThat(PlanComparison.compare(state.versions().get(1).snapshot(), state.draft()).unchanged()).isTrue();
            assertThatThrownBy(() -> plan.agree(family.dossier(), FieldCheck.write(plan.today().plusDays(2)), List.of(), 6).join())
                    .satisfies(failure -> assertThat(PlanRefusal.in(failure)).isPresent());
            assertThatThrownBy(() -> plan.agree(family.dossier(), "morgen", List.of(), 6).join())
                    .satisfies(failure -> assertThat(PlanRefusal.in(failure)).isPresent());
            assertThat(plan.read(family.dossier()).versions()).hasSize(2);
        }
    }

    @Test
    void closingNamesEveryUnmarkedPartnerThenLocksAndReopeningNeedsAReason() throws Exception {
        try (PlanFixture fixture = new PlanFixture(directory)) {
            Family family = bakker(fixture);
            PlanService plan = fixture.plan();
            RecordRef goal = plan.addGoal(family.dossier(), "Daan gaat weer elke dag naar school").join();
            RecordRef closure = plan.prepareClosure(family.dossier()).join();
            fixture.session().vault().records().patch(closure, Map.of(Closure.Field.REASON, ClosureReason.GOALS_MET.name())).join();
            String today = FieldCheck.write(plan.today());
            plan.setNotice(family.dossier(), new PartnerNotice(family.school(), today, ContactWay.PHONE, null)).join();
            plan.setNotice(family.dossier(), new PartnerNotice(family.jgz(), null, null, "Niet meer betrokken")).join();

            assertThatThrownBy(() -> plan.close(family.dossier(), today).join()).satisfies(failure -> {
                ImportProblem problem = PlanRefusal.in(failure).orElseThrow().problems().get(0);
                assertThat(problem.arguments()).containsExactly(2, "Dokter Smit, Ellen Visser");
                assertThat(PlanRefusal.in(failure).orElseThrow().getMessage()).doesNotContain("Smit", "Visser");
            });
            assertThat(plan.read(family.dossier()).closed()).isFalse();

            plan.setNotice(family.dossier(), new PartnerNotice(family.huisarts(), today, ContactWay.MAIL, null)).join();
            plan.setNotice(family.dossier(), new PartnerNotice(family.referrer(), today, ContactWay.MAIL, null)).join();
            plan.setNotice(family.dossier(), new PartnerNotice(family.school(), today, ContactWay.MEETING, null)).join();
            plan.close(family.dossier(), today).join();

            PlanState closed = plan.read(family.dossier());
            assertThat(closed.closed()).isTrue();
            assertThat(closed.closure().orElseThrow().notices()).hasSize(4);
            assertThat(closed.closure().orElseThrow().closedOn()).isEqualTo(today);
            assertThatThrownBy(() -> plan.addGoal(family.dossier(), "Nieuw").join()).isNotNull();
            assertThatThrownBy(() -> plan.reopen(family.dossier(), "  ").join())
                    .satisfies(failure -> assertThat(PlanRefusal.in(failure)).isPresent());
            assertThat(plan.read(family.dossier()).closed()).isTrue();

            plan.reopen(family.dossier(), "Nieuwe zorgen op school").join();

            Closure reopened = plan.read(family.dossier()).closure().orElseThrow();
            assertThat(reopened.closed()).isFalse();
            assertThat(reopened.reopenReason()).isEqualTo("Nieuwe zorgen op school");
            assertThat(reopened.reopenedOn()).isEqualTo(today);
            assertThat(fixture.session().vault().audit().forDossier(family.dossier()))
                    .extracting(entry -> entry.action()).contains("close", "reopen");
            fixture.session().vault().records().patch(goal, Map.of(Goal.Field.TEXT, "Daan gaat vier dagen naar school")).join();
        }
    }
}
