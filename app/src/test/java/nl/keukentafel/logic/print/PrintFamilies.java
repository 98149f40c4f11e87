package nl.keukentafel.logic.print;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.logic.intake.DomainLists;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.Residence;
import nl.keukentafel.model.intake.Answer;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.intake.Meldcode;
import nl.keukentafel.model.intake.MeldcodeDecision;
import nl.keukentafel.model.intake.RiskLevel;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.intake.SafetyInstrument;
import nl.keukentafel.model.intake.SafetyJudgement;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.ActionStatus;
import nl.keukentafel.model.plan.Agreement;
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
import nl.keukentafel.model.plan.OwnerKind;
import nl.keukentafel.model.plan.Party;
import nl.keukentafel.model.plan.PartyRole;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanSnapshot;
import nl.keukentafel.model.plan.PlanVersion;
import nl.keukentafel.model.plan.Presence;
import nl.keukentafel.model.plan.Referral;
import nl.keukentafel.model.plan.Vote;

/**
 * Fictional families for the print tests, in memory. Every member carries a valid-looking BSN and every child a
 * safety assessment and a Meldcode whose texts all contain {@link #SECRET}: no printed document may show any of it.
 * {@link #small()} is a family of four with an agreed plan; {@link #large()} has 6 children, 14 contacts and 9 goals
 * with names like "Zoë Şahin-Łukasik". Immutable.
 */
public final class PrintFamilies {
    public static final ZonedDateTime PRINTED = ZonedDateTime.of(2026, 12, 5, 10, 0, 0, 0, ZoneOffset.UTC);
    static final String SECRET = "GEHEIMVEILIG";
    static final String BSN = "123456782";
    static final UUID DOSSIER = id(1);
    static final UUID EVALUATION = id(900);

    private PrintFamilies() {
    }

    static UUID id(int n) {
        return UUID.fromString(String.format("0190b000-0000-7000-8000-%012d", n));
    }

    /** Anna Bakker with Daan (14) and Sanne (11); the plan agreed on 05-11-2026 and evaluated once. */
    public static PrintSources small() {
        List<Member> members = List.of(
                member(2, "Anna", "Bakker", "14-03-1986", HouseholdRole.PARENT),
                member(3, "Daan", "de Vries", "10-05-2012", HouseholdRole.CHILD),
                member(4, "Sanne", "de Vries", "02-12-2014", HouseholdRole.CHILD));
        List<Contact> contacts = List.of(
                contact(20, "Meester Jansen", "Leerkracht", "De Regenboog", "0612345678", "ma, di en do"),
                contact(21, "Riet Bakker", "Oma", "", "0687654321", "elke dag"));
        List<Goal> goals = List.of(goal(100, 1, "Daan gaat elke dag naar school.", List.of("scholing"), List.of(members.get(1).id())),
                goal(101, 2, "We hebben elke maand genoeg geld voor eten.", List.of("financien"), List.of()));
        List<Action> actions = List.of(
                action(200, goals.get(0), OwnerKind.CONTACT, contacts.get(0).id(), "Belt Anna als Daan er niet is.", "15-11-2026"),
                action(201, goals.get(0), OwnerKind.MEMBER, members.get(1).id(), "Zet elke avond de wekker.", "10-11-2026"),
                action(202, goals.get(1), OwnerKind.REGISSEUR, null, "Regelt een afspraak bij de schuldhulp.", "20-11-2026"));
        return sources(family("Gezin Bakker"), members, contacts, goals, actions, true);
    }

