package nl.keukentafel.logic.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.logic.DossierService;
import nl.keukentafel.logic.intake.DomainLists;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.logic.plan.Parties;
import nl.keukentafel.logic.plan.PlanService;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Residence;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.ConsentBasis;
import nl.keukentafel.model.intake.Conversation;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.DomainStatus;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.Meldcode;
import nl.keukentafel.model.intake.MeldcodeDecision;
import nl.keukentafel.model.intake.NotSpokenReason;
import nl.keukentafel.model.intake.RiskLevel;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.intake.SafetyInstrument;
import nl.keukentafel.model.intake.SafetyJudgement;
import nl.keukentafel.model.intake.Sector;
import nl.keukentafel.model.intake.SpokenStatus;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Attendance;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.ClosureReason;
import nl.keukentafel.model.plan.ContactWay;
import nl.keukentafel.model.plan.FgpOutcome;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalDecision;
import nl.keukentafel.model.plan.GoalResult;
import nl.keukentafel.model.plan.GoalReview;
import nl.keukentafel.model.plan.GoalStatus;
import nl.keukentafel.model.plan.OwnerKind;
import nl.keukentafel.model.plan.PartnerNotice;
import nl.keukentafel.model.plan.Party;
import nl.keukentafel.model.plan.PartyRole;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;
import nl.keukentafel.model.plan.Presence;
import nl.keukentafel.model.plan.ScaleDirection;
import nl.keukentafel.model.plan.ScaleTarget;
import nl.keukentafel.model.plan.Scaling;
import nl.keukentafel.model.plan.VoicedBy;
import nl.keukentafel.model.plan.Vote;

/**
 * Writes one fictional family the way a consultant builds it in the app: through the same use cases and the same
 * autosaver the screens use ({@link DossierService}, {@link IntakeService}, {@link PlanService}), into the session's real
 * encrypted vault. Every step is the complete, correct thing a consultant does; a family's gaps are what it leaves out
 * or does differently. Not thread-safe: one writer per session at a time.
 */
final class FamilyWriter {
    /** Every plan in these families plans its evaluations this many weeks apart. */
    static final int WEEKS = 6;

    private final Session session;
    private final UUID dossier;
    private final DossierService dossiers;
    private final IntakeService intake;
    private final PlanService plan;

    private FamilyWriter(Session session, UUID dossier) {
        this.session = session;
        this.dossier = dossier;
        this.dossiers = session.dossiers();
        this.intake = session.intake();
        this.plan = session.plan();
    }

    /** A new dossier with its address and a reachable regisseur (T7 met). */
    static FamilyWriter create(Session session, String household, String street, String city) {
        UUID dossier = session.caseload().createFamily(household).join();
        FamilyWriter writer = new FamilyWriter(session, dossier);
        RecordRef family = new RecordRef(RecordKind.FAMILY, dossier, dossier);
        writer.dossiers.edit(family, Family.Field.STREET, street);
        writer.dossiers.edit(family, Family.Field.POSTAL_CODE, "1781 AB");
        writer.dossiers.edit(family, Family.Field.CITY, city);
        writer.dossiers.edit(family, Family.Field.REGISSEUR_NAME, "Marloes Kok");
        writer.dossiers.edit(family, Family.Field.REGISSEUR_ROLE, "Casusregisseur");
        writer.dossiers.edit(family, Family.Field.REGISSEUR_ORGANISATION, "Sociaal Wijkteam Den Helder");
        writer.dossiers.edit(family, Family.Field.REGISSEUR_PHONE, "0223 123 456");
        return writer;
    }

    UUID dossier() {
        return dossier;
    }

    UUID member(String given, String familyName, String born, HouseholdRole role, Residence residence) {
        RecordRef ref = dossiers.addMember(dossier, role).join();
        dossiers.edit(ref, Member.Field.GIVEN_NAME, given);
        dossiers.edit(ref, Member.Field.FAMILY_NAME, familyName);
        dossiers.edit(ref, Member.Field.BIRTH_DATE, born);
        dossiers.edit(ref, Member.Field.RESIDENCE, residence.name());
        return ref.id();
    }

