package nl.keukentafel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ADR 0001 "designed for sync": UUIDv7 ids, an outbox row per change, tombstones, kept unknown fields, an audit trail. */
class SyncReadinessTest {
    @TempDir
    Path directory;
    private Vault vault;
    private RecordStore records;

    @BeforeEach
    void createVault() throws VaultException {
        vault = TestVaults.create(new VaultLocation(directory));
        records = vault.records();
    }

    @AfterEach
    void closeVault() {
        vault.close();
    }

    /** One row of the outbox. */
    record OutboxRow(long seq, String recordId, String kind, String dossierId, String op, ObjectNode fields, long baseVersion) {
    }

    @Test
    void eachCreatePatchDeleteAndRestoreWritesExactlyOneOutboxRowWithTheChangedFields() {
        RecordRef family = records.create(RecordKind.FAMILY, null, Map.of(Family.Field.HOUSEHOLD_NAME, TestVaults.HOUSEHOLD,
                Family.Field.ARCHIVED, false)).join();
        assertThat(outbox()).singleElement().satisfies(row -> {
            assertThat(row.op()).isEqualTo("create");
            assertThat(row.recordId()).isEqualTo(family.id().toString());
            assertThat(row.dossierId()).isEqualTo(family.id().toString());
            assertThat(row.kind()).isEqualTo("family");
            assertThat(row.fields().get(Family.Field.HOUSEHOLD_NAME).asText()).isEqualTo(TestVaults.HOUSEHOLD);
            assertThat(row.baseVersion()).isZero();
        });

        assertThat(records.patch(family, Map.of(Family.Field.HOUSEHOLD_NAME, TestVaults.HOUSEHOLD,
                Family.Field.STREET, TestVaults.STREET)).join()).isTrue();
        assertThat(outbox()).hasSize(2).last().satisfies(row -> {
            assertThat(row.op()).isEqualTo("update");
            assertThat(fieldNames(row.fields())).as("only what changed").containsExactly(Family.Field.STREET);
            assertThat(row.fields().get(Family.Field.STREET).asText()).isEqualTo(TestVaults.STREET);
        });

        records.delete(family).join();
        assertThat(outbox()).hasSize(3).last().satisfies(row -> assertThat(row.op()).isEqualTo("delete"));
        records.restore(family).join();
        assertThat(outbox()).hasSize(4).last().satisfies(row -> assertThat(row.op()).isEqualTo("restore"));
        assertThat(outbox()).extracting(OutboxRow::seq).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aPatchWithUnchangedValuesWritesNothing() {
        RecordRef family = records.create(RecordKind.FAMILY, null, Map.of(Family.Field.HOUSEHOLD_NAME, TestVaults.HOUSEHOLD,
                Family.Field.ARCHIVED, false)).join();
        long localRev = records.find(family.id()).orElseThrow().localRev();
        int auditRows = auditRows().size();
        assertThat(records.patch(family, Map.of(Family.Field.HOUSEHOLD_NAME, TestVaults.HOUSEHOLD)).join()).isFalse();
        assertThat(records.patch(family, Map.of()).join()).isFalse();
        java.util.HashMap<String, Object> absentAsNull = new java.util.HashMap<>();
        absentAsNull.put(Family.Field.CITY, null);
        assertThat(records.patch(family, absentAsNull).join()).as("null for a field never set").isFalse();
        records.delete(family).join();
        records.delete(family).join();
        assertThat(outbox()).extracting(OutboxRow::op).containsExactly("create", "delete");
        assertThat(records.find(family.id()).orElseThrow().localRev()).isEqualTo(localRev + 1);
        assertThat(auditRows()).hasSize(auditRows + 1);
    }

    @Test
    void theChangeAndItsOutboxAuditAndIndexRowsCommitTogetherOrNotAtAll() throws Exception {
        vault.database().write("test trigger", handle -> {
            handle.createStatement().execute("create temp trigger refuse_index before insert on main.dossier_index"
                    + " begin select raise(abort, 'refused by test'); end");
            return null;
        }).join();
        assertThatThrownBy(() -> records.create(RecordKind.FAMILY, null, Map.of(Family.Field.HOUSEHOLD_NAME,
                TestVaults.HOUSEHOLD)).join()).isInstanceOf(CompletionException.class).hasCauseInstanceOf(StoreException.class);
        assertThat(count("record")).isZero();
        assertThat(outbox()).isEmpty();
        assertThat(auditRows()).isEmpty();
    }

    @Test
    void idsAreTimeOrderedVersionSevenUuids() {
        List<UUID> ids = new ArrayList<>();
        RecordRef family = records.create(RecordKind.FAMILY, null, Map.of(Family.Field.HOUSEHOLD_NAME, "F")).join();
        ids.add(family.id());
        for (int index = 0; index < 20; index++) {
            ids.add(records.create(RecordKind.MEMBER, family.id(), Map.of(Member.Field.GIVEN_NAME, "Kind " + index)).join().id());
        }
        assertThat(ids).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(Instant.ofEpochMilli(id.getMostSignificantBits() >>> 16))
                    .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
        });
        assertThat(ids).extracting(UUID::toString).isSorted();
        assertThat(records.dossierRecords(family.id())).extracting(stored -> stored.ref().id()).containsExactlyElementsOf(ids);
    }

    @Test
    void aDeleteIsATombstoneAndRestoreBringsEveryFieldBack() {
        TestVaults.Household household = TestVaults.writeHousehold(vault);
        ObjectNode before = records.find(household.parent().id()).orElseThrow().body();
        records.delete(household.parent()).join();
        StoredRecord tombstone = records.find(household.parent().id()).orElseThrow();
        assertThat(tombstone.deleted()).isTrue();
        assertThat(count("record where deleted = 1")).isEqualTo(1);
        assertThat(records.dossierRecords(household.family().id())).extracting(StoredRecord::ref)
                .doesNotContain(household.parent());
        assertThat(vault.caseload().search(TestVaults.PARENT_GIVEN, false, 10)).isEmpty();

        records.restore(household.parent()).join();
        StoredRecord restored = records.find(household.parent().id()).orElseThrow();
        assertThat(restored.deleted()).isFalse();
        assertThat(restored.body()).isEqualTo(before);
        assertThat(vault.caseload().search(TestVaults.PARENT_GIVEN, false, 10)).hasSize(1);
    }

    @Test
    void fieldsThisVersionDoesNotKnowSurviveAPatch() {
        RecordRef member = TestVaults.writeHousehold(vault).child();
        vault.database().write("a newer app's field", handle -> {
            try (PreparedStatement update = handle.prepareStatement(
                    "update record set body = json_set(body, '$.futureField', json('{\"nested\":[1,2]}')) where id = ?")) {
                update.setString(1, member.id().toString());
                update.executeUpdate();
            }
            return null;
        }).join();
        records.patch(member, Map.of(Member.Field.PHONE, "06-12345678")).join();
        ObjectNode body = records.find(member.id()).orElseThrow().body();
        assertThat(body.get("futureField").toString()).isEqualTo("{\"nested\":[1,2]}");
        assertThat(body.get(Member.Field.PHONE).asText()).isEqualTo("06-12345678");
        assertThat(RecordMapper.member(records.find(member.id()).orElseThrow()).phone()).isEqualTo("06-12345678");
    }

    @Test
    void theAuditLogSaysWhoDidWhatToWhichRecordWhenAndWhereButNeverTheValues() {
        TestVaults.Household household = TestVaults.writeHousehold(vault);
        records.delete(household.child()).join();
        records.restore(household.child()).join();
        List<AuditLog.Entry> entries = vault.audit().forDossier(household.family().id());
        assertThat(entries).extracting(AuditLog.Entry::action)
                .containsExactly("restore", "delete", "create", "create", "update", "create", "create");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(TestVaults.CONSULTANT);
            assertThat(entry.device()).isEqualTo(Actor.onThisDevice("x").device()).isNotBlank();
            assertThat(entry.result()).isEqualTo("ok");
            assertThat(entry.at()).isBetween(Instant.now().minusSeconds(60), Instant.now());
            assertThat(entry.dossierId()).isEqualTo(household.family().id());
            assertThat(entry.recordId()).isNotNull();
        });
        AuditLog.Entry bsnChange = entries.get(4);
        assertThat(bsnChange.recordId()).isEqualTo(household.parent().id());
        assertThat(bsnChange.kind()).isEqualTo(RecordKind.MEMBER);
        assertThat(bsnChange.detail().split(",")).containsExactlyInAnyOrder(Member.Field.BSN, Member.Field.BIRTH_DATE);
        String everyAuditValue = String.join("|", auditRows());
        for (String value : TestVaults.personalValues()) {
            assertThat(everyAuditValue).doesNotContain(value);
        }
        assertThat(everyAuditValue).doesNotContain("1985");
    }

    private List<OutboxRow> outbox() {
        return vault.database().read("outbox", handle -> {
            try (PreparedStatement select = handle.prepareStatement("select * from outbox order by seq");
                 ResultSet rows = select.executeQuery()) {
                List<OutboxRow> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(new OutboxRow(rows.getLong("seq"), rows.getString("record_id"), rows.getString("kind"),
                            rows.getString("dossier_id"), rows.getString("op"), RecordMapper.parse(rows.getString("fields")),
                            rows.getLong("base_version")));
                }
                return result;
            }
        });
    }

    /** Every column of every audit row, joined. */
    private List<String> auditRows() {
        return vault.database().read("audit", handle -> {
            try (PreparedStatement select = handle.prepareStatement("select * from audit_log order by seq");
                 ResultSet rows = select.executeQuery()) {
                List<String> result = new ArrayList<>();
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int column = 1; column <= columns; column++) {
                        row.append(rows.getString(column)).append(';');
                    }
                    result.add(row.toString());
                }
                return result;
            }
        });
    }

    private long count(String tableAndCondition) {
        return vault.database().read("count", handle -> {
            try (PreparedStatement select = handle.prepareStatement("select count(*) from " + tableAndCondition);
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private static List<String> fieldNames(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
