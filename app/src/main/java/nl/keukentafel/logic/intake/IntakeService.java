package nl.keukentafel.logic.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.keukentafel.logic.Autosaver;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.logic.DossierService;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordIds;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.ConsentBasis;
import nl.keukentafel.model.intake.Conversation;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.Meldcode;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.store.Vault;

/**
 * Starts and reads a dossier's intake and adds its parts (ADR 0003). Typing goes through {@link #edit}, the same
 * autosaver as the dossier. Reading the intake is a read of the dossier and is audited by {@link DossierService#open}
 * when the screen opens; {@link #read} is the unaudited refresh. Thread-safe.
 */
public final class IntakeService {
    private final Vault vault;
    private final Autosaver autosaver;
    private final DossierService dossiers;
    private final VeiligThuisReport reports;

    public IntakeService(Vault vault, Autosaver autosaver, DossierService dossiers) {
        this.vault = vault;
        this.autosaver = autosaver;
        this.dossiers = dossiers;
        this.reports = new VeiligThuisReport(vault, autosaver);
    }

    public static UUID intakeId(UUID dossierId) {
        return RecordIds.derived(dossierId, "intake");
    }

    /** The intake as stored now (pending edits committed first), with its dossier. */
    public IntakeState read(UUID dossierId) {
        autosaver.flush();
        List<StoredRecord> records = vault.records().dossierRecords(dossierId);
        return state(DossierService.fromRecords(dossierId, records), records);
    }

    /** The intake out of the dossier's live records as read once (the dossier check reads them once for all). */
    public static IntakeState state(Dossier dossier, List<StoredRecord> records) {
        List<Intake> intake = new ArrayList<>();
        List<Conversation> conversations = new ArrayList<>();
        List<IntakeMember> members = new ArrayList<>();
        List<DomainEntry> domains = new ArrayList<>();
        List<SafetyAssessment> assessments = new ArrayList<>();
        List<Meldcode> meldcodes = new ArrayList<>();
        List<Consent> consents = new ArrayList<>();
        int unreadable = 0;
        for (StoredRecord stored : records) {
            unreadable += switch (stored.ref().kind()) {
                case INTAKE -> RecordMapper.readInto(stored, Intake.class, intake);
                case CONVERSATION -> RecordMapper.readInto(stored, Conversation.class, conversations);
                case INTAKE_MEMBER -> RecordMapper.readInto(stored, IntakeMember.class, members);
                case DOMAIN_ENTRY -> RecordMapper.readInto(stored, DomainEntry.class, domains);
                case SAFETY_ASSESSMENT -> RecordMapper.readInto(stored, SafetyAssessment.class, assessments);
                case MELDCODE -> RecordMapper.readInto(stored, Meldcode.class, meldcodes);
                case CONSENT -> RecordMapper.readInto(stored, Consent.class, consents);
                default -> 0;
            };
        }
        conversations.sort(java.util.Comparator.comparingInt(Conversation::number));
        return new IntakeState(dossier, intake.stream().reduce((first, last) -> last), conversations, members, domains,
                assessments, meldcodes, consents, unreadable);
    }