    UUID contact(String name, String organisation, Sector sector, boolean professional, UUID... about) {
        RecordRef ref = dossiers.addContact(dossier, professional).join();
        dossiers.edit(ref, Contact.Field.NAME, name);
        dossiers.edit(ref, Contact.Field.ORGANISATION, organisation);
        dossiers.edit(ref, Contact.Field.SECTOR, sector.name());
        dossiers.edit(ref, Contact.Field.PHONE, "0223 654 321");
        if (about.length > 0) {
            dossiers.edit(ref, Contact.Field.ABOUT_MEMBERS, List.of(about));
        }
        return ref.id();
    }

    // --- the intake (phase 1) ---

    /** Starts the intake with the shipped list, the first conversation on {@code on} with {@code present}. */
    void startIntake(String on, UUID... present) {
        intake.start(dossier, DomainLists.defaultList(), on).join();
        RecordRef conversation = intake.addConversation(dossier, 1, on).join();
        intake.edit(conversation, Conversation.Field.PLACE, "Thuis, aan de keukentafel");
        intake.edit(conversation, Conversation.Field.PRESENT_MEMBERS, List.of(present));
    }

    void spoken(UUID member, String requestForHelp) {
        RecordRef line = IntakeService.memberLineRef(dossier, member);
        intake.edit(line, IntakeMember.Field.SPOKEN, SpokenStatus.SPOKEN.name());
        if (requestForHelp != null) {
            intake.edit(line, IntakeMember.Field.REQUEST_FOR_HELP, requestForHelp);
        }
    }

    void notSpoken(UUID member, NotSpokenReason reason, String note) {
        RecordRef line = IntakeService.memberLineRef(dossier, member);
        intake.edit(line, IntakeMember.Field.SPOKEN, SpokenStatus.NOT_SPOKEN.name());
        if (reason != null) {
            intake.edit(line, IntakeMember.Field.NOT_SPOKEN_REASON, reason.name());
        }
        if (note != null) {
            intake.edit(line, IntakeMember.Field.REASON_NOTE, note);
        }
    }

    /** Every life domain of the list talked through with the household (scores and concerns added where they are). */
    void allDomainsDiscussed() {
        for (DomainList.DomainDefinition domain : DomainLists.defaultList().domains()) {
            intake.edit(IntakeService.domainRef(dossier, domain.code()), DomainEntry.Field.STATUS, DomainStatus.DISCUSSED.name());
        }
    }

    void householdDomain(String code, String concerns, Integer score) {
        RecordRef ref = IntakeService.domainRef(dossier, code);
        intake.edit(ref, DomainEntry.Field.CONCERNS, concerns);
        if (score != null) {
            intake.edit(ref, DomainEntry.Field.SCORE, score);
        }
    }

    /** A domain entry for named members, discussed, with the concerns and score; answers its id (T4 points at it). */
    UUID memberDomain(String code, String concerns, Integer score, UUID... members) {
        RecordRef ref = intake.addDomainEntryFor(dossier, code, List.of(members)).join();
        intake.edit(ref, DomainEntry.Field.STATUS, DomainStatus.DISCUSSED.name());
        intake.edit(ref, DomainEntry.Field.CONCERNS, concerns);
        if (score != null) {
            intake.edit(ref, DomainEntry.Field.SCORE, score);
        }
        return ref.id();
    }

    void selfReliance(String familyCan, String networkCan, String helpNeeded) {
        RecordRef ref = new RecordRef(RecordKind.INTAKE, IntakeService.intakeId(dossier), dossier);
        intake.edit(ref, Intake.Field.FAMILY_CAN, familyCan);
        intake.edit(ref, Intake.Field.NETWORK_CAN, networkCan);
        intake.edit(ref, Intake.Field.HELP_NEEDED, helpNeeded);
    }

    /** A judged LIRIK assessment of {@code child}, discussed with a colleague and the parents. */
    RecordRef assessment(UUID child, String on, SafetyJudgement safety, RiskLevel risk) {
        RecordRef ref = intake.addAssessment(dossier, child, on).join();
        judge(ref, safety, risk);
        intake.edit(ref, SafetyAssessment.Field.INSTRUMENT, SafetyInstrument.LIRIK.name());
        intake.edit(ref, SafetyAssessment.Field.REASONING, "Besproken in het team; zie de signalen en beschermende factoren.");
        intake.edit(ref, SafetyAssessment.Field.CONSULTED_WHO, "Gedragswetenschapper wijkteam");
        intake.edit(ref, SafetyAssessment.Field.CONSULTED_ON, on);
        return ref;
    }