    /** Six children, fourteen contacts, nine goals with two actions each; names with diacritics. */
    public static PrintSources large() {
        List<Member> members = new ArrayList<>(List.of(
                member(2, "Zoë", "Şahin-Łukasik", "01-02-1985", HouseholdRole.PARENT),
                member(3, "Łukasz", "Şahin-Łukasik", "11-11-1983", HouseholdRole.PARENT)));
        String[] children = {"Ayşe", "Bartłomiej", "Çiğdem", "Zoë junior", "Émile", "Øydis"};
        for (int child = 0; child < children.length; child++) {
            String born = "0" + (child + 1) + "-06-20" + (10 + child);
            members.add(member(4 + child, children[child], "Şahin-Łukasik", born, HouseholdRole.CHILD));
        }
        List<Contact> contacts = new ArrayList<>();
        String[] roles = {"Leerkracht", "Jeugdarts", "Huisarts", "Buurvrouw", "Oma", "Opa", "Trainer voetbal", "Mentor",
                "Schuldhulp", "Wijkagent", "Tante", "Logopedist", "Fysiotherapeut", "Kerkgenoot"};
        for (int n = 0; n < roles.length; n++) {
            contacts.add(contact(20 + n, "Contact " + (n + 1) + " Ğürbüz-Müller", roles[n], n % 2 == 0 ? "Organisatie " + (n + 1) : "",
                    "06-" + (10000000 + n), n % 3 == 0 ? "ma t/m vr, 9 tot 17 uur" : "woensdag"));
        }
        List<Goal> goals = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        String[] domains = {"financien", "huisvesting", "scholing", "huiselijke-relaties", "lichamelijke-gezondheid",
            "sociaal-netwerk", "werk-opleiding", "tijdsbesteding", "opvang"};
        for (int n = 0; n < 9; n++) {
            Goal goal = goal(100 + n, n + 1, "Doel nummer " + (n + 1) + ": het gaat beter met " + children[n % 6] + ".",
                    List.of(domains[n]), List.of(members.get(2 + n % 6).id()));
            goals.add(goal);
            actions.add(action(200 + 2 * n, goal, OwnerKind.CONTACT, contacts.get(n).id(), "Taak " + (n + 1) + "a voor het doel.",
                    String.format("%02d-01-2027", n + 1)));
            actions.add(action(201 + 2 * n, goal, OwnerKind.MEMBER, members.get(n % 2).id(), "Taak " + (n + 1) + "b voor het doel.",
                    String.format("%02d-02-2027", n + 1)));
        }
        return sources(family("Gezin Şahin-Łukasik"), members, contacts, goals, actions, true);
    }

