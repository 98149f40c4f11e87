package nl.keukentafel.bench;

import com.github.f4b6a3.uuid.UuidCreator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.demo.DemoFamily;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.Vault;

/**
 * Fills a vault with thousands of demo families in a few transactions, as the benchmark's setup: writing them one
 * record per commit would take longer than the whole benchmark may. Records go in with the app's JSON bodies; the
 * caseload index is then rebuilt by the app itself (the {@code reindex_needed} flag makes the next unlock do it).
 * Outbox and audit rows are not made here: search and autosave do not read them. Not thread-safe.
 */
final class BulkLoader {
    private static final int FAMILIES_PER_TRANSACTION = 500;

    private BulkLoader() {
    }

    /** Loads the families; the caller closes and unlocks the vault again to have the index built. */
    static void load(Vault vault, List<DemoFamily> families) {
        String now = Instant.now().toString();
        for (int start = 0; start < families.size(); start += FAMILIES_PER_TRANSACTION) {
            List<DemoFamily> chunk = families.subList(start, Math.min(families.size(), start + FAMILIES_PER_TRANSACTION));
            vault.database().write("bulk load", handle -> {
                try (PreparedStatement insert = handle.prepareStatement("insert into record (id, kind, dossier_id, body, deleted,"
                        + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)")) {
                    for (DemoFamily family : chunk) {
                        insertFamily(insert, family, now);
                    }
                    insert.executeBatch();
                }
                return null;
            }).join();
        }
        vault.database().write("bulk load: ask for reindex", BulkLoader::requestReindex).join();
    }

    private static void insertFamily(PreparedStatement insert, DemoFamily family, String now) throws SQLException {
        UUID dossierId = UuidCreator.getTimeOrderedEpoch();
        Map<String, Object> household = new LinkedHashMap<>(family.household());
        household.put(Family.Field.ARCHIVED, family.archived());
        add(insert, dossierId, RecordKind.FAMILY, dossierId, household, false, now);
        for (DemoFamily.DemoMember member : family.members()) {
            Map<String, Object> fields = new LinkedHashMap<>(member.fields());
            fields.put(Member.Field.ROLE, member.role().name());
            add(insert, UuidCreator.getTimeOrderedEpoch(), RecordKind.MEMBER, dossierId, fields, false, now);
        }
        for (DemoFamily.DemoContact contact : family.contacts()) {
            Map<String, Object> fields = new LinkedHashMap<>(contact.fields());
            fields.put(Contact.Field.PROFESSIONAL, contact.professional());
            add(insert, UuidCreator.getTimeOrderedEpoch(), RecordKind.CONTACT, dossierId, fields, contact.removed(), now);
        }
    }

    private static void add(PreparedStatement insert, UUID id, RecordKind kind, UUID dossierId, Map<String, Object> fields,
                            boolean deleted, String now) throws SQLException {
        insert.setString(1, id.toString());
        insert.setString(2, kind.code());
        insert.setString(3, dossierId.toString());
        insert.setString(4, RecordMapper.toNode(fields).toString());
        insert.setInt(5, deleted ? 1 : 0);
        insert.setString(6, now);
        insert.setString(7, now);
        insert.addBatch();
    }

    private static Void requestReindex(Connection handle) throws SQLException {
        try (PreparedStatement upsert = handle.prepareStatement("insert into vault_meta (key, value) values ('reindex_needed', 'true')"
                + " on conflict (key) do update set value = 'true'")) {
            upsert.executeUpdate();
        }
        return null;
    }
}