    private void judge(RecordRef assessment, SafetyJudgement safety, RiskLevel risk) {
        intake.edit(assessment, SafetyAssessment.Field.CURRENT_SAFETY, safety.name());
        intake.edit(assessment, SafetyAssessment.Field.FUTURE_RISK, risk.name());
    }

    /** Consent of {@code parent} to share with {@code contact} (T5). */
    void consent(UUID contact, UUID parent, String on) {
        RecordRef ref = intake.addConsent(dossier, ConsentBasis.CONSENT).join();
        intake.edit(ref, Consent.Field.GIVEN_BY, List.of(parent));
        intake.edit(ref, Consent.Field.PARTNER_CONTACT_ID, contact);
        intake.edit(ref, Consent.Field.DATA, "Wat nodig is voor het gezinsplan");
        intake.edit(ref, Consent.Field.PURPOSE, "Afstemming van de hulp");
        intake.edit(ref, Consent.Field.GIVEN_ON, on);
        intake.edit(ref, Consent.Field.VALID_FROM, on);
        intake.edit(ref, Consent.Field.EXPLAINED_HOW, "Mondeling uitgelegd aan de keukentafel");
    }

    /** A Meldcode worked through to the decision to report, and the report to Veilig Thuis recorded (one transaction). */
    UUID meldcodeReport(String raisedOn, String decidedOn, UUID... about) {
        RecordRef ref = intake.addMeldcode(dossier, raisedOn).join();
        intake.edit(ref, Meldcode.Field.CONCERN, "Onveiligheid rond het verlof van vader");
        intake.edit(ref, Meldcode.Field.MEMBER_IDS, List.of(about));
        intake.edit(ref, Meldcode.Field.STEP1_SIGNALS, "Signalen van school en moeder");
        intake.edit(ref, Meldcode.Field.STEP1_ON, raisedOn);
        intake.edit(ref, Meldcode.Field.DECISION, MeldcodeDecision.REPORT_AND_HELP.name());
        intake.edit(ref, Meldcode.Field.DECIDED_ON, decidedOn);
        intake.edit(ref, Meldcode.Field.JUSTIFICATION, "Structurele onveiligheid bij verlof");
        intake.recordReport(ref, "Melding", "Structurele onveiligheid bij verlof", decidedOn).join();
        return ref.id();
    }

    // --- the werkplan (phases 2 and 3) ---

    /** Starts the plan on {@code on} with analysis and perspective, the referrer, and the familiegroepsplan offered. */
    void startPlan(String on, UUID referrer, FgpOutcome fgp) {
        plan.start(dossier).join();
        RecordRef ref = PlanIds.plan(dossier);
        plan.edit(ref, Plan.Field.STARTED_ON, on);
        plan.edit(ref, Plan.Field.PROBLEM_ANALYSIS, "Problemen op meer leefgebieden versterken elkaar.");
        plan.edit(ref, Plan.Field.GOES_WELL, "Het gezin wil hulp en het netwerk helpt mee.");
        plan.edit(ref, Plan.Field.PERSPECTIVE, "Een veilig en rustig thuis, met overzicht en steun van het netwerk.");
        plan.edit(ref, Plan.Field.REFERRER_CONTACT_ID, referrer);
        plan.edit(ref, Plan.Field.FGP_OFFERED_ON, on);
        plan.edit(ref, Plan.Field.FGP_OUTCOME, fgp.name());
        if (fgp == FgpOutcome.DECLINED) {
            plan.edit(ref, Plan.Field.FGP_REASON, "Het gezin wil het netwerk er nu niet bij betrekken.");
        }
    }

    /** An active goal on {@code domains} for {@code members} (none: the whole family), with a target date. */
    RecordRef goal(String text, String target, List<String> domains, UUID... members) {
        RecordRef ref = plan.addGoal(dossier, text).join();
        plan.edit(ref, Goal.Field.DOMAIN_CODES, domains);
        plan.edit(ref, Goal.Field.MEMBER_IDS, List.of(members));
        plan.edit(ref, Goal.Field.VOICED_BY, VoicedBy.PARENT.name());
        plan.edit(ref, Goal.Field.TARGET_DATE, target);
        plan.edit(ref, Goal.Field.STATUS, GoalStatus.ACTIVE.name());
        return ref;
    }

