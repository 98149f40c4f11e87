package nl.keukentafel.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.f4b6a3.uuid.UuidCreator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.logic.demo.DemoData;
import nl.keukentafel.logic.demo.DemoFamily;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Member;
import nl.keukentafel.sync.client.SyncApi;
import nl.keukentafel.sync.client.SyncException;
import nl.keukentafel.sync.protocol.Wire;

/**
 * Puts many fictional families on the server the way an office import client would: create entries from the app's
 * demo generator, pushed in protocol-sized batches under one client id. Each family gets exactly the asked number of
 * members and contacts (borrowed from further generated families when its own are fewer). Not thread-safe.
 */
public final class Seeder {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 200;

    private final UUID clientId = UUID.randomUUID();
    private final List<Wire.PushEntry> entries = new ArrayList<>();
    private final Set<UUID> dossiers = new LinkedHashSet<>();
    private long seq;

    public Seeder families(int count, int members, int contacts, long seed) {
        DemoData demo = new DemoData(seed, LocalDate.of(2026, 11, 24), "Anna de Vries");
        for (int index = 0; index < count; index++) {
            DemoFamily family = demo.family(index);
            UUID dossier = UuidCreator.getTimeOrderedEpoch();
            dossiers.add(dossier);
            Map<String, Object> household = new LinkedHashMap<>(family.household());
            household.put(Family.Field.ARCHIVED, false);
            add(dossier, dossier, "family", household);
            List<DemoFamily.DemoMember> memberPool = new ArrayList<>(family.members());
            List<DemoFamily.DemoContact> contactPool = new ArrayList<>(family.contacts());
            for (int borrow = 1; memberPool.size() < members || contactPool.size() < contacts; borrow++) {
                DemoFamily other = demo.family(count + index * 7 + borrow);
                memberPool.addAll(other.members());
                contactPool.addAll(other.contacts());
            }
            for (DemoFamily.DemoMember member : memberPool.subList(0, members)) {
                Map<String, Object> fields = new LinkedHashMap<>(member.fields());
                fields.put(Member.Field.ROLE, member.role().name());
                add(UuidCreator.getTimeOrderedEpoch(), dossier, "member", fields);
            }
            for (DemoFamily.DemoContact contact : contactPool.subList(0, contacts)) {
                Map<String, Object> fields = new LinkedHashMap<>(contact.fields());
                fields.put(Contact.Field.PROFESSIONAL, contact.professional());
                add(UuidCreator.getTimeOrderedEpoch(), dossier, "contact", fields);
            }
        }
        return this;
    }

    private void add(UUID recordId, UUID dossier, String kind, Map<String, Object> fields) {
        ObjectNode body = JSON.valueToTree(fields);
        entries.add(new Wire.PushEntry(clientId, ++seq, recordId, kind, dossier, "create", 0, body, JSON.createObjectNode(), List.of()));
    }

    public List<Wire.PushEntry> entries() {
        return entries;
    }

    public List<UUID> dossiers() {
        return List.copyOf(dossiers);
    }

    /** Pushes every entry; the dossiers join the caseload of the user the token belongs to. */
    public void push(SyncApi api, String accessToken) throws SyncException {
        for (int start = 0; start < entries.size(); start += BATCH) {
            List<Wire.PushEntry> batch = entries.subList(start, Math.min(entries.size(), start + BATCH));
            Wire.PushResponse response = api.push(accessToken, new Wire.PushRequest(Wire.SCHEMA, batch));
            for (Wire.PushResult result : response.results()) {
                if (result.rejected()) {
                    throw new IllegalStateException("seed entry rejected: " + result.reason());
                }
            }
        }
    }
}
