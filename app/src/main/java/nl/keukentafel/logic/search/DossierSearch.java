package nl.keukentafel.logic.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.logic.DossierService;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.genogram.EcoLink;
import nl.keukentafel.model.genogram.EmotionalRelation;
import nl.keukentafel.model.genogram.GenoPerson;
import nl.keukentafel.model.genogram.GenoUnion;
import nl.keukentafel.model.genogram.Genogram;
import nl.keukentafel.model.genogram.ParentLink;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.Conversation;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.Meldcode;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.store.Vault;

/**
 * Finds text in one dossier: every text field of every live record (the intake's records first, then the family,
 * members and contacts, then the genogram), case- and diacritic-insensitive like the caseload search
 * ({@link Text#searchable}). Choices (enum values) and ids are not text and are not searched. Not audited by itself:
 * searching happens inside a dossier the screen has already opened, and that opening is audited. Thread-safe.
 */
public final class DossierSearch {
    private static final int CONTEXT = 30;
    /** The order hits come in: the intake first, then the dossier, then the genogram. */
    private static final List<RecordKind> ORDER = List.of(RecordKind.INTAKE, RecordKind.CONVERSATION, RecordKind.INTAKE_MEMBER,
            RecordKind.DOMAIN_ENTRY, RecordKind.SAFETY_ASSESSMENT, RecordKind.MELDCODE, RecordKind.CONSENT, RecordKind.FAMILY,
            RecordKind.MEMBER, RecordKind.CONTACT);
    private static final Map<RecordKind, Set<String>> TEXT_FIELDS = textFields();

    private final Vault vault;
    private final DossierService dossiers;

    public DossierSearch(Vault vault, DossierService dossiers) {
        this.vault = vault;
        this.dossiers = dossiers;
    }

    /**
     * One place the text was found: the record and field (to jump to), a short piece of the text around it, and where
     * in that piece the match is (for highlighting).
     */
    public record Hit(RecordRef ref, String field, String snippet, int matchStart, int matchLength) {
    }

    /** The hits for {@code query} in the dossier, in a stable order; nothing for a blank query. */
    public List<Hit> search(UUID dossierId, String query) {
        String needle = Text.searchable(query).strip();
        if (needle.isEmpty()) {
            return List.of();
        }
        dossiers.flush();
        List<StoredRecord> records = new ArrayList<>(vault.records().dossierRecords(dossierId));
        List<String> codes = new ArrayList<>();
        records.stream().filter(stored -> stored.ref().kind() == RecordKind.INTAKE).findFirst()
                .ifPresent(intake -> intake.body().path(Intake.Field.DOMAIN_LIST).path("domains")
                        .forEach(domain -> codes.add(domain.path("code").asText())));
        records.sort(Comparator.comparingInt((StoredRecord stored) -> rank(stored.ref().kind()))
                .thenComparingInt(stored -> position(stored, codes))
                .thenComparing(stored -> stored.ref().id()));
        List<Hit> hits = new ArrayList<>();
        for (StoredRecord stored : records) {
            Set<String> searchable = TEXT_FIELDS.get(stored.ref().kind());
            List<String> fields = new ArrayList<>();
            stored.body().fieldNames().forEachRemaining(fields::add);
            fields.sort(Comparator.naturalOrder());
            for (String field : fields) {
                JsonNode value = stored.body().get(field);
                if (value.isTextual() && (searchable == null || searchable.contains(field))) {
                    Snippets.find(value.asText(), needle, CONTEXT)
                            .ifPresent(found -> hits.add(new Hit(stored.ref(), field, found.text(), found.start(), found.length())));
                }
            }
        }
        return List.copyOf(hits);
    }

    /** Conversations by number, domain entries in the order of the intake's list. */
    private static int position(StoredRecord stored, List<String> codes) {
        return switch (stored.ref().kind()) {
            case CONVERSATION -> stored.body().path(Conversation.Field.NUMBER).asInt(0);
            case DOMAIN_ENTRY -> codes.indexOf(stored.body().path(DomainEntry.Field.DOMAIN_CODE).asText());
            default -> 0;
        };
    }

    private static int rank(RecordKind kind) {
        int index = ORDER.indexOf(kind);
        return index < 0 ? ORDER.size() + kind.ordinal() : index;
    }

    /** The String fields of each kind's model record; kinds without a model here search every text value. */
    private static Map<RecordKind, Set<String>> textFields() {
        Map<RecordKind, Class<?>> models = new EnumMap<>(RecordKind.class);
        models.put(RecordKind.FAMILY, Family.class);
        models.put(RecordKind.MEMBER, Member.class);
        models.put(RecordKind.CONTACT, Contact.class);
        models.put(RecordKind.INTAKE, Intake.class);
        models.put(RecordKind.CONVERSATION, Conversation.class);
        models.put(RecordKind.INTAKE_MEMBER, IntakeMember.class);
        models.put(RecordKind.DOMAIN_ENTRY, DomainEntry.class);
        models.put(RecordKind.SAFETY_ASSESSMENT, SafetyAssessment.class);
        models.put(RecordKind.MELDCODE, Meldcode.class);
        models.put(RecordKind.CONSENT, Consent.class);
        models.put(RecordKind.GENOGRAM, Genogram.class);
        models.put(RecordKind.GENO_PERSON, GenoPerson.class);
        models.put(RecordKind.GENO_UNION, GenoUnion.class);
        models.put(RecordKind.GENO_PARENT_LINK, ParentLink.class);
        models.put(RecordKind.GENO_RELATION, EmotionalRelation.class);
        models.put(RecordKind.ECO_LINK, EcoLink.class);
        Map<RecordKind, Set<String>> fields = new EnumMap<>(RecordKind.class);
        models.forEach((kind, model) -> {
            Set<String> names = new HashSet<>();
            for (RecordComponent component : model.getRecordComponents()) {
                if (component.getType() == String.class) {
                    names.add(component.getName());
                }
            }
            fields.put(kind, Set.copyOf(names));
        });
        return fields;
    }
}
