package nl.keukentafel.logic.genogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.keukentafel.logic.Autosaver;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.logic.DossierService;
import nl.keukentafel.model.RecordIds;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.genogram.EcoLink;
import nl.keukentafel.model.genogram.EmotionalRelation;
import nl.keukentafel.model.genogram.GenoPerson;
import nl.keukentafel.model.genogram.GenoUnion;
import nl.keukentafel.model.genogram.Genogram;
import nl.keukentafel.model.genogram.ParentLink;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.store.Vault;

/**
 * Reads a dossier's genogram records and writes them (ADR 0004). Persons are referred to by person key: a member id
 * or a {@link GenoPerson} id. Every change is an ordinary record change: audited, synced, undoable. Thread-safe.
 */
public final class GenogramService {
    private final Vault vault;
    private final Autosaver autosaver;
    private final DossierService dossiers;

    public GenogramService(Vault vault, Autosaver autosaver, DossierService dossiers) {
        this.vault = vault;
        this.autosaver = autosaver;
        this.dossiers = dossiers;
    }

    public static RecordRef settingsRef(UUID dossierId) {
        return new RecordRef(RecordKind.GENOGRAM, RecordIds.derived(dossierId, "genogram"), dossierId);
    }

    /** The record holding a member's genogram-only facts (deceased, twin group, pinned place). */
    public static RecordRef memberPersonRef(UUID dossierId, UUID memberId) {
        return new RecordRef(RecordKind.GENO_PERSON, RecordIds.derived(memberId, "geno"), dossierId);
    }

    public static RecordRef parentLinkRef(UUID dossierId, UUID child, UUID parent) {
        return new RecordRef(RecordKind.GENO_PARENT_LINK, RecordIds.derived(child, "parent", parent.toString()), dossierId);
    }

    /** The records as stored now (pending edits committed first). */
    public GenogramState read(UUID dossierId) {
        autosaver.flush();
        Dossier dossier = dossiers.read(dossierId);
        List<Genogram> settings = new ArrayList<>();
        List<GenoPerson> persons = new ArrayList<>();
        List<GenoUnion> unions = new ArrayList<>();
        List<ParentLink> links = new ArrayList<>();
        List<EmotionalRelation> relations = new ArrayList<>();
        List<EcoLink> ecoLinks = new ArrayList<>();
        int unreadable = 0;
        for (StoredRecord stored : vault.records().dossierRecords(dossierId)) {
            unreadable += switch (stored.ref().kind()) {
                case GENOGRAM -> RecordMapper.readInto(stored, Genogram.class, settings);
                case GENO_PERSON -> RecordMapper.readInto(stored, GenoPerson.class, persons);
                case GENO_UNION -> RecordMapper.readInto(stored, GenoUnion.class, unions);
                case GENO_PARENT_LINK -> RecordMapper.readInto(stored, ParentLink.class, links);
                case GENO_RELATION -> RecordMapper.readInto(stored, EmotionalRelation.class, relations);
                case ECO_LINK -> RecordMapper.readInto(stored, EcoLink.class, ecoLinks);
                default -> 0;
            };
        }
        return new GenogramState(dossier, settings.stream().reduce((first, last) -> last), persons, unions, links, relations,
                ecoLinks, unreadable);
    }

    /** A relative outside the household (fresh id); {@code fields} uses {@link GenoPerson.Field} names. */
    public CompletableFuture<RecordRef> addPerson(UUID dossierId, Map<String, ?> fields) {
        return vault.records().create(RecordKind.GENO_PERSON, dossierId, fields);
    }

    /** Makes sure a member has its genogram-facts record; answers its ref. */
    public CompletableFuture<RecordRef> memberPerson(UUID dossierId, UUID memberId) {
        RecordRef ref = memberPersonRef(dossierId, memberId);
        return vault.records().createIfAbsent(ref, Map.of(GenoPerson.Field.MEMBER_ID, memberId)).thenApply(created -> ref);
    }

    public CompletableFuture<RecordRef> addUnion(UUID dossierId, UUID partnerA, UUID partnerB, Map<String, ?> more) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>(more);
        fields.put(GenoUnion.Field.PARTNER_A, partnerA);
        fields.put(GenoUnion.Field.PARTNER_B, partnerB);
        return vault.records().create(RecordKind.GENO_UNION, dossierId, fields);
    }

    /** Links child to parent (derived id: one link per pair; an existing one is left as it is). */
    public CompletableFuture<RecordRef> linkParent(UUID dossierId, UUID child, UUID parent, Map<String, ?> more) {
        RecordRef ref = parentLinkRef(dossierId, child, parent);
        Map<String, Object> fields = new java.util.LinkedHashMap<>(more);
        fields.put(ParentLink.Field.CHILD, child);
        fields.put(ParentLink.Field.PARENT, parent);
        return vault.records().createIfAbsent(ref, fields).thenApply(created -> ref);
    }

    public CompletableFuture<RecordRef> addRelation(UUID dossierId, Map<String, ?> fields) {
        return vault.records().create(RecordKind.GENO_RELATION, dossierId, fields);
    }

    public CompletableFuture<RecordRef> addEcoLink(UUID dossierId, Map<String, ?> fields) {
        return vault.records().create(RecordKind.ECO_LINK, dossierId, fields);
    }

    /** The ecogram line of a dossier contact (derived id). */
    public CompletableFuture<RecordRef> contactEcoLink(UUID dossierId, UUID contactId) {
        RecordRef ref = new RecordRef(RecordKind.ECO_LINK, RecordIds.derived(contactId, "eco"), dossierId);
        return vault.records().createIfAbsent(ref, Map.of(EcoLink.Field.CONTACT_ID, contactId)).thenApply(created -> ref);
    }

    public CompletableFuture<Boolean> settings(UUID dossierId) {
        return vault.records().createIfAbsent(settingsRef(dossierId), Map.of());
    }

    /** A genogram or ecogram step was written: the header's "Opgeslagen om" follows, as it does for typing. */
    public void written() {
        autosaver.written();
    }

    /** Keeps the typed value; durable within a second. */
    public void edit(RecordRef ref, String field, Object value) {
        autosaver.edit(ref, field, value);
    }

    /** Sets several fields at once, committed now (a drag's x and y, an undo). */
    public CompletableFuture<Boolean> patch(RecordRef ref, Map<String, ?> fields) {
        autosaver.flush();
        return vault.records().patch(ref, fields);
    }

    public CompletableFuture<Void> delete(RecordRef ref) {
        autosaver.flush();
        return vault.records().delete(ref);
    }

    public CompletableFuture<Void> restore(RecordRef ref) {
        return vault.records().restore(ref);
    }

    /** Empty when the record was never written; else whether it is deleted (a restorable tombstone). */
    public Optional<Boolean> deletedState(RecordRef ref) {
        return vault.records().find(ref.id()).map(StoredRecord::deleted);
    }

    /** The stored values of some fields (JSON values; absent ones as JSON null), so a patch can be undone. */
    public Map<String, Object> storedValues(RecordRef ref, java.util.Collection<String> fields) {
        autosaver.flush();
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        StoredRecord stored = vault.records().find(ref.id()).orElse(null);
        for (String field : fields) {
            Object value = stored == null ? null : stored.body().get(field);
            values.put(field, value == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : value);
        }
        return values;
    }
}
