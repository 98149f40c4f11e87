package nl.keukentafel.logic.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.logic.Session;
import nl.keukentafel.logic.intake.DomainLists;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainStatus;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.RiskLevel;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.intake.SafetyJudgement;
import nl.keukentafel.model.intake.SafetyInstrument;
import nl.keukentafel.model.intake.SpokenStatus;

/**
 * The intake of a demo family (every phase has one): started {@value #DAYS_AGO} days ago with the shipped domain list,
 * the family's and the network's strengths, two scored domains, each parent heard with a request for help, and a
 * first safety assessment per child. Fixed texts, so the same family always gets the same intake. Not thread-safe.
 */
final class DemoIntake {
    static final int DAYS_AGO = 70;

    private DemoIntake() {
    }

    static void write(Session session, UUID dossierId, LocalDate today) {
        IntakeService intake = session.intake();
        String started = FieldCheck.write(today.minusDays(DAYS_AGO));
        intake.start(dossierId, DomainLists.defaultList(), started).join();
        RecordRef intakeRef = new RecordRef(RecordKind.INTAKE, IntakeService.intakeId(dossierId), dossierId);
        session.vault().records().patch(intakeRef, Map.of(
                Intake.Field.FAMILY_CAN, "Moeder houdt de dagstructuur vast; de kinderen gaan graag naar sport.",
                Intake.Field.NETWORK_CAN, "Oma past twee middagen per week op; de buren halen soms de kinderen op.",
                Intake.Field.HELP_NEEDED, "Overzicht over de schulden en rust rond de omgang met de andere ouder.")).join();
        session.vault().records().patch(IntakeService.domainRef(dossierId, "financien"), Map.of(DomainEntry.Field.STATUS,
                DomainStatus.DISCUSSED.name(), DomainEntry.Field.SCORE, 2)).join();
        session.vault().records().patch(IntakeService.domainRef(dossierId, "huiselijke-relaties"), Map.of(DomainEntry.Field.STATUS,
                DomainStatus.DISCUSSED.name(), DomainEntry.Field.SCORE, 3)).join();
        Dossier dossier = session.dossiers().read(dossierId);
        for (Member member : dossier.members()) {
            if (member.role() == HouseholdRole.PARENT) {
                session.vault().records().patch(IntakeService.memberLineRef(dossierId, member.id()), Map.of(IntakeMember.Field.SPOKEN,
                        SpokenStatus.SPOKEN.name(), IntakeMember.Field.REQUEST_FOR_HELP,
                        "Ik wil weer overzicht over het geld en minder ruzie in huis.")).join();
            } else if (member.role() == HouseholdRole.CHILD) {
                RecordRef assessment = intake.addAssessment(dossierId, member.id(), started).join();
                session.vault().records().patch(assessment, Map.of(SafetyAssessment.Field.INSTRUMENT, SafetyInstrument.values()[0].name(),
                        SafetyAssessment.Field.CURRENT_SAFETY, SafetyJudgement.CONDITIONALLY_SAFE.name(),
                        SafetyAssessment.Field.FUTURE_RISK, RiskLevel.MODERATE.name(),
                        SafetyAssessment.Field.REASONING, "Spanningen thuis; beschermend: oma en school zijn dichtbij.")).join();
            }
        }
    }
}