    /**
     * Starts the intake with a copy of {@code domainList}: the intake, a line per member and a household entry per
     * domain, all with derived ids (creating what exists already changes nothing). Also used to add the lines of
     * members added after the start.
     */
    public CompletableFuture<Void> start(UUID dossierId, DomainList domainList, String today) {
        UUID intakeId = intakeId(dossierId);
        Dossier dossier = dossiers.read(dossierId);
        List<CompletableFuture<Boolean>> writes = new ArrayList<>();
        Map<String, Object> intakeFields = new LinkedHashMap<>();
        intakeFields.put(Intake.Field.DOMAIN_LIST, domainList);
        intakeFields.put(Intake.Field.STARTED_ON, today);
        writes.add(vault.records().createIfAbsent(new RecordRef(RecordKind.INTAKE, intakeId, dossierId), intakeFields));
        for (Member member : dossier.members()) {
            writes.add(vault.records().createIfAbsent(memberLineRef(dossierId, member.id()),
                    Map.of(IntakeMember.Field.INTAKE_ID, intakeId, IntakeMember.Field.MEMBER_ID, member.id())));
        }
        for (DomainList.DomainDefinition domain : domainList.domains()) {
            writes.add(vault.records().createIfAbsent(domainRef(dossierId, domain.code()),
                    Map.of(DomainEntry.Field.INTAKE_ID, intakeId, DomainEntry.Field.DOMAIN_CODE, domain.code())));
        }
        return CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new));
    }

    public static RecordRef memberLineRef(UUID dossierId, UUID memberId) {
        return new RecordRef(RecordKind.INTAKE_MEMBER, RecordIds.derived(intakeId(dossierId), "member", memberId.toString()), dossierId);
    }

    /** The household's entry of a domain; with members, the entry for those members (keyed by the first). */
    public static RecordRef domainRef(UUID dossierId, String code, UUID... members) {
        UUID intakeId = intakeId(dossierId);
        UUID id = members.length == 0 ? RecordIds.derived(intakeId, "domain", code)
                : RecordIds.derived(intakeId, "domain", code, members[0].toString());
        return new RecordRef(RecordKind.DOMAIN_ENTRY, id, dossierId);
    }

    /** An entry of {@code code} for particular members, next to the household's. */
    public CompletableFuture<RecordRef> addDomainEntryFor(UUID dossierId, String code, List<UUID> members) {
        RecordRef ref = domainRef(dossierId, code, members.get(0));
        return vault.records().createIfAbsent(ref, Map.of(DomainEntry.Field.INTAKE_ID, intakeId(dossierId),
                DomainEntry.Field.DOMAIN_CODE, code, DomainEntry.Field.MEMBER_IDS, members)).thenApply(created -> ref);
    }

    /** Conversation {@code number} (1 to {@value Conversation#MAX_PER_INTAKE}). */
    public CompletableFuture<RecordRef> addConversation(UUID dossierId, int number, String date) {
        if (number < 1 || number > Conversation.MAX_PER_INTAKE) {
            throw new IllegalArgumentException("conversation number " + number);
        }
        UUID intakeId = intakeId(dossierId);
        RecordRef ref = new RecordRef(RecordKind.CONVERSATION, RecordIds.derived(intakeId, "conversation", Integer.toString(number)),
                dossierId);
        return vault.records().createIfAbsent(ref, Map.of(Conversation.Field.INTAKE_ID, intakeId, Conversation.Field.NUMBER, number,
                Conversation.Field.DATE, date)).thenApply(created -> ref);
    }

    /** A new, dated assessment of one child; earlier ones stay as they are. */
    public CompletableFuture<RecordRef> addAssessment(UUID dossierId, UUID childId, String date) {
        return vault.records().create(RecordKind.SAFETY_ASSESSMENT, dossierId,
                Map.of(SafetyAssessment.Field.CHILD_ID, childId, SafetyAssessment.Field.ASSESSED_ON, date));
    }

    public CompletableFuture<RecordRef> addMeldcode(UUID dossierId, String date) {
        return vault.records().create(RecordKind.MELDCODE, dossierId, Map.of(Meldcode.Field.RAISED_ON, date));
    }

    public CompletableFuture<RecordRef> addConsent(UUID dossierId, ConsentBasis basis) {
        return vault.records().create(RecordKind.CONSENT, dossierId, Map.of(Consent.Field.BASIS, basis.name()));
    }

    /** See {@link VeiligThuisReport#record}: the report and its Meldcode in one transaction. */
    public CompletableFuture<RecordRef> recordReport(RecordRef meldcode, String purpose, String justification, String decidedOn) {
        return reports.record(meldcode, purpose, justification, decidedOn);
    }

    /** Keeps the typed value (text, enum name, number, list of ids); durable within a second. */
    public void edit(RecordRef ref, String field, Object value) {
        autosaver.edit(ref, field, value);
    }

    public CompletableFuture<Void> delete(RecordRef ref) {
        autosaver.flush();
        return vault.records().delete(ref);
    }

    public CompletableFuture<Void> undoDelete(RecordRef ref) {
        return vault.records().restore(ref);
    }
}
