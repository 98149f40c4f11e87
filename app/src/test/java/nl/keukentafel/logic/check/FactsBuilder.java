package nl.keukentafel.logic.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.logic.intake.DomainLists;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordIds;
import nl.keukentafel.model.Residence;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.ConsentBasis;
import nl.keukentafel.model.intake.Conversation;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.DomainStatus;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.intake.Sector;
import nl.keukentafel.model.intake.SpokenStatus;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalStatus;
import nl.keukentafel.model.plan.Party;
import nl.keukentafel.model.plan.PartyRole;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;
import nl.keukentafel.model.plan.PlanVersion;
import nl.keukentafel.model.plan.Vote;

/**
 * Builds a dossier's facts in memory for the rules' unit tests: a family (with a reachable regisseur unless told), its
 * members and contacts, an intake and a werkplan, on a fixed day. Fictional data. Not thread-safe; one per test.
 */
final class FactsBuilder {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    final UUID dossierId = UUID.randomUUID();
    private Family family = new Family(dossierId, "Gezin Visser", "Dorpsstraat 1", "1781 AB", "Den Helder", "Fatima el Amrani",
            "gezinscoach", "Wijkteam Den Helder", "0223 123 456", "", "", false);
    private final List<Member> members = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();
    private Intake intake;
    private final List<Conversation> conversations = new ArrayList<>();
    private final List<IntakeMember> lines = new ArrayList<>();
    private final List<DomainEntry> domains = new ArrayList<>();
    private final List<SafetyAssessment> assessments = new ArrayList<>();
    private final List<Consent> consents = new ArrayList<>();
    private Plan plan;
    private final List<Goal> goals = new ArrayList<>();
    private final List<PlanVersion> versions = new ArrayList<>();
    private LocalDate today = TODAY;
    private CheckSettings settings = CheckSettings.DEFAULTS;

    FactsBuilder family(Family changed) {
        family = changed;
        return this;
    }

    Family family() {
        return family;
    }

    UUID member(String givenName, HouseholdRole role, String birthDate) {
        UUID id = UUID.randomUUID();
        members.add(new Member(id, dossierId, givenName, "Visser", birthDate, Gender.UNKNOWN, role, Residence.IN_HOUSEHOLD, "", "", ""));
        return id;
    }

    Member memberRecord(UUID id) {
        return members.stream().filter(member -> member.id().equals(id)).findFirst().orElseThrow();
    }

    void replaceMember(Member changed) {
        members.replaceAll(member -> member.id().equals(changed.id()) ? changed : member);
    }

    UUID contact(String name, Sector sector, boolean professional, UUID... about) {
        UUID id = UUID.randomUUID();
        contacts.add(new Contact(id, dossierId, name, "", "", "", "", "", professional, sector, List.of(about)));
        return id;
    }

    /** Starts the intake with the shipped domain list (no entries yet). */
    FactsBuilder intake(String familyCan, String networkCan) {
        intake = new Intake(IntakeService.intakeId(dossierId), dossierId, DomainLists.defaultList(), "01-10-2026", "", familyCan,
                networkCan, "", Map.of());
        return this;
    }

    FactsBuilder waiveRule(String key, String reason) {
        Map<String, String> waivers = new LinkedHashMap<>(intake.ruleWaivers());
        waivers.put(key, reason);
        intake = new Intake(intake.id(), dossierId, intake.domainList(), intake.startedOn(), intake.notes(), intake.familyCan(),
                intake.networkCan(), intake.helpNeeded(), waivers);
        return this;
    }

    DomainList domainList() {
        return intake.domainList();
    }

    FactsBuilder conversation(int number, String date) {
        conversations.add(new Conversation(RecordIds.derived(dossierId, "conversation", Integer.toString(number)), dossierId,
                intake.id(), number, date, "thuis", List.of(), List.of(), "", ""));
        return this;
    }

    FactsBuilder line(UUID memberId, SpokenStatus spoken, String requestForHelp) {
        lines.add(new IntakeMember(IntakeService.memberLineRef(dossierId, memberId).id(), dossierId, intake.id(), memberId, spoken, null,
                "", requestForHelp));
        return this;
    }

    FactsBuilder line(IntakeMember line) {
        lines.add(line);
        return this;
    }

    /** Every domain of the list discussed for the household, without scores or concerns. */
    FactsBuilder allDomainsDiscussed() {
        for (DomainList.DomainDefinition domain : intake.domainList().domains()) {
            domain(domain.code(), DomainStatus.DISCUSSED, null, "");
        }
        return this;
    }

    UUID domain(String code, DomainStatus status, Integer score, String concerns, UUID... memberIds) {
        UUID id = IntakeService.domainRef(dossierId, code, memberIds).id();
        domains.removeIf(entry -> entry.id().equals(id));
        domains.add(new DomainEntry(id, dossierId, intake.id(), code, List.of(memberIds), status, "", "", concerns, "", score));
        return id;
    }

    UUID assessment(UUID childId, String on) {
        UUID id = UUID.randomUUID();
        assessments.add(new SafetyAssessment(id, dossierId, childId, on, null, "", "", "", null, "", null, "", "", "", "", null));
        return id;
    }

    FactsBuilder consent(UUID contactId, ConsentBasis basis, String justification) {
        consents.add(new Consent(UUID.randomUUID(), dossierId, basis, List.of(), contactId, "", "", "", "", "", "", "", "", justification,
                null));
        return this;
    }

    FactsBuilder plan(String fgpOfferedOn) {
        plan = new Plan(PlanIds.plan(dossierId).id(), dossierId, "01-11-2026", "", "", "", Map.of(), null, fgpOfferedOn, null, "", "");
        return this;
    }

    UUID goal(String text, List<String> domainCodes, UUID... memberIds) {
        UUID id = UUID.randomUUID();
        goals.add(new Goal(id, dossierId, goals.size() + 1, text, List.of(memberIds), domainCodes, null, "", "01-06-2027",
                GoalStatus.ACTIVE, ""));
        return id;
    }

    /** An agreed version with these members as parties who agreed. */
    UUID version(String agreedOn, UUID... agreedBy) {
        UUID id = UUID.randomUUID();
        List<Party> parties = new ArrayList<>();
        for (UUID person : agreedBy) {
            Member member = memberRecord(person);
            parties.add(new Party(person, member.givenName(), member.role() == HouseholdRole.CHILD ? PartyRole.CHILD : PartyRole.PARENT,
                    Vote.AGREED, ""));
        }
        versions.add(new PlanVersion(id, dossierId, true, agreedOn, null, parties, null));
        return id;
    }

    FactsBuilder today(LocalDate day) {
        today = day;
        return this;
    }

    FactsBuilder settings(CheckSettings chosen) {
        settings = chosen;
        return this;
    }

    DossierFacts build() {
        Dossier dossier = new Dossier(family, members, contacts);
        IntakeState intakeState = new IntakeState(dossier, Optional.ofNullable(intake), conversations, lines, domains, assessments,
                List.of(), consents);
        PlanState planState = new PlanState(dossier, Optional.ofNullable(plan), goals, List.of(), List.of(), List.of(), versions,
                List.of(), List.of(), List.of(), List.of(), Optional.empty(), List.of());
        return new DossierFacts(intakeState, planState, today, settings);
    }

    /** The keys of the open findings of one rule. */
    static List<String> keys(Rule rule, DossierFacts facts) {
        return rule.findings(facts).stream().map(Finding::key).toList();
    }
}
