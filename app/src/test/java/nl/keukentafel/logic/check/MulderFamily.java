package nl.keukentafel.logic.check;

import java.util.List;
import java.util.UUID;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Residence;
import nl.keukentafel.model.intake.RiskLevel;
import nl.keukentafel.model.intake.SafetyJudgement;
import nl.keukentafel.model.intake.Sector;
import nl.keukentafel.model.plan.FgpOutcome;
import nl.keukentafel.model.plan.GoalDecision;
import nl.keukentafel.model.plan.GoalResult;
import nl.keukentafel.model.plan.OwnerKind;
import nl.keukentafel.model.plan.Presence;

/**
 * A family whose teenagers were not heard (fictional): Monique and Erik Mulder with Daan (15), Iris (turned 12 on
 * 5 October) and Bo (8). Erik lost his job; the tension at home is the concern. The intake talked with the parents and
 * Bo at the kitchen table. School and GP are involved with consent, grandfather Gerrit is the network.
 *
 * <p>Planted gaps, all about the teenagers' voice:
 * <ul>
 *   <li>Daan was spoken with but his request for help was not written down (T1);</li>
 *   <li>for Iris neither a conversation nor a reason why not is recorded (T1);</li>
 *   <li>the plan was agreed on 8 October without Iris, who had just turned 12 (T6);</li>
 *   <li>Daan did not come to the evaluation, and no reason was recorded (T9);</li>
 *   <li>the family goal was not achieved and simply continues, without saying why (T12).</li>
 * </ul>
 */
final class MulderFamily {
    private MulderFamily() {
    }

    static Planted write(Session session) {
        FamilyWriter family = FamilyWriter.create(session, "Gezin Mulder", "Duinweg 21", "Julianadorp");
        UUID monique = family.member("Monique", "Mulder", "23-03-1982", HouseholdRole.PARENT, Residence.IN_HOUSEHOLD);
        UUID erik = family.member("Erik", "Mulder", "17-12-1980", HouseholdRole.PARENT, Residence.IN_HOUSEHOLD);
        UUID daan = family.member("Daan", "Mulder", "10-04-2011", HouseholdRole.CHILD, Residence.IN_HOUSEHOLD);
        UUID iris = family.member("Iris", "Mulder", "05-10-2014", HouseholdRole.CHILD, Residence.IN_HOUSEHOLD);
        UUID bo = family.member("Bo", "Mulder", "07-07-2018", HouseholdRole.CHILD, Residence.IN_HOUSEHOLD);
        UUID school = family.contact("Meneer Veenstra", "Brede school Julianadorp", Sector.SCHOOL, true);
        UUID doctor = family.contact("Dokter Claassen", "Huisartsenpraktijk Julianadorp", Sector.GENERAL_PRACTICE, true);
        family.contact("Opa Gerrit", "", Sector.FAMILY, false);

        family.startIntake("01-08-2026", monique, erik, bo);
        family.spoken(monique, "Het is gespannen thuis sinds Erik zijn baan kwijt is.");
        family.spoken(erik, "Ik wil weer aan het werk.");
        family.spoken(daan, null);
        family.spoken(bo, "Dat papa en mama niet boos zijn.");
        family.allDomainsDiscussed();
        family.householdDomain("huiselijke-relaties", "Spanningen na het verlies van de baan", 2);
        family.memberDomain("werk-opleiding", "Werkloos sinds mei", 2, erik);
        family.selfReliance("De ouders praten er open over.", "Opa Gerrit komt elke week.", "Rust in huis en werk voor Erik.");
        for (UUID child : List.of(daan, iris, bo)) {
            family.assessment(child, "15-08-2026", SafetyJudgement.SAFE, RiskLevel.LOW);
        }
        family.consent(school, monique, "01-08-2026");
        family.consent(doctor, monique, "01-08-2026");

        family.startPlan("01-09-2026", school, FgpOutcome.TAKEN_UP);
        RecordRef calm = family.goal("Er is rust in huis", "01-03-2027", List.of("huiselijke-relaties"));
        RecordRef work = family.goal("Erik heeft werk", "01-06-2027", List.of("werk-opleiding"), erik);
        family.action(calm, OwnerKind.REGISSEUR, null, "Plant een gezinsgesprek", "15-10-2026");
        family.action(work, OwnerKind.MEMBER, erik, "Meldt zich bij het werkgeversservicepunt", "22-10-2026");
        family.agree("08-10-2026", iris);
        RecordRef evaluation = family.evaluate("19-11-2026");
        family.absent(evaluation, daan, "Daan Mulder", Presence.NO_SHOW, null, null);
        family.review(evaluation, calm, GoalResult.NOT_ACHIEVED, "", GoalDecision.CONTINUE);
        family.review(evaluation, work, GoalResult.PARTLY_ACHIEVED, "Twee sollicitaties", GoalDecision.CONTINUE);
        family.flush();

        UUID irisLine = IntakeService.memberLineRef(family.dossier(), iris).id();
        return new Planted(family.dossier(), List.of(
                "T1:request-missing:" + daan, "T1:memberNoStatus:" + irisLine,
                "T6:not-agreed-with:" + iris,
                "T9:absence:" + evaluation.id() + ":" + daan,
                "T12:continue-without-reason:" + evaluation.id() + ":" + calm.id()));
    }
}
