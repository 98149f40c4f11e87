package nl.keukentafel.logic.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.logic.intake.DomainLists;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.Residence;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainStatus;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.intake.Meldcode;
import nl.keukentafel.model.intake.MeldcodeDecision;
import nl.keukentafel.model.intake.RiskLevel;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.intake.SafetyInstrument;
import nl.keukentafel.model.intake.SafetyJudgement;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.ActionStatus;
import nl.keukentafel.model.plan.Attendance;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalReview;
import nl.keukentafel.model.plan.GoalStatus;
import nl.keukentafel.model.plan.OwnerKind;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanSnapshot;
import nl.keukentafel.model.plan.PlanVersion;
import nl.keukentafel.model.plan.Presence;
import nl.keukentafel.model.plan.ScaleDirection;
import nl.keukentafel.model.plan.ScaleTarget;
import nl.keukentafel.model.plan.Scaling;

/**
 * A fictional family in memory for the werkplan rules' unit tests: Eva Vermeer (parent) with Noor (14), Finn (11, turns
 * 12 on {@link #FINN_TURNS_12}) and Lotte (6), a school and the referrer. Starts with a plan (perspective typed) and
 * nothing else; each test adds what it judges and asks {@link #facts}. Ids are fixed, so keys can be written out. Not
 * thread-safe; each test makes its own.
 */
final class PlanFacts {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final UUID DOSSIER = id(1);
    static final LocalDate FINN_TURNS_12 = LocalDate.of(2026, 11, 15);
    static final Member EVA = member(2, "Eva", "Vermeer", "03-04-1988", HouseholdRole.PARENT);
    static final Member NOOR = member(3, "Noor", "Vermeer", "20-01-2012", HouseholdRole.CHILD);
    static final Member FINN = member(4, "Finn", "Vermeer", "15-11-2014", HouseholdRole.CHILD);
    static final Member LOTTE = member(5, "Lotte", "Vermeer", "09-06-2020", HouseholdRole.CHILD);
    static final Contact SCHOOL = new Contact(id(11), DOSSIER, "Juf Kramer", "Basisschool De Linde", "", "", "", "", true, null, List.of());
    static final Contact REFERRER = new Contact(id(12), DOSSIER, "Sem Bos", "Gemeente, toegang", "", "", "", "", false, null, List.of());

    final List<Member> members = new ArrayList<>(List.of(EVA, NOOR, FINN, LOTTE));
    final List<Contact> contacts = new ArrayList<>(List.of(SCHOOL, REFERRER));
    Plan plan = new Plan(id(20), DOSSIER, "01-09-2026", "Spanning thuis", "Oma helpt", "Rust in huis", Map.of(), REFERRER.id(), null, null,
            null, null);
    final List<Goal> goals = new ArrayList<>();
    final List<Action> actions = new ArrayList<>();
    final List<PlanVersion> versions = new ArrayList<>();
    final List<Evaluation> evaluations = new ArrayList<>();
    final List<Scaling> scalings = new ArrayList<>();
    Closure closure;
    final List<DomainEntry> domains = new ArrayList<>();
    final List<SafetyAssessment> assessments = new ArrayList<>();
    final List<Meldcode> meldcodes = new ArrayList<>();
    private int next = 100;

    static UUID id(int n) {
        return UUID.fromString(String.format("0190b000-0000-7000-8000-%012d", n));
    }

    private static Member member(int n, String given, String family, String born, HouseholdRole role) {
        return new Member(id(n), DOSSIER, given, family, born, Gender.UNKNOWN, role, Residence.IN_HOUSEHOLD, "", "", "");
    }

    /** A goal at the end of the list, active, with a target date, for {@code members} (none: the whole family). */
    Goal goal(String text, Member... about) {
        Goal goal = new Goal(id(next++), DOSSIER, goals.size() + 1, text, Arrays.stream(about).map(Member::id).toList(), List.of(), null,
                null, "01-06-2027", GoalStatus.ACTIVE, null);
        goals.add(goal);
        return goal;
    }

    /** Replaces a goal (same id) by a changed copy. */
    void replace(Goal changed) {
        goals.replaceAll(goal -> goal.id().equals(changed.id()) ? changed : goal);
    }

    /** An action under {@code goal} done by the regisseur, due on {@code due}. */
    Action action(Goal goal, String what, String due) {
        return action(new Action(id(next++), DOSSIER, goal.id(), OwnerKind.REGISSEUR, null, null, what, due, ActionStatus.NOT_STARTED,
                null));
    }

