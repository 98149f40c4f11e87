package nl.keukentafel.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Residence;
import nl.keukentafel.store.AuditLog;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.store.Vault;

/**
 * Opens a family dossier (audited), edits its fields through the autosaver, adds and deletes members and
 * contacts with undo. Thread-safe.
 */
public final class DossierService {
    private final Vault vault;
    private final Autosaver autosaver;

    public DossierService(Vault vault, Autosaver autosaver) {
        this.vault = vault;
        this.autosaver = autosaver;
    }

    /** Reads the dossier and records the read in the audit log. Pending edits are committed first. */
    public Dossier open(UUID dossierId) {
        autosaver.flush();
        Dossier dossier = read(dossierId);
        vault.audit().record("open", new RecordRef(RecordKind.FAMILY, dossierId, dossierId), "", "ok");
        return dossier;
    }

    /** The dossier as stored now, without an audit entry (for refreshing an already opened screen). */
    public Dossier read(UUID dossierId) {
        return fromRecords(dossierId, vault.records().dossierRecords(dossierId));
    }

    /** The dossier out of its live records as read once (shared by the reads that need more than the dossier). */
    public static Dossier fromRecords(UUID dossierId, List<StoredRecord> records) {
        Family family = null;
        List<Member> members = new ArrayList<>();
        List<Contact> contacts = new ArrayList<>();
        for (StoredRecord stored : records) {
            switch (stored.ref().kind()) {
                case FAMILY -> family = RecordMapper.family(stored);
                // An unreadable member or contact is left out rather than taking the whole dossier with it.
                case MEMBER -> RecordMapper.readable(stored, RecordMapper::member).ifPresent(members::add);
                case CONTACT -> RecordMapper.readable(stored, RecordMapper::contact).ifPresent(contacts::add);
                default -> { }
            }
        }
        if (family == null) {
            throw new IllegalArgumentException("no dossier " + dossierId);
        }
        return new Dossier(family, members, contacts);
    }

    /** Keeps the typed value; durable within a second (see {@link Autosaver}). */
    public void edit(RecordRef ref, String field, Object value) {
        autosaver.edit(ref, field, value);
    }

    public CompletableFuture<RecordRef> addMember(UUID dossierId, HouseholdRole role) {
        return vault.records().create(RecordKind.MEMBER, dossierId, Map.of(Member.Field.ROLE, role.name(),
                Member.Field.GENDER, Gender.UNKNOWN.name(), Member.Field.RESIDENCE, Residence.IN_HOUSEHOLD.name()));
    }

    public CompletableFuture<RecordRef> addContact(UUID dossierId, boolean professional) {
        return vault.records().create(RecordKind.CONTACT, dossierId, Map.of(Contact.Field.PROFESSIONAL, professional));
    }

    /** A tombstone; {@link #undoDelete} brings the record back with everything it held. */
    public CompletableFuture<Void> delete(RecordRef ref) {
        autosaver.flush();
        return vault.records().delete(ref);
    }

    public CompletableFuture<Void> undoDelete(RecordRef ref) {
        return vault.records().restore(ref);
    }

    /** Every audit row of the dossier, newest first. */
    public List<AuditLog.Entry> auditTrail(UUID dossierId) {
        return vault.audit().forDossier(dossierId);
    }

    /** The Logboek's lines: the audit rows with one line per edit ({@link AuditLines}). */
    public List<AuditLog.Entry> auditLines(UUID dossierId) {
        return AuditLines.forScreen(auditTrail(dossierId));
    }

    /** Commits every pending edit and waits for it. */
    public void flush() {
        autosaver.flush();
    }
}
