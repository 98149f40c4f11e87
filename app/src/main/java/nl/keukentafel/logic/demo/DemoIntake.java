package nl.keukentafel.logic.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.intake.Ages;
import nl.keukentafel.logic.intake.DomainLists;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.ConsentBasis;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.DomainStatus;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.NotSpokenReason;
import nl.keukentafel.model.intake.RiskLevel;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.intake.SafetyJudgement;
import nl.keukentafel.model.intake.SafetyInstrument;
import nl.keukentafel.model.intake.SpokenStatus;

/**
 * The intake of a demo family (every phase has one): started {@value #DAYS_AGO} days ago with the shipped domain list,
 * the family's and the network's strengths, two scored domains, each parent heard with a request for help, and a
 * first safety assessment per child. A family whose werkplan has started has a finished intake, as the dossier check
 * expects before planning: every domain talked through, every child heard (or too young, said so) and consent for each
 * professional — so its Toets shows only the gaps a demo plants on purpose. A family still in the intake is halfway.
 * Fixed texts, so the same family always gets the same intake. Not thread-safe.
 */
final class DemoIntake {
    static final int DAYS_AGO = 70;
    /** From this age a demo child is heard in the intake; younger ones are recorded as too young. */
    private static final int HEARD_FROM = 4;
    private static final Set<String> SCORED = Set.of("financien", "huiselijke-relaties");

    private DemoIntake() {
    }

    static void write(Session session, UUID dossierId, LocalDate today, boolean finished) {
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
        if (finished) {
            finish(session, dossier, today, started);
        }
    }

    private static void finish(Session session, Dossier dossier, LocalDate today, String started) {
        UUID dossierId = dossier.family().id();
        IntakeService intake = session.intake();
        for (DomainList.DomainDefinition domain : DomainLists.defaultList().domains()) {
            if (!SCORED.contains(domain.code())) {
                session.vault().records().patch(IntakeService.domainRef(dossierId, domain.code()),
                        Map.of(DomainEntry.Field.STATUS, DomainStatus.DISCUSSED.name())).join();
            }
        }
        for (Member child : dossier.members()) {
            if (child.role() != HouseholdRole.CHILD) {
                continue;
            }
            RecordRef line = IntakeService.memberLineRef(dossierId, child.id());
            if (Ages.ageOn(child.birthDate(), today).orElse(HEARD_FROM) < HEARD_FROM) {
                session.vault().records().patch(line, Map.of(IntakeMember.Field.SPOKEN, SpokenStatus.NOT_SPOKEN.name(),
                        IntakeMember.Field.NOT_SPOKEN_REASON, NotSpokenReason.TOO_YOUNG.name())).join();
            } else {
                session.vault().records().patch(line, Map.of(IntakeMember.Field.SPOKEN, SpokenStatus.SPOKEN.name(),
                        IntakeMember.Field.REQUEST_FOR_HELP, "Dat papa en mama minder ruzie maken.")).join();
            }
        }
        Member parent = dossier.members().stream().filter(member -> member.role() == HouseholdRole.PARENT).findFirst().orElseThrow();
        for (Contact contact : dossier.contacts()) {
            if (!contact.professional()) {
                continue;
            }
            RecordRef consent = intake.addConsent(dossierId, ConsentBasis.CONSENT).join();
            session.vault().records().patch(consent, Map.of(Consent.Field.GIVEN_BY, List.of(parent.id()),
                    Consent.Field.PARTNER_CONTACT_ID, contact.id(), Consent.Field.DATA, "Wat nodig is voor het gezinsplan",
                    Consent.Field.PURPOSE, "Afstemming van de hulp", Consent.Field.GIVEN_ON, started, Consent.Field.VALID_FROM, started,
                    Consent.Field.EXPLAINED_HOW, "Mondeling uitgelegd aan de keukentafel")).join();
        }
    }
}