    Action action(Action action) {
        actions.add(action);
        return action;
    }

    /** A goal for the whole family with one complete action: the plan's goals then pass T8. */
    Goal completeGoal(String text, Member... about) {
        Goal goal = goal(text, about);
        action(goal, "Belt elke week", "15-12-2026");
        return goal;
    }

    PlanVersion agree(String on) {
        PlanVersion version = new PlanVersion(id(next++), DOSSIER, true, on, null, List.of(),
                new PlanSnapshot(plan, goals, actions, List.of(), List.of()));
        versions.add(version);
        return version;
    }

    Evaluation evaluation(String heldOn, List<Attendance> attendance, List<GoalReview> reviews) {
        Evaluation evaluation = new Evaluation(id(next++), DOSSIER, heldOn, attendance, reviews, Map.of(), "");
        evaluations.add(evaluation);
        return evaluation;
    }

    /** Eva attended; the children from 12 attended too. */
    static List<Attendance> familyAttended(Member... also) {
        List<Attendance> lines = new ArrayList<>(List.of(attended(EVA)));
        Arrays.stream(also).map(PlanFacts::attended).forEach(lines::add);
        return lines;
    }

    static Attendance attended(Member member) {
        return new Attendance(member.id(), member.fullName(), Presence.ATTENDED, null, null);
    }

    SafetyAssessment assessment(Member child, String on, SafetyJudgement safety, RiskLevel risk, UUID evaluationId) {
        SafetyAssessment assessment = new SafetyAssessment(id(next++), DOSSIER, child.id(), on, SafetyInstrument.LIRIK, "", "", "", safety,
                "", risk, "", "", "", "", evaluationId);
        assessments.add(assessment);
        return assessment;
    }

    /** A judged assessment of every child at the evaluation. */
    void assessAll(Evaluation evaluation) {
        for (Member child : List.of(NOOR, FINN, LOTTE)) {
            assessment(child, evaluation.heldOn(), SafetyJudgement.SAFE, RiskLevel.LOW, evaluation.id());
        }
    }

    Scaling scaling(ScaleDirection direction, String on) {
        Scaling scaling = new Scaling(id(next++), DOSSIER, direction, ScaleTarget.VEILIG_THUIS, null, on, "Hulp loopt vast", "");
        scalings.add(scaling);
        return scaling;
    }

    DomainEntry domain(String code, String concerns, Integer score, Member... about) {
        DomainEntry entry = new DomainEntry(id(next++), DOSSIER, id(30), code, Arrays.stream(about).map(Member::id).toList(),
                DomainStatus.DISCUSSED, null, null, concerns, null, score);
        domains.add(entry);
        return entry;
    }

    Meldcode meldcode(MeldcodeDecision decision, String decidedOn) {
        // The five steps and the five weighing questions stay open: only the decision counts for the rules.
        Meldcode meldcode = new Meldcode(id(next++), DOSSIER, "Zorg", "01-09-2026", List.of(),
                null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null,
                decision, decidedOn, "Onderbouwing", null);
        meldcodes.add(meldcode);
        return meldcode;
    }

    Dossier dossier() {
        Family family = new Family(DOSSIER, "Gezin Vermeer", "Lindelaan 4", "1234 AB", "Voorbeeldstad", "Iris Regisseur", "Casusregisseur",
                "Wijkteam", "0612345678", "", "", false);
        return new Dossier(family, members, contacts);
    }

    PlanState planState() {
        return new PlanState(dossier(), Optional.ofNullable(plan), goals, actions, List.of(), List.of(), versions, evaluations, List.of(),
                scalings, List.of(), Optional.ofNullable(closure), List.of());
    }

    IntakeState intakeState() {
        Intake intake = new Intake(id(30), DOSSIER, DomainLists.defaultList(), "01-08-2026", "", "", "", "", Map.of());
        return new IntakeState(dossier(), Optional.of(intake), List.of(), List.of(), domains, assessments, meldcodes, List.of());
    }

    DossierFacts facts() {
        return facts(TODAY);
    }

    DossierFacts facts(LocalDate today) {
        return new DossierFacts(intakeState(), planState(), today, CheckSettings.DEFAULTS);
    }

    /** The keys {@code rule} finds today. */
    List<String> keys(Rule rule) {
        return keys(rule, TODAY);
    }

    List<String> keys(Rule rule, LocalDate today) {
        return rule.findings(facts(today)).stream().map(Finding::key).toList();
    }
}
