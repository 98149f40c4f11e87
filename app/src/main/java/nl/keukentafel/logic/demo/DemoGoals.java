package nl.keukentafel.logic.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.logic.plan.PlanService;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalStatus;
import nl.keukentafel.model.plan.OwnerKind;
import nl.keukentafel.model.plan.FgpOutcome;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;
import nl.keukentafel.model.plan.VoicedBy;
import nl.keukentafel.store.RecordStore;

/**
 * A demo family's werkplan draft: the analysis, and three goals in priority order, each on life domains of the intake's
 * list, with who does what when (a parent, a network contact, the regisseur). Fixed texts. Not thread-safe.
 */
final class DemoGoals {
    private DemoGoals() {
    }

    static List<RecordRef> write(PlanService plan, RecordStore records, Dossier dossier, LocalDate started) {
        UUID dossierId = dossier.family().id();
        plan.start(dossierId).join();
        records.patch(PlanIds.plan(dossierId), Map.of(Plan.Field.STARTED_ON, FieldCheck.write(started),
                Plan.Field.PROBLEM_ANALYSIS, "Oplopende schulden geven spanning in huis; de kinderen merken de ruzies.",
                Plan.Field.GOES_WELL, "De kinderen gaan graag naar school en sport; oma is dichtbij.",
                Plan.Field.PERSPECTIVE, "Rust in huis, overzicht over het geld en goede afspraken over de omgang.",
                Plan.Field.FGP_OFFERED_ON, FieldCheck.write(started), Plan.Field.FGP_OUTCOME, FgpOutcome.DECLINED.name(),
                Plan.Field.FGP_REASON, "Het gezin wil eerst zelf met oma praten; later opnieuw aanbieden.")).join();
        String child = DemoPlans.firstName(dossier, HouseholdRole.CHILD);
        Member parent = dossier.members().stream().filter(member -> member.role() == HouseholdRole.PARENT).findFirst().orElseThrow();
        Contact professional = dossier.contacts().stream().filter(Contact::professional).findFirst().orElse(dossier.contacts().get(0));
        String target = FieldCheck.write(started.plusMonths(6));
        RecordRef money = goal(plan, records, dossierId, "Het gezin heeft overzicht over de schulden en betaalt elke maand af",
                List.of("financien"), VoicedBy.PARENT, target);
        RecordRef calm = goal(plan, records, dossierId, "Er is rust in huis: ruzies lopen niet meer op waar " + child + " bij is",
                List.of("huiselijke-relaties"), VoicedBy.CHILD, target);
        RecordRef contact = goal(plan, records, dossierId, "De ouders maken samen afspraken over de omgang",
                List.of("huiselijke-relaties", "gezinsstructuur"), VoicedBy.PROFESSIONAL, target);
        action(plan, records, dossierId, money, OwnerKind.MEMBER, parent.id(), "Maakt met schuldhulp een budgetplan", started.plusDays(21));
        action(plan, records, dossierId, money, OwnerKind.REGISSEUR, null, "Meldt aan bij schuldhulpverlening", started.plusDays(7));
        action(plan, records, dossierId, calm, OwnerKind.CONTACT, professional.id(), "Bespreekt signalen met de regisseur",
                started.plusDays(28));
        action(plan, records, dossierId, contact, OwnerKind.REGISSEUR, null, "Plant een gesprek met beide ouders", started.plusDays(14));
        return List.of(money, calm, contact);
    }

    private static RecordRef goal(PlanService plan, RecordStore records, UUID dossierId, String text, List<String> domains,
                                  VoicedBy voicedBy, String target) {
        RecordRef goal = plan.addGoal(dossierId, text).join();
        records.patch(goal, Map.of(Goal.Field.DOMAIN_CODES, domains, Goal.Field.VOICED_BY, voicedBy.name(),
                Goal.Field.TARGET_DATE, target, Goal.Field.STATUS, GoalStatus.ACTIVE.name())).join();
        return goal;
    }

    private static void action(PlanService plan, RecordStore records, UUID dossierId, RecordRef goal, OwnerKind kind, UUID owner,
                               String what, LocalDate due) {
        RecordRef action = plan.addAction(dossierId, goal.id()).join();
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put(Action.Field.OWNER_KIND, kind.name());
        if (owner != null) {
            fields.put(Action.Field.OWNER_ID, owner);
        }
        fields.put(Action.Field.WHAT, what);
        fields.put(Action.Field.DUE_DATE, FieldCheck.write(due));
        records.patch(action, fields).join();
    }
}
