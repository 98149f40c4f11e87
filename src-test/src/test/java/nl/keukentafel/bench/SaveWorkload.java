package nl.keukentafel.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.keukentafel.logic.demo.DemoFamily;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.RecordStore;

/**
 * The app's own save path, as one workload: create families with their members and contacts, then many
 * one-field patches, each waited for as the autosave does. Every step is a commit with outbox, audit and
 * index rows. Not thread-safe.
 */
final class SaveWorkload {
    private static final Map<RecordKind, List<String>> TYPED_FIELDS = Map.of(
            RecordKind.FAMILY, List.of(Family.Field.HOUSEHOLD_NAME, Family.Field.STREET, Family.Field.NEXT_VISIT),
            RecordKind.MEMBER, List.of(Member.Field.GIVEN_NAME, Member.Field.PHONE, Member.Field.BSN),
            RecordKind.CONTACT, List.of(Contact.Field.RELATION, Contact.Field.NAME));

    private final List<DemoFamily> families;
    private final int patches;
    private final long seed;

    SaveWorkload(List<DemoFamily> families, int patches, long seed) {
        this.families = families;
        this.patches = patches;
        this.seed = seed;
    }

    int commits() {
        int records = families.stream().mapToInt(family -> 1 + family.members().size() + family.contacts().size()).sum();
        return records + patches;
    }

    /** Runs the workload and returns its duration in nanoseconds. */
    long run(RecordStore store) {
        Random random = new Random(seed);
        long start = System.nanoTime();
        List<RecordRef> refs = new ArrayList<>();
        for (DemoFamily family : families) {
            Map<String, Object> household = new LinkedHashMap<>(family.household());
            household.put(Family.Field.ARCHIVED, family.archived());
            RecordRef root = store.create(RecordKind.FAMILY, null, household).join();
            UUID dossierId = root.id();
            refs.add(root);
            for (DemoFamily.DemoMember member : family.members()) {
                Map<String, Object> fields = new LinkedHashMap<>(member.fields());
                fields.put(Member.Field.ROLE, member.role().name());
                refs.add(store.create(RecordKind.MEMBER, dossierId, fields).join());
            }
            for (DemoFamily.DemoContact contact : family.contacts()) {
                Map<String, Object> fields = new LinkedHashMap<>(contact.fields());
                fields.put(Contact.Field.PROFESSIONAL, contact.professional());
                refs.add(store.create(RecordKind.CONTACT, dossierId, fields).join());
            }
        }
        for (int patch = 0; patch < patches; patch++) {
            RecordRef ref = refs.get(random.nextInt(refs.size()));
            List<String> fields = TYPED_FIELDS.get(ref.kind());
            store.patch(ref, Map.of(fields.get(random.nextInt(fields.size())), "getypte waarde " + patch)).join();
        }
        return System.nanoTime() - start;
    }
}
