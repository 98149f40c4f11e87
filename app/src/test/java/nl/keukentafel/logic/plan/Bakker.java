package nl.keukentafel.logic.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.Residence;
import nl.keukentafel.model.intake.Sector;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.ActionStatus;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalStatus;
import nl.keukentafel.model.plan.OwnerKind;
import nl.keukentafel.model.plan.Plan;

/**
 * The domain story's family, in memory, for the rule tests (fictional): Anna Bakker with Daan (14), Sanne (11) and
 * Tim (9) on {@link #TODAY}; their father Mark de Vries lives elsewhere; school, JGZ and huisarts are involved, the
 * referrer is the municipality's access worker (not marked professional, to show the referrer counts anyway), and
 * grandmother Riet is informal network. Immutable.
 */
final class Bakker {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final UUID DOSSIER = UUID.fromString("0190a000-0000-7000-8000-000000000001");
    static final Member ANNA = member(1, "Anna", "Bakker", "14-03-1986", HouseholdRole.PARENT, Residence.IN_HOUSEHOLD);
    static final Member MARK = member(2, "Mark", "de Vries", "02-07-1984", HouseholdRole.PARENT, Residence.ELSEWHERE);
    static final Member DAAN = member(3, "Daan", "de Vries", "10-05-2012", HouseholdRole.CHILD, Residence.IN_HOUSEHOLD);
    /** Turns 12 on 02-12-2026, the day after {@link #TODAY}. */
    static final Member SANNE = member(4, "Sanne", "de Vries", "02-12-2014", HouseholdRole.CHILD, Residence.IN_HOUSEHOLD);
    static final Member TIM = member(5, "Tim", "de Vries", "21-09-2017", HouseholdRole.CHILD, Residence.IN_HOUSEHOLD);
    static final Contact SCHOOL = contact(11, "Meester Jansen", "De Regenboog", true, Sector.SCHOOL);
    static final Contact JGZ = contact(12, "Fatma Yilmaz", "GGD JGZ", true, Sector.YOUTH_HEALTH);
    static final Contact HUISARTS = contact(13, "Dokter Smit", "Huisartsenpraktijk Smit", true, Sector.GENERAL_PRACTICE);
    static final Contact REFERRER = contact(14, "Ellen Visser", "Gemeente Voorbeeldstad, toegang", false, null);
    static final Contact OMA = contact(15, "Riet Bakker", "", false, Sector.FAMILY);

    private Bakker() {
    }

    static Dossier dossier() {
        Family family = new Family(DOSSIER, "Gezin Bakker", "Dorpsstraat 1", "1234 AB", "Voorbeeldstad", "Joke de Regisseur",
                "Casusregisseur", "Wijkteam", "", "", "", false);
        return new Dossier(family, List.of(ANNA, MARK, DAAN, SANNE, TIM), List.of(SCHOOL, JGZ, HUISARTS, REFERRER, OMA));
    }

    static Plan plan() {
        return new Plan(id(100), DOSSIER, "01-11-2026", "Schulden en schoolverzuim", "Oma helpt veel", "Rust in huis", null,
                REFERRER.id(), null, null, null, null);
    }

    static Goal goal(int n, String text) {
        return new Goal(id(200 + n), DOSSIER, n, text, List.of(), List.of(), null, null, "01-03-2027", GoalStatus.ACTIVE, null);
    }

    static Action action(int n, Goal goal, OwnerKind kind, UUID owner, String what, String due) {
        return new Action(id(300 + n), DOSSIER, goal.id(), kind, owner, null, what, due, ActionStatus.NOT_STARTED, null);
    }

    /** A state with the plan, these goals and actions, and an optional closure. */
    static PlanState state(List<Goal> goals, List<Action> actions, Closure closure) {
        return new PlanState(dossier(), Optional.of(plan()), goals, actions, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), Optional.ofNullable(closure), List.of());
    }

    static UUID id(int n) {
        return UUID.fromString(String.format("0190a000-0000-7000-8000-%012d", n));
    }

    static List<Member> children() {
        return new ArrayList<>(List.of(DAAN, SANNE, TIM));
    }

    private static Member member(int n, String given, String family, String born, HouseholdRole role, Residence residence) {
        return new Member(id(n), DOSSIER, given, family, born, Gender.UNKNOWN, role, residence, "", "", "");
    }

    private static Contact contact(int n, String name, String organisation, boolean professional, Sector sector) {
        return new Contact(id(n), DOSSIER, name, organisation, "", "", "", "", professional, sector, List.of());
    }
}
