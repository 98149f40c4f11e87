package nl.keukentafel.logic.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.DomainStatus;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.NotSpokenReason;
import nl.keukentafel.model.intake.SpokenStatus;

/**
 * What is still open in an intake (ADR 0003): members not spoken with and no reason, domains not handled, children
 * without a safety assessment, professionals missing by the rules of thumb, sharing without recorded consent, and
 * typed values that are wrong (a consent ending before it starts, an assessment dated before the child's birth, a
 * score outside 1–5). Computed from the records, never stored. The start of the dossier check. Never judges safety:
 * it only says an assessment is missing. Stateless.
 *
 * <p>An intake not started yet gives one item first (category MEMBER_NOT_HEARD, field {@link OpenItem#START_INTAKE});
 * member and domain items then wait for the start, the others are listed already.
 */
public final class IntakeCheck {
    private IntakeCheck() {
    }

    /** The open items in panel order. */
    public static List<OpenItem> check(IntakeState state, LocalDate today) {
        Map<OpenItem.Category, List<OpenItem>> items = new EnumMap<>(OpenItem.Category.class);
        for (OpenItem.Category category : OpenItem.Category.values()) {
            items.put(category, new ArrayList<>());
        }
        UUID dossierId = state.dossier().family().id();
        RecordRef family = new RecordRef(RecordKind.FAMILY, dossierId, dossierId);
        List<OpenItem> result = new ArrayList<>();
        Optional<Intake> intake = state.intake();
        if (intake.isEmpty()) {
            result.add(item(OpenItem.Category.MEMBER_NOT_HEARD, family, OpenItem.START_INTAKE, "intake.open.notStarted"));
        } else {
            members(state, items.get(OpenItem.Category.MEMBER_NOT_HEARD));
            domains(state, intake.get().domainList(), items.get(OpenItem.Category.DOMAIN_OPEN));
        }
        safety(state, items.get(OpenItem.Category.SAFETY_MISSING));
        professionals(state, family, today, items.get(OpenItem.Category.PROFESSIONAL_MISSING));
        consents(state, items.get(OpenItem.Category.CONSENT_MISSING));
        items.get(OpenItem.Category.INPUT_PROBLEM).addAll(InputChecks.check(state, today));
        items.values().forEach(result::addAll);
        return List.copyOf(result);
    }

    /** T1's part: members without a spoken status, or not spoken with and no reason (the one place of that rule). */
    public static List<OpenItem> membersNotHeard(IntakeState state) {
        List<OpenItem> into = new ArrayList<>();
        members(state, into);
        return into;
    }

    /** T2's part: the applicable domains not handled; empty before the intake is started. */
    public static List<OpenItem> domainsOpen(IntakeState state) {
        List<OpenItem> into = new ArrayList<>();
        state.intake().filter(intake -> intake.domainList() != null).ifPresent(intake -> domains(state, intake.domainList(), into));
        return into;
    }

    /** T3's part: children without any safety assessment. */
    public static List<OpenItem> safetyMissing(IntakeState state) {
        List<OpenItem> into = new ArrayList<>();
        safety(state, into);
        return into;
    }

    /** T5's part: professionals the rules of thumb ask for, not there and not waived. */
    public static List<OpenItem> professionalsMissing(IntakeState state, LocalDate today) {
        UUID dossierId = state.dossier().family().id();
        List<OpenItem> into = new ArrayList<>();
        professionals(state, new RecordRef(RecordKind.FAMILY, dossierId, dossierId), today, into);
        return into;
    }

    /** INPUT's intake part: typed values that are wrong (see {@link InputChecks}). */
    public static List<OpenItem> inputProblems(IntakeState state, LocalDate today) {
        return InputChecks.check(state, today);
    }

    /** The rule-of-thumb waiver key an item of category PROFESSIONAL_MISSING is about, for the screen to write. */
    public static String waiverKey(OpenItem item) {
        return switch (item.messageKey()) {
            case "intake.open.noJgz" -> ProfessionalRules.jgzKey(item.target().id());
            case "intake.open.noSchool" -> ProfessionalRules.schoolKey(item.target().id());
            default -> ProfessionalRules.GP_KEY;
        };
    }

    private static void members(IntakeState state, List<OpenItem> into) {
        UUID dossierId = state.dossier().family().id();
        for (Member member : state.dossier().members()) {
            RecordRef line = IntakeService.memberLineRef(dossierId, member.id());
            Optional<IntakeMember> typed = state.memberLine(member.id());
            SpokenStatus spoken = typed.map(IntakeMember::spoken).orElse(null);
            NotSpokenReason reason = typed.map(IntakeMember::notSpokenReason).orElse(null);
            if (spoken == null) {
                into.add(item(OpenItem.Category.MEMBER_NOT_HEARD, line, IntakeMember.Field.SPOKEN, "intake.open.memberNoStatus",
                        name(member)));
            } else if (spoken != SpokenStatus.SPOKEN && reason == null) {
                into.add(item(OpenItem.Category.MEMBER_NOT_HEARD, line, IntakeMember.Field.NOT_SPOKEN_REASON,
                        "intake.open.memberNoReason", name(member)));
            } else if (spoken != SpokenStatus.SPOKEN && reason == NotSpokenReason.OTHER
                    && Text.isBlank(typed.get().reasonNote())) {
                into.add(item(OpenItem.Category.MEMBER_NOT_HEARD, line, IntakeMember.Field.REASON_NOTE,
                        "intake.open.memberReasonNote", name(member)));
            }
        }
    }