    /** The small family with nothing agreed yet: the draft is printed as a concept. */
    static PrintSources smallConcept() {
        PrintSources agreed = small();
        PlanState plan = agreed.plan();
        PlanState concept = new PlanState(plan.dossier(), plan.plan(), plan.goals(), plan.actions(), plan.agreements(),
                plan.referrals(), List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), List.of());
        return new PrintSources(concept, agreed.intake(), agreed.genogram());
    }

    /** The small family whose evaluation, like its intake, scored no life domain. */
    static PrintSources smallWithoutScores() {
        PrintSources scored = small();
        PlanState plan = scored.plan();
        List<Evaluation> unscored = plan.evaluations().stream().map(held -> new Evaluation(held.id(), held.dossierId(), held.heldOn(),
                held.attendance(), held.reviews(), Map.of(), held.notes())).toList();
        PlanState state = new PlanState(plan.dossier(), plan.plan(), plan.goals(), plan.actions(), plan.agreements(), plan.referrals(),
                plan.versions(), unscored, plan.phases(), plan.scalings(), plan.partnerIssues(), plan.closure(),
                plan.arrivedAfterClosing());
        return new PrintSources(state, scored.intake(), scored.genogram());
    }

    /** A dossier whose werkplan was never started. */
    static PrintSources withoutPlan() {
        PrintSources agreed = small();
        Dossier dossier = agreed.plan().dossier();
        PlanState none = new PlanState(dossier, Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Optional.empty(), List.of());
        return new PrintSources(none, agreed.intake(), agreed.genogram());
    }

    private static PrintSources sources(Family family, List<Member> members, List<Contact> contacts, List<Goal> goals,
                                        List<Action> actions, boolean agreed) {
        Dossier dossier = new Dossier(family, members, contacts);
        Map<String, String> own = new LinkedHashMap<>();
        own.put(members.get(0).id().toString(), "Ik wil weer rust in huis.");
        Plan plan = new Plan(id(50), DOSSIER, "01-11-2026", "Analyse: schulden, schoolverzuim.", "Oma Riet helpt elke week mee.",
                "Over een jaar is er rust in huis.", own, null, null, null, null, "15-01-2027");
        List<Agreement> agreements = List.of(new Agreement(id(60), DOSSIER, List.of(contacts.get(0).id()), "School en regisseur",
                ContactWay.PHONE, "elke drie weken", "20-11-2026"));
        List<Referral> referrals = List.of(new Referral(id(70), DOSSIER, "Zorgaanbieder Noord", "Ambulante gezinsbegeleiding",
                "02-11-2026", "10-11-2026", "10-11-2026", "10-11-2027", ""));
        PlanSnapshot snapshot = new PlanSnapshot(plan, goals, actions, agreements, referrals);
        List<PlanVersion> versions = agreed ? List.of(new PlanVersion(id(80), DOSSIER, true, "05-11-2026", null,
                List.of(new Party(members.get(0).id(), members.get(0).fullName(), PartyRole.PARENT, Vote.AGREED, "")), snapshot))
                : List.of();
        Evaluation evaluation = new Evaluation(EVALUATION, DOSSIER, "01-12-2026",
                List.of(new Attendance(members.get(0).id(), "", Presence.ATTENDED, "", null),
                        new Attendance(members.get(1).id(), "", Presence.DECLINED, "ziek", true)),
                List.of(new GoalReview(goals.get(0).id(), GoalResult.PARTLY_ACHIEVED, "Gaat beter.", GoalDecision.CONTINUE)),
                Map.of("financien", 3), "Goed gesprek.");
        Closure closure = new Closure(id(95), DOSSIER, true, "01-12-2026", ClosureReason.GOALS_MET, null, null, null, null, List.of(),
                "Hulpvraag\n\nHet gezin vroeg hulp bij geld en school.\n\nResultaat\n\nDe doelen zijn gehaald.", null, null);
        PlanState state = new PlanState(dossier, Optional.of(plan), goals, actions, agreements, referrals, versions, List.of(evaluation),
                List.of(), List.of(), List.of(), Optional.of(closure), List.of());
        return new PrintSources(state, intake(dossier, members), Optional.of(new GenogramState(dossier, Optional.empty(), List.of(),
                List.of(), List.of(), List.of(), List.of())));
    }

    private static IntakeState intake(Dossier dossier, List<Member> members) {
        Intake intake = new Intake(id(40), DOSSIER, DomainLists.defaultList(), "01-10-2026", SECRET + " notitie", "Koken en plannen.",
                "Oma past op.", "Geld en school.", Map.of());
        List<SafetyAssessment> assessments = new ArrayList<>();
        List<Meldcode> meldcodes = new ArrayList<>();
        int n = 0;
        for (Member member : members) {
            if (member.role() != HouseholdRole.CHILD) {
                continue;
            }
            n++;
            assessments.add(new SafetyAssessment(id(500 + n), DOSSIER, member.id(), "01-10-2026", SafetyInstrument.LIRIK,
                    SECRET + " signalen", SECRET + " risico", SECRET + " beschermend", SafetyJudgement.CONDITIONALLY_SAFE,
                    SECRET + " toelichting", RiskLevel.MODERATE, SECRET + " afweging", "collega", "02-10-2026", "03-10-2026", null));
            meldcodes.add(new Meldcode(id(600 + n), DOSSIER, SECRET + " zorg", "01-10-2026", List.of(member.id()),
                    SECRET + " stap 1", "01-10-2026", SECRET + " stap 2", null, null, null, null, null, null, null,
                    Answer.YES, SECRET + " weging", null, null, null, null, null, null, null, null,
                    MeldcodeDecision.OFFER_OR_ORGANISE_HELP, "05-10-2026", SECRET + " verantwoording", null));
        }
        return new IntakeState(dossier, Optional.of(intake), List.of(), List.of(), List.of(), assessments, meldcodes, List.of());
    }

    private static Family family(String name) {
        return new Family(DOSSIER, name, "Dorpsstraat 1", "1234 AB", "Voorbeeldstad", "Joke Visser", "Casusregisseur", "Wijkteam Noord",
                "0201234567", "joke@wijkteam.example", "", false);
    }

    private static Member member(int n, String given, String family, String born, HouseholdRole role) {
        return new Member(id(n), DOSSIER, given, family, born, Gender.UNKNOWN, role, Residence.IN_HOUSEHOLD, BSN, "0611111111", "");
    }

    private static Contact contact(int n, String name, String relation, String organisation, String phone, String days) {
        return new Contact(id(n), DOSSIER, name, organisation, relation, "", phone, days, true, null, List.of());
    }

    private static Goal goal(int n, int rank, String text, List<String> domains, List<UUID> members) {
        return new Goal(id(n), DOSSIER, rank, text, members, domains, null, null, "01-03-2027", GoalStatus.ACTIVE, null);
    }

    private static Action action(int n, Goal goal, OwnerKind kind, UUID owner, String what, String due) {
        return new Action(id(n), DOSSIER, goal.id(), kind, owner, null, what, due, ActionStatus.NOT_STARTED, null);
    }
}