    RecordRef action(RecordRef goal, OwnerKind kind, UUID owner, String what, String due) {
        RecordRef ref = plan.addAction(dossier, goal.id()).join();
        if (kind != null) {
            plan.edit(ref, Action.Field.OWNER_KIND, kind.name());
        }
        if (owner != null) {
            plan.edit(ref, Action.Field.OWNER_ID, owner);
        }
        plan.edit(ref, Action.Field.WHAT, what);
        if (due != null) {
            plan.edit(ref, Action.Field.DUE_DATE, due);
        }
        return ref;
    }

    /** Agrees the draft on {@code on}: every expected party agreed, except {@code absent} (marked absent). */
    RecordRef agree(String on, UUID... absent) {
        Set<UUID> away = Set.of(absent);
        List<Party> parties = Parties.expected(plan.read(dossier), FieldCheck.parseDate(on).orElseThrow()).stream()
                .map(party -> new Party(party.personId(), party.name(), party.role(),
                        party.personId() != null && away.contains(party.personId()) ? Vote.ABSENT : Vote.AGREED, ""))
                .toList();
        return plan.agree(dossier, on, parties, WEEKS).join();
    }

    /**
     * Holds an evaluation on {@code heldOn} (the next planned {@value #WEEKS} weeks later): each parent and child from 12
     * attended, every child's safety now judged safe with a low risk, except the children in {@code leftOpen}, whose
     * assessment the service made stays empty.
     */
    RecordRef evaluate(String heldOn, UUID... leftOpen) {
        RecordRef evaluation = plan.startEvaluation(dossier, heldOn, WEEKS).join();
        LocalDate held = FieldCheck.parseDate(heldOn).orElseThrow();
        for (Party party : Parties.expected(plan.read(dossier), held)) {
            if (party.role() == PartyRole.PARENT || party.role() == PartyRole.CHILD) {
                plan.setAttendance(evaluation, new Attendance(party.personId(), party.name(), Presence.ATTENDED, null, null)).join();
            }
        }
        Set<UUID> open = Set.of(leftOpen);
        for (SafetyAssessment assessment : intake.read(dossier).assessments()) {
            if (evaluation.id().equals(assessment.evaluationId()) && !open.contains(assessment.childId())) {
                judge(new RecordRef(RecordKind.SAFETY_ASSESSMENT, assessment.id(), dossier), SafetyJudgement.SAFE, RiskLevel.LOW);
            }
        }
        return evaluation;
    }

    void absent(RecordRef evaluation, UUID person, String name, Presence presence, String reason, Boolean referrerTold) {
        plan.setAttendance(evaluation, new Attendance(person, name, presence, reason, referrerTold)).join();
    }

    void review(RecordRef evaluation, RecordRef goal, GoalResult result, String note, GoalDecision decision) {
        plan.setReview(evaluation, new GoalReview(goal.id(), result, note, decision)).join();
    }

    void scaleUp(String on, ScaleTarget target, String why) {
        RecordRef ref = plan.addScaling(dossier).join();
        plan.edit(ref, Scaling.Field.DIRECTION, ScaleDirection.UP.name());
        plan.edit(ref, Scaling.Field.TARGET, target.name());
        plan.edit(ref, Scaling.Field.ON, on);
        plan.edit(ref, Scaling.Field.WHY, why);
    }

    // --- the closure (phase 4) ---

    /** Starts closing: the reason (and with whom the follow-up is), and the end report as the consultant wrote it. */
    void startClosing(ClosureReason reason, String followUpWith, String endReport) {
        RecordRef ref = plan.prepareClosure(dossier).join();
        plan.edit(ref, Closure.Field.REASON, reason.name());
        if (followUpWith != null) {
            plan.edit(ref, Closure.Field.FOLLOW_UP_WITH, followUpWith);
        }
        plan.edit(ref, Closure.Field.END_REPORT, endReport);
    }

    void informed(UUID partner, String on) {
        plan.setNotice(dossier, new PartnerNotice(partner, on, ContactWay.PHONE, null)).join();
    }

    /** Commits everything typed so far. */
    void flush() {
        dossiers.flush();
    }
}