    /** Only the domains that apply to this family; the household's entry and any entry for named members. */
    private static void domains(IntakeState state, DomainList list, List<OpenItem> into) {
        UUID dossierId = state.dossier().family().id();
        for (DomainList.DomainDefinition domain : DomainLists.applicable(list, state.dossier().members())) {
            RecordRef household = IntakeService.domainRef(dossierId, domain.code());
            Optional<DomainEntry> entry = state.domains().stream().filter(typed -> typed.id().equals(household.id())).findFirst();
            domainEntry(household, entry.map(DomainEntry::status).orElse(null), entry.map(DomainEntry::reason).orElse(null),
                    domain.label(), into);
            for (DomainEntry own : state.domains()) {
                if (own.domainCode().equals(domain.code()) && !own.memberIds().isEmpty()) {
                    String about = domain.label() + " (" + names(state, own.memberIds()) + ")";
                    domainEntry(new RecordRef(RecordKind.DOMAIN_ENTRY, own.id(), dossierId), own.status(), own.reason(), about, into);
                }
            }
        }
    }

    private static void domainEntry(RecordRef ref, DomainStatus status, String reason, String label, List<OpenItem> into) {
        if (status == null) {
            into.add(item(OpenItem.Category.DOMAIN_OPEN, ref, DomainEntry.Field.STATUS, "intake.open.domainNoStatus", label));
        } else if (status == DomainStatus.NOT_DISCUSSED && Text.isBlank(reason)) {
            into.add(item(OpenItem.Category.DOMAIN_OPEN, ref, DomainEntry.Field.REASON, "intake.open.domainNoReason", label));
        }
    }

    private static void safety(IntakeState state, List<OpenItem> into) {
        for (Member member : state.dossier().members()) {
            if (member.role() == HouseholdRole.CHILD && state.assessmentsOf(member.id()).isEmpty()) {
                into.add(item(OpenItem.Category.SAFETY_MISSING, memberRef(member), OpenItem.ADD_ASSESSMENT,
                        "intake.open.childNoAssessment", name(member)));
            }
        }
    }

    private static void professionals(IntakeState state, RecordRef family, LocalDate today, List<OpenItem> into) {
        Map<String, String> waivers = state.intake().map(Intake::ruleWaivers).orElse(null);
        for (ProfessionalRules.Need need : ProfessionalRules.needs(state.dossier().members(), state.domains(), today)) {
            boolean waived = waivers != null && !Text.isBlank(waivers.get(need.waiverKey()));
            if (waived || ProfessionalRules.met(need, state.dossier().contacts())) {
                continue;
            }
            switch (need.sector()) {
                case YOUTH_HEALTH -> into.add(item(OpenItem.Category.PROFESSIONAL_MISSING, memberRef(need.child()),
                        OpenItem.ADD_PROFESSIONAL, "intake.open.noJgz", name(need.child())));
                case SCHOOL -> into.add(item(OpenItem.Category.PROFESSIONAL_MISSING, memberRef(need.child()),
                        OpenItem.ADD_PROFESSIONAL, "intake.open.noSchool", name(need.child())));
                default -> into.add(item(OpenItem.Category.PROFESSIONAL_MISSING, family, OpenItem.ADD_PROFESSIONAL,
                        "intake.open.noGp"));
            }
        }
    }

    /** Each professional contact needs a consent that counts (given for that contact, not withdrawn). */
    private static void consents(IntakeState state, List<OpenItem> into) {
        for (Contact contact : state.dossier().contacts()) {
            if (!contact.professional()) {
                continue;
            }
            boolean consented = state.consents().stream()
                    .anyMatch(consent -> contact.id().equals(consent.partnerContactId()) && ConsentRules.active(consent));
            if (!consented) {
                into.add(item(OpenItem.Category.CONSENT_MISSING, new RecordRef(RecordKind.CONTACT, contact.id(), contact.dossierId()),
                        OpenItem.ADD_CONSENT, "intake.open.noConsent", contactName(contact)));
            }
        }
    }

    static OpenItem item(OpenItem.Category category, RecordRef target, String field, String key, Object... arguments) {
        return new OpenItem(category, target, field, key, List.of(arguments));
    }

    static RecordRef memberRef(Member member) {
        return new RecordRef(RecordKind.MEMBER, member.id(), member.dossierId());
    }

    /** A member's name for a message; "?" when none was typed yet. */
    static String name(Member member) {
        String full = member.fullName();
        return full.isEmpty() ? "?" : full;
    }

    static String contactName(Contact contact) {
        String name = Text.joinNonBlank(", ", contact.name(), Contact.organisationBeside(contact.name(), contact.organisation()));
        return name.isEmpty() ? "?" : name;
    }

    static String names(IntakeState state, List<UUID> memberIds) {
        Map<UUID, Member> members = membersById(state);
        return String.join(", ", memberIds.stream().filter(members::containsKey).map(id -> name(members.get(id))).toList());
    }

    /** The dossier's members by id. */
    static Map<UUID, Member> membersById(IntakeState state) {
        Map<UUID, Member> byId = new HashMap<>();
        state.dossier().members().forEach(member -> byId.put(member.id(), member));
        return byId;
    }

    /** The partner of a consent as typed, or the name of the contact it points at. */
    static String partner(IntakeState state, Consent consent) {
        if (!Text.isBlank(consent.partnerName())) {
            return consent.partnerName();
        }
        return state.dossier().contacts().stream().filter(contact -> contact.id().equals(consent.partnerContactId())).findFirst()
                .map(IntakeCheck::contactName).orElse("?");
    }
}
