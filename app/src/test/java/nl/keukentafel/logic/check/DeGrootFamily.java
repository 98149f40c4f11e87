package nl.keukentafel.logic.check;

import java.util.List;
import java.util.UUID;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Residence;
import nl.keukentafel.model.intake.NotSpokenReason;
import nl.keukentafel.model.intake.RiskLevel;
import nl.keukentafel.model.intake.SafetyJudgement;
import nl.keukentafel.model.intake.Sector;
import nl.keukentafel.model.plan.FgpOutcome;
import nl.keukentafel.model.plan.OwnerKind;

/**
 * A father admitted under a court order whose weekend leave endangers the family (fictional): Hans de Groot is in a
 * clinic with a zorgmachtiging; Petra is at home with Lucas (9) and Emma (3). School, the consultatiebureau, the GP and
 * the clinic are involved with consent; grandmother Ans is the network. The Meldcode led to a report to Veilig Thuis;
 * Emma's future risk was judged high because of the leave. The familiegroepsplan was taken up and the plan agreed with
 * both parents and the professionals.
 *
 * <p>Planted gaps:
 * <ul>
 *   <li>nobody recorded a scaling up, though Emma's risk is high and the Meldcode decided to report (T11, twice);</li>
 *   <li>the first evaluation, planned six weeks after agreeing, was never held: more than two weeks overdue (T9).</li>
 * </ul>
 */
final class DeGrootFamily {
    private DeGrootFamily() {
    }

    static Planted write(Session session) {
        FamilyWriter family = FamilyWriter.create(session, "Gezin De Groot", "Marsdiep 7", "Den Helder");
        UUID petra = family.member("Petra", "de Groot", "18-07-1990", HouseholdRole.PARENT, Residence.IN_HOUSEHOLD);
        UUID hans = family.member("Hans", "de Groot", "09-11-1986", HouseholdRole.PARENT, Residence.ELSEWHERE);
        UUID lucas = family.member("Lucas", "de Groot", "02-04-2017", HouseholdRole.CHILD, Residence.IN_HOUSEHOLD);
        UUID emma = family.member("Emma", "de Groot", "12-03-2023", HouseholdRole.CHILD, Residence.IN_HOUSEHOLD);
        UUID school = family.contact("Meester Bakker", "Basisschool Het Anker", Sector.SCHOOL, true, lucas);
        UUID jgz = family.contact("Wijkverpleegkundige Yilmaz", "Consultatiebureau Den Helder", Sector.YOUTH_HEALTH, true, emma);
        UUID doctor = family.contact("Dokter Prins", "Huisartsenpraktijk Prins", Sector.GENERAL_PRACTICE, true);
        UUID clinic = family.contact("Psychiater Vos", "GGZ-kliniek Noorderhaven", Sector.CARE, true, hans);
        family.contact("Oma Ans", "", Sector.FAMILY, false);

        family.startIntake("01-09-2026", petra, lucas, emma);
        family.spoken(petra, "Ik wil dat de kinderen veilig zijn als Hans met verlof thuiskomt.");
        family.spoken(hans, "Ik wil mijn kinderen blijven zien.");
        family.spoken(lucas, "Ik wil dat papa niet meer boos wordt.");
        family.notSpoken(emma, NotSpokenReason.TOO_YOUNG, null);
        family.allDomainsDiscussed();
        family.householdDomain("huiselijke-relaties", "Angst en spanning als vader met verlof is", 2);
        family.memberDomain("geestelijke-gezondheid", "Psychose; opgenomen", 1, hans);
        family.memberDomain("justitie", "Zorgmachtiging van de rechter", null, hans);
        family.selfReliance("Petra zorgt goed voor de kinderen.", "Oma Ans kan de kinderen opvangen.", "Veiligheid tijdens het verlof.");
        family.assessment(lucas, "10-09-2026", SafetyJudgement.CONDITIONALLY_SAFE, RiskLevel.MODERATE);
        family.assessment(emma, "10-09-2026", SafetyJudgement.CONDITIONALLY_SAFE, RiskLevel.HIGH);
        UUID meldcode = family.meldcodeReport("05-09-2026", "12-09-2026", lucas, emma);
        for (UUID partner : List.of(school, jgz, doctor, clinic)) {
            family.consent(partner, petra, "01-09-2026");
        }

        family.startPlan("20-09-2026", doctor, FgpOutcome.TAKEN_UP);
        RecordRef safeLeave = family.goal("De kinderen zijn veilig als vader met verlof is", "01-03-2027", List.of("huiselijke-relaties"));
        RecordRef care = family.goal("Hans blijft in behandeling en houdt zich aan de verlofafspraken", "01-03-2027",
                List.of("geestelijke-gezondheid", "justitie"), hans);
        family.action(safeLeave, OwnerKind.MEMBER, petra, "Belt oma Ans als Hans onverwacht komt", "27-09-2026");
        family.action(safeLeave, OwnerKind.REGISSEUR, null, "Maakt een veiligheidsplan met de kliniek", "04-10-2026");
        family.action(care, OwnerKind.CONTACT, clinic, "Bespreekt elk verlof vooraf met Petra", "04-10-2026");
        family.agree("27-09-2026");
        family.flush();

        return new Planted(family.dossier(), List.of(
                "T9:overdue:2026-11-08",
                "T11:high-risk:" + emma, "T11:report:" + meldcode));
    }
}
